import { MAX_PASSWORD_ATTEMPTS, passwordProblems } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError, ConflictError } from '../errors';
import { hashPassword, needsRehash, verifyPassword } from '../security/password-hash';
import { recordAccess } from './access-log-service';
import { requireCard, type CardDoc } from './card-record';
import type { Actor } from './card-service';
import { flushCardNotices, withNotice } from './card-notices';
import { personSecrets } from './person-service';
import { consume, reset } from './rate-limit-service';
import { sendCode, verifyCode } from './sms-code-service';

/** Defence in depth on top of the lockout: no person's password is checked more often than this. */
const CHECKS_PER_MINUTE = 10;
const checkLimitKey = (personId: string) => `card:password:${personId}`;

function locked(): AppError {
  // `unlock` names the ways out, so the app can offer the SMS reset and explain the window visit.
  return new AppError(423, 'PASSWORD_LOCKED', 'Password locked after too many wrong attempts', { details: { unlock: ['smsReset', 'serviceWindow'] } });
}

/** Locks the password that was guessed at: one set since (by a reset) is not locked by an old guess. */
async function lock(deps: Deps, card: CardDoc): Promise<void> {
  const update = withNotice(deps, { $set: { 'password.lockedAt': deps.now() } }, { kind: 'card.passwordLocked', payload: { cardId: String(card._id) } });
  const locked = await deps.models.Card.findOneAndUpdate({ _id: card._id, 'password.lockedAt': null, 'password.hash': card.password.hash }, update, { returnDocument: 'after', lean: true });
  if (locked) await flushCardNotices(deps, locked);
}

/**
 * Checks the service password. The attempt is counted first, atomically and only while fewer than
 * six are counted, so parallel guesses on any number of instances never get more than six tries.
 * A right password clears the count; the sixth wrong one locks the password. Answers the stored
 * hash the password was checked against, so that a write relying on the check can make sure the
 * password is still that one (a reset may land in between).
 */
export async function checkPassword(deps: Deps, card: CardDoc, password: string, options: { allowInitial: boolean }): Promise<string> {
  await consume(deps, { key: checkLimitKey(String(card.personId)), max: CHECKS_PER_MINUTE, windowMs: 60_000 });
  if (card.password.lockedAt) throw locked();
  if (card.password.initial && !options.allowInitial) {
    throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Initial password must be changed first');
  }
  const counted = await deps.models.Card.findOneAndUpdate(
    { _id: card._id, 'password.lockedAt': null, 'password.failedAttempts': { $lt: MAX_PASSWORD_ATTEMPTS } },
    { $inc: { 'password.failedAttempts': 1 } },
    { returnDocument: 'after', lean: true },
  );
  if (!counted) throw locked();
  const checked = counted.password.hash;
  if (await verifyPassword(password, checked)) {
    // A hash made with older parameters is replaced while the password is at hand.
    const rehashed = needsRehash(checked) ? await hashPassword(password) : null;
    const cleared = await deps.models.Card.updateOne(
      { _id: card._id, 'password.lockedAt': null, 'password.hash': checked },
      { $set: { 'password.failedAttempts': 0, ...(rehashed ? { 'password.hash': rehashed } : {}) } },
    );
    return rehashed && cleared.matchedCount === 1 ? rehashed : checked;
  }
  const attemptsLeft = MAX_PASSWORD_ATTEMPTS - counted.password.failedAttempts;
  if (attemptsLeft > 0) throw new AppError(400, 'PASSWORD_WRONG', 'Wrong service password', { details: { attemptsLeft } });
  await lock(deps, counted);
  throw locked();
}

function rulesBroken(rules: ReturnType<typeof passwordProblems>): void {
  if (rules.length > 0) throw new AppError(400, 'PASSWORD_RULES', 'New password breaks rules', { details: { rules } });
}

/**
 * The rules checked before anything else: they depend on the password alone. The rule against
 * digits of the ID number is checked only once the caller has proved who they are (old password
 * or SMS code); answered earlier, each try would say whether six digits are part of the person's
 * ID number, and the whole number could be read out a few hundred requests at a time.
 */
function requirePlainRules(newPassword: string): void {
  rulesBroken(passwordProblems(newPassword));
}

function requireNotFromIdNumber(newPassword: string, idNumber: string): void {
  rulesBroken(passwordProblems(newPassword, idNumber));
}

/**
 * Sets a new password. A change passes the hash its old password was checked against: if the
 * password is no longer that one (a reset landed meanwhile), nothing is written and the change is a
 * 409. A reset, proved by a code sent to the phone, replaces whatever is there.
 */
async function setPassword(deps: Deps, card: CardDoc, newPassword: string, checkedHash?: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  const password = { hash, initial: false, failedAttempts: 0, lockedAt: null, changedAt: deps.now() };
  const filter = checkedHash === undefined ? { _id: card._id } : { _id: card._id, 'password.hash': checkedHash };
  const result = await deps.models.Card.updateOne(filter, { $set: { password } });
  if (result.matchedCount === 0) throw new ConflictError('The password changed while this change was made');
}

/** Changes the password with the old one; also the first change away from the initial 123456. */
export async function changePassword(deps: Deps, personId: string, input: { oldPassword: string; newPassword: string }, who: Actor): Promise<void> {
  const card = await requireCard(deps, personId);
  requirePlainRules(input.newPassword);
  const checked = await checkPassword(deps, card, input.oldPassword, { allowInitial: true });
  const secrets = await personSecrets(deps, personId);
  if (!secrets) throw new AppError(404, 'CARD_NOT_FOUND', 'Person vanished');
  requireNotFromIdNumber(input.newPassword, secrets.idNumber);
  await setPassword(deps, card, input.newPassword, checked);
  await recordAccess(deps, { personId, ...who, action: 'card.passwordChanged' });
}

/** Sends a reset code to the phone on file (never to a number the client names). */
export async function sendResetCode(deps: Deps, personId: string) {
  await requireCard(deps, personId);
  const secrets = await personSecrets(deps, personId);
  if (!secrets) throw new AppError(404, 'CARD_NOT_FOUND', 'Person vanished');
  return sendCode(deps, 'passwordReset', secrets.phone);
}

/** A forgotten or locked password: a code sent to the phone on file sets a new one and unlocks. */
export async function resetPassword(deps: Deps, personId: string, input: { code: string; newPassword: string }, who: Actor): Promise<void> {
  const card = await requireCard(deps, personId);
  requirePlainRules(input.newPassword);
  const secrets = await personSecrets(deps, personId);
  if (!secrets) throw new AppError(404, 'CARD_NOT_FOUND', 'Person vanished');
  // A right code with a new password from the ID number is refused before the code is used up:
  // the attempt counts, the code still works with another password.
  await verifyCode(deps, 'passwordReset', secrets.phone, input.code, { beforeUse: () => requireNotFromIdNumber(input.newPassword, secrets.idNumber) });
  await setPassword(deps, card, input.newPassword);
  await reset(deps, checkLimitKey(personId));
  await recordAccess(deps, { personId, ...who, action: 'card.passwordReset' });
}
