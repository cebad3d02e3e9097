import { checkIdNumber, type BindingStart, type MaskedPerson } from '@ssc/shared';
import { CONSENT_VERSION } from '../content/consent';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { AppError, UnauthorizedError } from '../errors';
import { recordAccess } from './access-log-service';
import { findPersonByIdNumber, maskedPerson, personSecrets } from './person-service';
import { consume } from './rate-limit-service';
import { bindAccountSessions, revokeAccountSessions } from './session-service';
import { sendCode, verifyCode } from './sms-code-service';

/** The account acting, from its session. */
export interface Actor {
  accountId: string;
  platform: string;
  requestId?: string;
}

const HOUR = 60 * 60 * 1000;
const ATTEMPTS_PER_ACCOUNT = { max: 5, windowMs: HOUR };
const ATTEMPTS_PER_ID_NUMBER = { max: 10, windowMs: 24 * HOUR };
/** Long enough to ask for a second code after the first one's five minutes. */
const PENDING_MS = 10 * 60 * 1000;

const alreadyBound = () => new AppError(409, 'ALREADY_BOUND', 'Person is bound to another account on this platform');
// One answer for "no such ID number" and "wrong name", so the check cannot be used to learn who is insured.
const notFound = () => new AppError(404, 'PERSON_NOT_FOUND', 'No person with this name and ID number');
const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

async function unboundAccount(deps: Deps, accountId: string) {
  const account = await deps.models.Account.findById(accountId).lean();
  if (!account) throw new UnauthorizedError('Account of the session is gone');
  if (account.personId) throw new AppError(409, 'ACCOUNT_ALREADY_BOUND', 'Account is already bound');
  return account;
}

/**
 * Step 1: checks the name and ID number against the registry and sends a code to the phone the
 * registry holds for that person (never one the client names), proving the person is present.
 */
export async function startBinding(deps: Deps, actor: Actor, input: BindingStart) {
  const account = await unboundAccount(deps, actor.accountId);
  // Consent comes first: without it the ID number may not be processed at all (PIPL art. 29).
  if (!input.consent?.accepted || input.consent.version !== CONSENT_VERSION) {
    throw new AppError(400, 'CONSENT_REQUIRED', 'Current notice not accepted', { details: { version: CONSENT_VERSION } });
  }
  const check = checkIdNumber(input.idNumber, deps.now());
  if (!check.ok) throw new AppError(400, 'ID_NUMBER_INVALID', 'ID number fails GB 11643', { details: { problem: check.problem } });
  await consume(deps, { key: `bind:account:${actor.accountId}`, ...ATTEMPTS_PER_ACCOUNT });
  await consume(deps, { key: `bind:id:${deps.cipher.index('idNumber', check.value)}`, ...ATTEMPTS_PER_ID_NUMBER });

  const person = await findPersonByIdNumber(deps, check.value);
  if (!person || !sameName(deps.cipher.decrypt(person.nameEnc), input.name)) throw notFound();
  if (await deps.models.Account.exists({ platform: account.platform, personId: person._id })) throw alreadyBound();

  // The code is this account's alone, and the binding is pending only once the code is sent: a
  // second account naming the same person can neither spend this code's attempts nor have a
  // pending binding of its own while the phone's cooldown refuses it a code.
  const sent = await sendCode(deps, 'bind', deps.cipher.decrypt(person.phoneEnc), { owner: actor.accountId });
  const now = deps.now();
  const pendingBinding = { personId: person._id, consentVersion: CONSENT_VERSION, consentAcceptedAt: now, expiresAt: new Date(now.getTime() + PENDING_MS) };
  await deps.models.Account.updateOne({ _id: actor.accountId }, { $set: { pendingBinding } });
  await recordAccess(deps, { personId: String(person._id), accountId: actor.accountId, actor: actor.platform, action: 'binding.started', requestId: actor.requestId });
  return sent;
}

/** Step 2: the code from the phone on file completes the binding and records the consent. */
export async function confirmBinding(deps: Deps, actor: Actor, code: string): Promise<MaskedPerson> {
  const { pendingBinding: pending } = await unboundAccount(deps, actor.accountId);
  const now = deps.now();
  if (!pending || pending.expiresAt <= now) throw new AppError(409, 'BINDING_NOT_STARTED', 'No pending binding');
  const personId = String(pending.personId);
  const found = await personSecrets(deps, personId);
  if (!found) throw new AppError(409, 'BINDING_NOT_STARTED', 'Pending person left the registry');
  await verifyCode(deps, 'bind', found.phone, code, { owner: actor.accountId });
  try {
    const bound = await deps.models.Account.updateOne(
      { _id: actor.accountId, personId: null, 'pendingBinding.personId': pending.personId },
      {
        $set: { personId: pending.personId, boundAt: now, pendingBinding: null },
        $push: { consents: { version: pending.consentVersion, acceptedAt: pending.consentAcceptedAt, withdrawnAt: null } },
      },
    );
    if (bound.modifiedCount !== 1) throw new AppError(409, 'ACCOUNT_ALREADY_BOUND', 'Account changed while binding');
  } catch (error) {
    // The partial unique index (platform, personId): another account bound this person meanwhile.
    if (isDuplicateKey(error)) throw alreadyBound();
    throw error;
  }
  await bindAccountSessions(deps, actor.accountId, pending.personId);
  await recordAccess(deps, { personId, accountId: actor.accountId, actor: actor.platform, action: 'binding.bound', requestId: actor.requestId });
  const person = await maskedPerson(deps, personId);
  if (!person) throw new Error('bound person vanished from the registry');
  return person;
}

/** Unbinding withdraws the consent and ends every session of the account, on every device. */
export async function unbind(deps: Deps, actor: Actor, personId: string): Promise<void> {
  const account = await deps.models.Account.findOne({ _id: actor.accountId, personId }).lean();
  if (!account) throw new AppError(403, 'NOT_BOUND', 'Account is not bound to this person');
  const now = deps.now();
  const consents = account.consents.map((consent) => ({ ...consent, withdrawnAt: consent.withdrawnAt ?? now }));
  // The account lets go of the person first, then its sessions end: a login racing this either
  // reads the unbound account or has its new session ended (session-service createSession).
  await deps.models.Account.updateOne({ _id: account._id, personId }, { $set: { personId: null, boundAt: null, consents } });
  await revokeAccountSessions(deps, actor.accountId);
  await recordAccess(deps, { personId, accountId: actor.accountId, actor: actor.platform, action: 'binding.unbound', requestId: actor.requestId });
}
