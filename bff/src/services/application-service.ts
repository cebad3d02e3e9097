import { canCancel, type ApplyBody } from '@ssc/shared';
import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { AppError } from '../errors';
import type { Locale } from '../i18n/messages';
import { recordAccess } from './access-log-service';
import { stageDurations } from './application-estimates';
import { requestHash, reserveApplicationId } from './application-idempotency';
import { assertKindAllowed, assertRequestValid } from './application-rules';
import { findApplication, findOwnApplication, type ApplicationDoc } from './application-store';
import { transition } from './application-transitions';
import { toDetail, toSummary } from './application-view';

export interface ApplyInput {
  personId: string;
  accountId: string;
  /** Login platform (weapp, alipay, h5), for the access log. */
  actor: string;
  key: string;
  body: ApplyBody;
  requestId?: string;
}

export interface Applied {
  application: ApplicationDoc;
  /** True when this key had already produced the application (a retry or a concurrent duplicate). */
  replayed: boolean;
}

function inProgress(open: ApplicationDoc): AppError {
  return new AppError(409, 'APPLICATION_IN_PROGRESS', 'An application is still open', { details: { applicationId: String(open._id) } });
}

/**
 * Submits a card application once per idempotency key. The key's reserved id is the
 * application's `_id`: duplicates find it, or collide on it when they race to create it.
 */
export async function apply(deps: Deps, input: ApplyInput): Promise<Applied> {
  const { personId, body } = input;
  const applicationId = await reserveApplicationId(deps, { accountId: input.accountId, key: input.key, bodyHash: requestHash(personId, body) });
  const done = await findApplication(deps, { _id: applicationId });
  if (done) return { application: done, replayed: true };
  await assertRequestValid(deps, personId, body);
  const open = await findApplication(deps, { personId, open: true });
  if (open?._id.equals(applicationId)) return { application: open, replayed: true };
  if (open) throw inProgress(open);
  await assertKindAllowed(deps, personId, body.kind, { accountId: input.accountId, actor: input.actor, requestId: input.requestId });
  try {
    await insert(deps, applicationId, input);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // Same `_id`: a concurrent duplicate won. Otherwise the one-open-per-person index refused it.
    const raced = await findApplication(deps, { _id: applicationId });
    if (raced) return { application: raced, replayed: true };
    const other = await findApplication(deps, { personId, open: true });
    if (other) throw inProgress(other);
    throw error;
  }
  await recordAccess(deps, { personId, accountId: input.accountId, actor: input.actor, action: 'application.submit', requestId: input.requestId });
  return { application: (await findApplication(deps, { _id: applicationId })) as ApplicationDoc, replayed: false };
}

async function insert(deps: Deps, _id: Types.ObjectId, { personId, accountId, body }: ApplyInput): Promise<void> {
  const now = deps.now();
  const delivery =
    body.delivery.method === 'branch'
      ? { method: 'branch' as const, branchCode: body.delivery.branchCode, addressEnc: null }
      : { method: 'mail' as const, branchCode: null, addressEnc: deps.cipher.encrypt(JSON.stringify(body.delivery.address)) };
  await deps.models.Application.create({
    _id,
    personId,
    accountId,
    kind: body.kind,
    bankCode: body.bankCode,
    delivery,
    photoId: body.photoId,
    stage: 'submitted',
    open: true,
    submittedAt: now,
    stageChangedAt: now,
    history: [{ stage: 'submitted', at: now, office: null, by: 'person' }],
    demo: deps.settings.demoMode,
  });
}

export async function listApplications(deps: Deps, personId: string) {
  const apps = await deps.models.Application.find({ personId }).sort({ submittedAt: -1, _id: -1 }).limit(100).lean();
  return { applications: apps.map(toSummary) };
}

export async function applicationDetail(deps: Deps, app: ApplicationDoc, locale: Locale) {
  return toDetail(deps, app, locale, await stageDurations(deps));
}

export async function getApplication(deps: Deps, personId: string, applicationId: string, locale: Locale) {
  return applicationDetail(deps, await findOwnApplication(deps, personId, applicationId), locale);
}

/** The person may cancel until the card goes into production. */
export async function cancelApplication(deps: Deps, personId: string, applicationId: string, locale: Locale) {
  const app = await findOwnApplication(deps, personId, applicationId);
  const refuse = (stage: string) => new AppError(409, 'CANNOT_CANCEL', `Cannot cancel at ${stage}`, { details: { stage } });
  if (app.stage === 'cancelled') return applicationDetail(deps, app, locale);
  if (!canCancel(app.stage)) throw refuse(app.stage);
  try {
    const cancelled = await transition(deps, { applicationId, personId, to: 'cancelled', by: 'person', office: null });
    return applicationDetail(deps, cancelled, locale);
  } catch (error) {
    // Moved into production between the read and the write.
    if (error instanceof AppError && error.code === 'ILLEGAL_TRANSITION') throw refuse((error.details as { from: string }).from);
    throw error;
  }
}
