import { randomInt } from 'node:crypto';
import { addChinaYears, CARD_VALIDITY_YEARS, chinaDate, MAIN_STAGES, type IssuedCard, type Stage } from '@ssc/shared';
import { findBank, findBranch } from '../data/banks';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { flushPendingNotices } from '../services/application-notices';
import type { ApplicationDoc } from '../services/application-store';
import { transition } from '../services/application-transitions';

const BATCH = 100;

function nextOnMainPath(stage: Stage): Stage | null {
  if (stage === 'productionFailed') return 'inProduction';
  const at = MAIN_STAGES.indexOf(stage as (typeof MAIN_STAGES)[number]);
  return at >= 0 ? (MAIN_STAGES[at + 1] ?? null) : null;
}

/** Who handles each step, named as a real timeline names them. */
function officeFor(app: ApplicationDoc, stage: Stage): { office: string; officePhone: string | null } {
  const bank = findBank(app.bankCode);
  const branch = app.delivery.branchCode ? findBranch(app.bankCode, app.delivery.branchCode) : undefined;
  if (stage === 'review') return { office: '市社会保障卡服务中心', officePhone: '12333' };
  if (stage === 'inProduction') return { office: '省社会保障卡制卡中心', officePhone: '12333' };
  if (branch && ['branchReceived', 'readyToCollect', 'activated'].includes(stage)) return { office: branch.name, officePhone: branch.phone };
  return { office: bank ? `${bank.name}${stage === 'cityBankReceived' ? '市分行' : ''}` : '发卡银行', officePhone: null };
}

/** The card the demo's branch hands over: a made-up number (D and eight digits), valid from today. */
function demoCard(now: Date): IssuedCard {
  return { number: `D${String(randomInt(100_000_000)).padStart(8, '0')}`, issuedOn: chinaDate(now), expiresOn: chinaDate(addChinaYears(now, CARD_VALIDITY_YEARS)) };
}

/**
 * One step of the demo: every open demo application whose stage is at least `minAgeMs` old moves
 * one stage along the main path, through the same transition as the agency's (so the timeline and
 * outbox are written). The conditional update lets several instances run this at once.
 */
export async function advanceDemoApplications(deps: Deps, options: { minAgeMs?: number } = {}): Promise<number> {
  const before = new Date(deps.now().getTime() - (options.minAgeMs ?? 0));
  const apps = await deps.models.Application.find({ demo: true, open: true, stageChangedAt: { $lte: before } }).limit(BATCH).lean();
  let moved = 0;
  for (const app of apps) {
    const to = nextOnMainPath(app.stage);
    if (!to) continue;
    try {
      const card = to === 'activated' ? { card: demoCard(deps.now()) } : {};
      await transition(deps, { applicationId: String(app._id), from: app.stage, to, by: 'demo', ...officeFor(app, to), note: '演示数据', ...card });
      moved += 1;
    } catch (error) {
      // Another instance (or the agency) moved it first.
      if (!(error instanceof AppError && error.code === 'ILLEGAL_TRANSITION')) throw error;
    }
  }
  await flushPendingNotices(deps);
  return moved;
}

/** Runs the demo step every `intervalMs` while demo mode is on; returns the function that stops it. */
export function startApplicationMover(deps: Deps, { intervalMs }: { intervalMs: number }): () => void {
  if (!deps.settings.demoMode) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    advanceDemoApplications(deps, { minAgeMs: intervalMs / 2 })
      // Only the error's name and code: a driver message may quote stored values.
      .catch((error: unknown) => deps.logger.warn({ error: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'demo application step failed'))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
