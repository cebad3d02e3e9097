import { isFinal, type ApplicationDetail, type Stage } from '@ssc/shared';
import type { PlainKey } from '../../i18n';

export type StepState = 'done' | 'current' | 'failed' | 'upcoming';

/** One line of the progress timeline: a stage reached (with its log) or one still to come (with its estimate). */
export interface Step {
  stage: Stage;
  state: StepState;
  /** When the stage was reached; null for one still to come. */
  at: string | null;
  /** The estimate the BFF gives for a stage still to come. */
  expectedAt: string | null;
  office: string | null;
  officePhone: string | null;
  note: string | null;
  reason: ApplicationDetail['timeline'][number]['reason'];
}

/** Side stages that end an application without a card. */
const FAILED: readonly Stage[] = ['reviewFailed', 'productionFailed', 'cancelled', 'expiredUncollected'];

/**
 * The timeline a person reads: what happened, oldest first (a failed production followed by a
 * second one shows both), the stage it is at now, then what is still to come with expected dates.
 */
export function timelineSteps(detail: Pick<ApplicationDetail, 'stage' | 'timeline' | 'expected'>): Step[] {
  const reached = [...detail.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const steps: Step[] = reached.map((entry, index) => {
    const last = index === reached.length - 1;
    let state: StepState = 'done';
    if (last && FAILED.includes(entry.stage)) state = 'failed';
    else if (last && !isFinal(entry.stage)) state = 'current';
    return { ...entry, state, expectedAt: null };
  });
  // A stopped application has nothing to come, whatever estimates an old answer carried.
  if (FAILED.includes(detail.stage) && detail.stage !== 'productionFailed') return steps;
  const upcoming = [...detail.expected].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const next of upcoming) {
    steps.push({ stage: next.stage, state: 'upcoming', at: null, expectedAt: next.at, office: null, officePhone: null, note: null, reason: null });
  }
  return steps;
}

/** Whether the application may still change by itself (worth refreshing the page for). */
export function isMoving(stage: Stage): boolean {
  return !isFinal(stage);
}

const MAIL_WORDED = ['branchReceived', 'readyToCollect', 'activated', 'expiredUncollected'] as const;
type MailWorded = (typeof MAIL_WORDED)[number];

function isMailWorded(stage: Stage): stage is MailWorded {
  return (MAIL_WORDED as readonly Stage[]).includes(stage);
}

/** The stage's name for this applicant: a mailed card is sent and activated, never collected. */
export function stageLabelKey(stage: Stage, method: ApplicationDetail['deliveryMethod']): PlainKey {
  return method === 'mail' && isMailWorded(stage) ? `applications.mailStage.${stage}` : `applications.stage.${stage}`;
}
