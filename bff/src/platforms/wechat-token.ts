import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { transientFailure } from '../notify/delivery-error';
import { fetchPlatform } from './upstream';

/** Refreshed this long before WeChat's expiry (7200 s), so no send goes out with a dying token. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** One instance refreshes at a time; a refresh that takes longer than this is presumed dead. */
const REFRESH_LOCK_MS = 15_000;
const WAIT_STEPS = 20;
const WAIT_STEP_MS = 150;

const Reply = z.object({ access_token: z.string().min(1).optional(), expires_in: z.number().int().positive().optional(), errcode: z.number().optional() });

const keyOf = (deps: Deps) => `wechat:${deps.secrets.wechat.appId}`;

export function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function fetchToken(deps: Deps): Promise<{ token: string; expiresInS: number }> {
  const { appId, secret } = deps.secrets.wechat;
  const query = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret });
  let text: string;
  try {
    text = await fetchPlatform('WeChat', `${deps.settings.wechatApiBase}/cgi-bin/token?${query}`);
  } catch (error) {
    if (error instanceof AppError) throw transientFailure('UPSTREAM_UNAVAILABLE', `access token: ${error.message}`);
    throw error;
  }
  const reply = Reply.safeParse(jsonOrNull(text));
  if (!reply.success) throw transientFailure('UPSTREAM_UNAVAILABLE', 'WeChat token answer in an unexpected shape');
  const { access_token: token, expires_in: expiresInS, errcode } = reply.data;
  // 40013 bad appid, 40125 bad secret, 40164 IP not whitelisted, -1 busy: retried until an operator fixes it.
  if (errcode || !token || !expiresInS) throw transientFailure('TOKEN_UNAVAILABLE', `WeChat refused an access token (${errcode ?? 'no token'})`);
  return { token, expiresInS };
}

type TokenDoc = { tokenEnc?: string | null; expiresAt?: Date | null } | null;

function usable(deps: Deps, doc: TokenDoc, rejected: string | undefined, marginMs: number): string | undefined {
  if (!doc?.tokenEnc || !doc.expiresAt || doc.expiresAt.getTime() - deps.now().getTime() <= marginMs) return undefined;
  const token = deps.cipher.decrypt(doc.tokenEnc);
  return token === rejected ? undefined : token;
}

/** Takes the refresh lock; false when another instance holds it. */
async function lockRefresh(deps: Deps, owner: string): Promise<boolean> {
  const now = deps.now();
  const free = { _id: keyOf(deps), $or: [{ refreshUntil: null }, { refreshUntil: { $lte: now } }] };
  try {
    const locked = await deps.models.PlatformToken.findOneAndUpdate(free, { $set: { refreshOwner: owner, refreshUntil: new Date(now.getTime() + REFRESH_LOCK_MS) } }, { upsert: true, returnDocument: 'after', lean: true });
    return locked?.refreshOwner === owner;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/**
 * WeChat's server API access token, shared by every instance through MongoDB (encrypted). It is
 * refreshed a few minutes before expiry, or at once when WeChat rejected `rejected` (40001, 42001).
 * Only the instance holding the refresh lock calls WeChat: each fetch invalidates the token before.
 */
export async function wechatAccessToken(deps: Deps, options: { rejected?: string } = {}): Promise<string> {
  const owner = randomUUID();
  for (let step = 0; step <= WAIT_STEPS; step += 1) {
    const doc = await deps.models.PlatformToken.findById(keyOf(deps)).lean();
    const current = usable(deps, doc, options.rejected, REFRESH_MARGIN_MS);
    if (current) return current;
    if (await lockRefresh(deps, owner)) {
      const { token, expiresInS } = await fetchToken(deps).catch(async (error: unknown) => {
        await deps.models.PlatformToken.updateOne({ _id: keyOf(deps), refreshOwner: owner }, { $set: { refreshUntil: null } });
        throw error;
      });
      const expiresAt = new Date(deps.now().getTime() + expiresInS * 1000);
      await deps.models.PlatformToken.updateOne({ _id: keyOf(deps) }, { $set: { tokenEnc: deps.cipher.encrypt(token), expiresAt, refreshUntil: null, refreshOwner: null } });
      return token;
    }
    // Another instance is refreshing: a token inside the margin still works meanwhile.
    const stillValid = usable(deps, doc, options.rejected, 0);
    if (stillValid) return stillValid;
    await sleep(WAIT_STEP_MS);
  }
  throw transientFailure('TOKEN_UNAVAILABLE', 'Another instance is still refreshing the WeChat access token');
}
