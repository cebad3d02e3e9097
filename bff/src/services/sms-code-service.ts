import { maskPhone } from '@ssc/shared';
import type { Deps, SmsMessage } from '../deps';
import { AppError, RateLimitedError } from '../errors';
import { randomDigits, safeEqual, sha256 } from '../security/tokens';
import { SmsSendError } from '../sms';
import { consume, reset } from './rate-limit-service';

export type SmsPurpose = 'login' | 'bind' | 'passwordReset';

export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_RESEND_COOLDOWN_MS = 60 * 1000;
export const SMS_MAX_ATTEMPTS = 5;
const SMS_PER_PHONE_PER_HOUR = 5;
/** Five an hour, every hour, would still allow 600 guesses a day at one phone's codes. */
const SMS_PER_PHONE_PER_DAY = 10;

const TEXTS: Record<SmsPurpose, (code: string) => string> = {
  login: (code) => `【社保卡】您的登录验证码为${code}，5分钟内有效，请勿告诉他人。`,
  bind: (code) => `【社保卡】您正在绑定电子社保卡，验证码为${code}，5分钟内有效，请勿告诉他人。`,
  passwordReset: (code) => `【社保卡】您正在重置社保卡服务密码，验证码为${code}，5分钟内有效，请勿告诉他人。`,
};

/** The provider's templates take the code and its lifetime in minutes, in that order. */
function codeMessage(purpose: SmsPurpose, code: string): SmsMessage {
  return { template: purpose, params: [code, String(SMS_CODE_TTL_MS / 60_000)], text: TEXTS[purpose](code), locale: 'zh-CN' };
}

/** The code was not sent: forget it, so the cooldown does not stop the person asking again. */
async function sendOrForget(deps: Deps, purpose: SmsPurpose, phone: string, phoneIdx: string, owner: string | null, code: string): Promise<void> {
  try {
    await deps.sms.send(phone, codeMessage(purpose, code));
  } catch (error) {
    await deps.models.SmsCode.deleteMany({ purpose, phoneIdx, owner });
    if (!(error instanceof SmsSendError)) throw error;
    deps.logger.warn({ sms: { code: error.code, transient: error.transient } }, 'SMS code not sent');
    throw new AppError(503, 'SMS_UNAVAILABLE', `SMS not sent (${error.code})`, { headers: { 'Retry-After': '60' } });
  }
}

/** Whose code it is: an account's code (binding) works for that account alone. */
export interface CodeOptions {
  owner?: string;
}

/**
 * Sends a 6-digit single-use code. Codes are stored hashed and expire after five minutes; a phone
 * gets at most one code a minute, five an hour and ten a day, whichever instance is asked and
 * whoever asks.
 */
export async function sendCode(deps: Deps, purpose: SmsPurpose, phone: string, options: CodeOptions = {}): Promise<{ phoneMasked: string; expiresInSeconds: number; resendInSeconds: number }> {
  const phoneIdx = deps.cipher.index('phone', phone);
  const now = deps.now();
  const cooldown = (wait: number) =>
    new AppError(429, 'SMS_COOLDOWN', 'Code requested again too soon', { details: { retryAfterSeconds: wait }, headers: { 'Retry-After': String(wait) } });
  const last = await deps.models.SmsCode.findOne({ purpose, phoneIdx }).sort({ sentAt: -1 }).lean();
  if (last && now.getTime() - last.sentAt.getTime() < SMS_RESEND_COOLDOWN_MS) {
    throw cooldown(Math.ceil((SMS_RESEND_COOLDOWN_MS - (now.getTime() - last.sentAt.getTime())) / 1000));
  }
  // Requests sent at the same moment all pass the read above: the one-a-minute rule is also
  // claimed atomically, so only one of them sends a code.
  const cooldownKey = `sms:cooldown:${purpose}:${phoneIdx}`;
  try {
    await consume(deps, { key: cooldownKey, max: 1, windowMs: SMS_RESEND_COOLDOWN_MS });
  } catch (error) {
    if (error instanceof RateLimitedError) throw cooldown(Number(error.headers?.['Retry-After'] ?? SMS_RESEND_COOLDOWN_MS / 1000));
    throw error;
  }
  await consume(deps, { key: `sms:${purpose}:${phoneIdx}`, max: SMS_PER_PHONE_PER_HOUR, windowMs: 60 * 60 * 1000 });
  await consume(deps, { key: `sms:day:${purpose}:${phoneIdx}`, max: SMS_PER_PHONE_PER_DAY, windowMs: 24 * 60 * 60 * 1000 });
  const code = randomDigits(6);
  const owner = options.owner ?? null;
  // A new code replaces the same asker's earlier one; another account's code is left alone.
  await deps.models.SmsCode.deleteMany({ purpose, phoneIdx, owner });
  await deps.models.SmsCode.create({ purpose, phoneIdx, owner, codeHash: sha256(`${phoneIdx}:${code}`), sentAt: now, expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS) });
  try {
    await sendOrForget(deps, purpose, phone, phoneIdx, owner, code);
  } catch (error) {
    // No code went out: the minute is not counted against the next request.
    await reset(deps, cooldownKey);
    throw error;
  }
  return { phoneMasked: maskPhone(phone), expiresInSeconds: SMS_CODE_TTL_MS / 1000, resendInSeconds: SMS_RESEND_COOLDOWN_MS / 1000 };
}

/**
 * Checks and consumes a code. A wrong code costs one of five attempts, after which the code is
 * dead and a new one must be requested. Throws SMS_CODE_INVALID / SMS_CODE_EXPIRED. `beforeUse`
 * runs once the code is known to be right: if it throws, the code is left for another try.
 */
export async function verifyCode(deps: Deps, purpose: SmsPurpose, phone: string, code: string, options: CodeOptions & { beforeUse?: () => void } = {}): Promise<void> {
  const phoneIdx = deps.cipher.index('phone', phone);
  const now = deps.now();
  // Counting the attempt first, atomically, means parallel guesses cannot share one attempt.
  const entry = await deps.models.SmsCode.findOneAndUpdate(
    { purpose, phoneIdx, owner: options.owner ?? null, consumedAt: null, expiresAt: { $gt: now }, attempts: { $lt: SMS_MAX_ATTEMPTS } },
    { $inc: { attempts: 1 } },
    { sort: { sentAt: -1 }, returnDocument: 'after', lean: true },
  );
  if (!entry) throw new AppError(400, 'SMS_CODE_EXPIRED', 'No usable code: expired, used up or never sent');
  if (!/^\d{6}$/.test(code) || !safeEqual(entry.codeHash, sha256(`${phoneIdx}:${code}`))) {
    throw new AppError(400, 'SMS_CODE_INVALID', 'Wrong code', { details: { attemptsLeft: SMS_MAX_ATTEMPTS - entry.attempts } });
  }
  options.beforeUse?.();
  const consumed = await deps.models.SmsCode.updateOne({ _id: entry._id, consumedAt: null }, { $set: { consumedAt: now } });
  if (consumed.modifiedCount !== 1) throw new AppError(400, 'SMS_CODE_EXPIRED', 'Code already used');
}
