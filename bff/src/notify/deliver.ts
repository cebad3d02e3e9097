import type { NoticeKind, NoticeLocale } from '@ssc/shared';
import type { Deps } from '../deps';
import { backoffMs } from './backoff';
import { SENDERS } from './channels';
import { isNoticeKind } from './content';
import { DeliveryError, transientFailure } from './delivery-error';
import { deadLetter, finish, retryLater, whileHeld, type Claim } from './lease';
import { CHANNELS, planChannels, type ChannelName } from './plan';

export interface DeliveryOptions {
  leaseMs: number;
  maxAttempts: number;
  random?: () => number;
}

/** What became of a claimed record; `lost` means the lease was taken over and this worker stopped. */
export type Outcome = 'sent' | 'failed' | 'retry' | 'dead' | 'lost';

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  // A bug or the database: retried like an outage. Name only: driver messages may quote values.
  return transientFailure('INTERNAL', `Unexpected ${(error as Error)?.name ?? 'error'}`);
}

const errorOf = (error: DeliveryError) => ({ code: error.code, message: error.message });

/** Sends one channel and records its result; false when the lease was lost. */
async function runChannel(deps: Deps, claim: Claim, name: ChannelName, kind: NoticeKind, locale: NoticeLocale, options: DeliveryOptions): Promise<{ held: boolean; error?: DeliveryError }> {
  const { record } = claim;
  const log = deps.logger.child({ notice: String(record._id), kind, channel: name });
  if (record.channels?.[name]?.startedAt) log.warn('a worker stopped during this send: sending again (the person may get it twice)');
  if (!(await whileHeld(deps, claim, { $set: { [`channels.${name}.startedAt`]: deps.now() } }, options.leaseMs))) return { held: false };
  let error: DeliveryError | undefined;
  try {
    const remember = (fields: Record<string, unknown>) => whileHeld(deps, claim, { $set: Object.fromEntries(Object.entries(fields).map(([key, value]) => [`channels.${name}.${key}`, value])) });
    await SENDERS[name](deps, { record, kind, locale, remember });
  } catch (caught) {
    error = asDeliveryError(caught);
  }
  const status = !error ? 'sent' : error.transient ? 'pending' : 'failed';
  log.info({ status, code: error?.code }, error ? `notice channel ${status}: ${error.message}` : 'notice channel sent');
  const path = `channels.${name}`;
  const $set = { [`${path}.status`]: status, [`${path}.code`]: error?.code ?? null, [`${path}.startedAt`]: null, ...(error ? {} : { [`${path}.sentAt`]: deps.now() }) };
  return { held: await whileHeld(deps, claim, { $set, $inc: { [`${path}.attempts`]: 1 } }), error };
}

/**
 * Delivers a claimed record: chooses its channels the first time, then sends every channel still
 * pending, recording each result the moment it is known. Channels already sent are never sent
 * again, so a retry after a transient failure repeats only what failed.
 */
export async function deliver(deps: Deps, claim: Claim, options: DeliveryOptions): Promise<Outcome> {
  const { record } = claim;
  if (!isNoticeKind(record.kind)) return (await deadLetter(deps, claim, { code: 'UNKNOWN_KIND', message: `No sender for ${record.kind}` })) ? 'dead' : 'lost';
  // Past the limit at claim time: an earlier claim died (crash or kill) with its last attempt.
  if (record.attempts > options.maxAttempts) return (await deadLetter(deps, claim, null)) ? 'dead' : 'lost';
  const kind = record.kind;
  // Fixed when the channels are chosen, so every channel and every retry speaks one language.
  let locale = (record.locale ?? 'zh-CN') as NoticeLocale;
  if (!record.plannedAt) {
    const plan = await planChannels(deps, record, kind);
    locale = plan.locale;
    if (!(await whileHeld(deps, claim, { $set: { plannedAt: deps.now(), locale, channels: plan.channels } }))) return 'lost';
    claim.record = { ...record, locale, channels: plan.channels as typeof record.channels };
  }
  let transient: DeliveryError | undefined;
  let failed = false;
  for (const name of CHANNELS) {
    const state = claim.record.channels?.[name];
    if (state?.status === 'failed') failed = true;
    if (state?.status !== 'pending') continue;
    const result = await runChannel(deps, claim, name, kind, locale, options);
    if (!result.held) return 'lost';
    if (result.error?.transient) transient = result.error;
    else if (result.error) failed = true;
  }
  if (!transient) return (await finish(deps, claim, failed ? 'failed' : 'sent')) ? (failed ? 'failed' : 'sent') : 'lost';
  if (record.attempts >= options.maxAttempts) return (await deadLetter(deps, claim, errorOf(transient))) ? 'dead' : 'lost';
  const delay = backoffMs(record.attempts, options.random);
  return (await retryLater(deps, claim, errorOf(transient), delay)) ? 'retry' : 'lost';
}
