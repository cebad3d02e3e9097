import { MAIN_STAGES, STAGES, type Stage } from '@ssc/shared';
import type { Deps } from '../deps';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Typical days a stage lasts, used until the database holds enough history of its own. */
const DEFAULT_DAYS: Record<Stage, number> = {
  submitted: 1,
  review: 3,
  accountOpened: 2,
  inProduction: 10,
  cityBankReceived: 3,
  branchReceived: 2,
  readyToCollect: 7,
  productionFailed: 5,
  activated: 0,
  reviewFailed: 0,
  cancelled: 0,
  expiredUncollected: 0,
};
export const MIN_SAMPLES = 5;
const SAMPLE_APPLICATIONS = 500;
const CACHE_MS = 10 * 60 * 1000;

export type Durations = Record<Stage, number>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Whether a step moved the application on towards its card: to the next main stage, or from a
 * failed production back into production. A step to a side outcome (cancelled a minute after
 * submitting, say) says nothing about how long the stage takes when it goes on.
 */
function movesOn(from: Stage, to: Stage): boolean {
  return remainingStages(from)[0] === to;
}

/**
 * How long each stage takes (ms): the median over completed steps along the path to the card of
 * recent real applications (demo ones move in seconds and are left out), or the default with
 * fewer than MIN_SAMPLES steps.
 */
async function measure(deps: Deps): Promise<Durations> {
  const apps = await deps.models.Application.find({ demo: false }, { history: 1 }).sort({ stageChangedAt: -1 }).limit(SAMPLE_APPLICATIONS).lean();
  const samples = new Map<Stage, number[]>();
  for (const { history } of apps) {
    for (let i = 0; i + 1 < history.length; i += 1) {
      const [step, next] = [history[i], history[i + 1]];
      if (step && next && movesOn(step.stage, next.stage)) samples.set(step.stage, [...(samples.get(step.stage) ?? []), next.at.getTime() - step.at.getTime()]);
    }
  }
  const pick = (stage: Stage) => {
    const values = samples.get(stage) ?? [];
    return values.length >= MIN_SAMPLES ? median(values) : DEFAULT_DAYS[stage] * DAY_MS;
  };
  return Object.fromEntries(STAGES.map((stage) => [stage, pick(stage)])) as Durations;
}

const cache = new WeakMap<Deps, { at: number; durations: Durations }>();

/** Stage durations, measured at most every ten minutes per app instance. */
export async function stageDurations(deps: Deps): Promise<Durations> {
  const now = deps.now().getTime();
  const cached = cache.get(deps);
  if (cached && now - cached.at < CACHE_MS && now >= cached.at) return cached.durations;
  const durations = await measure(deps);
  cache.set(deps, { at: now, durations });
  return durations;
}

/** The stages still ahead on the main path; a failed production is made again. */
export function remainingStages(stage: Stage): Stage[] {
  const resumeAt = stage === 'productionFailed' ? MAIN_STAGES.indexOf('inProduction') : MAIN_STAGES.indexOf(stage as (typeof MAIN_STAGES)[number]) + 1;
  return resumeAt <= 0 ? [] : MAIN_STAGES.slice(resumeAt);
}

/** When each remaining stage should be reached; an overdue current stage is assumed to end now. */
export function expectedDates(stage: Stage, stageChangedAt: Date, durations: Durations, now: Date): { stage: Stage; at: string }[] {
  let at = Math.max(now.getTime(), stageChangedAt.getTime() + durations[stage]);
  return remainingStages(stage).map((next) => {
    const expected = { stage: next, at: new Date(at).toISOString() };
    at += durations[next];
    return expected;
  });
}
