import type { LoginResult, Platform } from '@ssc/shared';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { exchangeAlipayCode } from '../platforms/alipay';
import { clientNetwork } from '../security/client-network';
import { exchangeWeappCode } from '../platforms/wechat';
import { consume } from './rate-limit-service';
import { createSession } from './session-service';
import { sendCode, verifyCode } from './sms-code-service';

const EXCHANGES = { weapp: exchangeWeappCode, alipay: exchangeAlipayCode };

/*
 * Platform codes cannot be guessed, SMS codes can. Per phone, sms-code-service limits sending and
 * attempts; these per-address limits stop one client sending to, or guessing across, many phones.
 */
const SMS_SENDS_PER_ADDRESS = { max: 10, windowMs: 10 * 60 * 1000 };
const SMS_LOGINS_PER_ADDRESS = { max: 20, windowMs: 10 * 60 * 1000 };

/**
 * The account of a platform subject (created on first login), found by a keyed hash. The subject
 * is also kept encrypted, as platform messages are addressed to it; set on every login, so
 * accounts made before it was kept get it too.
 */
async function upsertAccount(deps: Deps, platform: Platform, subject: string) {
  const filter = { platform, subjectIdx: deps.cipher.index(`${platform}:subject`, subject) };
  const update = { $setOnInsert: filter, $set: { subjectEnc: deps.cipher.encrypt(subject) } };
  try {
    return await deps.models.Account.findOneAndUpdate(filter, update, { upsert: true, returnDocument: 'after', lean: true });
  } catch (error) {
    // Two first logins racing: the loser reads the account the winner created.
    if (!isDuplicateKey(error)) throw error;
    return deps.models.Account.findOne(filter).lean();
  }
}

async function startSession(deps: Deps, platform: Platform, subject: string): Promise<LoginResult> {
  const account = await upsertAccount(deps, platform, subject);
  if (!account) throw new Error('account upsert returned nothing');
  // Bound or not as the session is: an unbinding may have landed since the account was read.
  const { token, absoluteExpiresAt, personId } = await createSession(deps, account._id, platform);
  // The client is told the absolute end, not the idle deadline: that one moves with every
  // request, so a client holding to it would drop a live session (401s decide idle expiry).
  return { token, expiresAt: absoluteExpiresAt.toISOString(), bound: personId != null };
}

/** Logs in with a `wx.login` or `my.getAuthCode` code, checked with the platform. */
export async function loginWithPlatformCode(deps: Deps, platform: 'weapp' | 'alipay', code: string): Promise<LoginResult> {
  const { subject } = await EXCHANGES[platform](deps, code);
  return startSession(deps, platform, subject);
}

export async function sendLoginCode(deps: Deps, phone: string, address: string) {
  await consume(deps, { key: `login:sms:addr:${deps.cipher.index('address', clientNetwork(address))}`, ...SMS_SENDS_PER_ADDRESS });
  return sendCode(deps, 'login', phone);
}

/** H5 login: the phone number is the subject, proven by the SMS code. */
export async function loginWithSmsCode(deps: Deps, phone: string, code: string, address: string): Promise<LoginResult> {
  await consume(deps, { key: `login:h5:addr:${deps.cipher.index('address', clientNetwork(address))}`, ...SMS_LOGINS_PER_ADDRESS });
  await verifyCode(deps, 'login', phone, code);
  return startSession(deps, 'h5', phone);
}
