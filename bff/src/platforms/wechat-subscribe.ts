import { z } from 'zod';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { permanentFailure, transientFailure, type DeliveryError } from '../notify/delivery-error';
import { fitWechatValue } from './wechat-fields';
import { jsonOrNull, wechatAccessToken } from './wechat-token';
import { fetchPlatform } from './upstream';

export interface WechatMessage {
  openid: string;
  templateId: string;
  /** Keyword -> value; values are shortened here to fit their keyword's type. */
  data: Record<string, string>;
  /** Page the message opens, e.g. `subpackages/applications/detail/index?id=...`. */
  page: string;
  lang: 'zh_CN' | 'en_US';
}

const Reply = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() });

/** 40001 invalid credential, 40014 invalid token, 42001 token expired: refresh and retry once. */
const TOKEN_REJECTED = new Set([40001, 40014, 42001]);

function failure(errcode: number): DeliveryError {
  switch (errcode) {
    case 43101: // the person refused, or cancelled an earlier subscription (or has no one-time quota)
      return permanentFailure('USER_REFUSED', 'WeChat: user refused the message (43101)');
    case 40037: // template id wrong
      return permanentFailure('TEMPLATE_INVALID', 'WeChat: template id invalid (40037)');
    case 47003: // a value breaks its keyword's rules
      return permanentFailure('TEMPLATE_DATA_INVALID', 'WeChat: template data invalid (47003)');
    case 41030:
      return permanentFailure('PAGE_INVALID', 'WeChat: page does not exist in the released version (41030)');
    case 40003:
      return permanentFailure('RECIPIENT_INVALID', 'WeChat: openid invalid (40003)');
    default: // -1 system busy, 45009 daily limit, anything new: try again later
      return transientFailure('UPSTREAM_ERROR', `WeChat subscribeMessage.send failed (${errcode})`);
  }
}

async function post(deps: Deps, token: string, message: WechatMessage): Promise<number> {
  const body = {
    touser: message.openid,
    template_id: message.templateId,
    page: message.page,
    data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value: fitWechatValue(key, value) }])),
    miniprogram_state: deps.settings.wechatMiniprogramState,
    lang: message.lang,
  };
  let text: string;
  try {
    const url = `${deps.settings.wechatApiBase}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`;
    text = await fetchPlatform('WeChat', url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (error) {
    // The message says which platform and why, never the URL (it holds the token).
    if (error instanceof AppError) throw transientFailure('UPSTREAM_UNAVAILABLE', error.message);
    throw error;
  }
  const reply = Reply.safeParse(jsonOrNull(text));
  if (!reply.success) throw transientFailure('UPSTREAM_UNAVAILABLE', 'WeChat answered in an unexpected shape');
  return reply.data.errcode ?? 0;
}

/**
 * Sends one subscription message (subscribeMessage.send). A rejected access token is replaced at
 * once and the send tried once more; other errors become DeliveryErrors, permanent or not.
 */
export async function sendWechatSubscribe(deps: Deps, message: WechatMessage): Promise<void> {
  const token = await wechatAccessToken(deps);
  let errcode = await post(deps, token, message);
  if (TOKEN_REJECTED.has(errcode)) {
    deps.logger.info({ errcode }, 'WeChat rejected the access token: refreshing it and sending again');
    errcode = await post(deps, await wechatAccessToken(deps, { rejected: token }), message);
    if (TOKEN_REJECTED.has(errcode)) throw transientFailure('TOKEN_REJECTED', `WeChat rejected a fresh access token (${errcode})`);
  }
  if (errcode !== 0) throw failure(errcode);
}
