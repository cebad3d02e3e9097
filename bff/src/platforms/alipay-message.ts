import type { Deps } from '../deps';
import { AppError } from '../errors';
import { permanentFailure, transientFailure, type DeliveryError } from '../notify/delivery-error';
import { callAlipay } from './alipay-gateway';

export interface AlipayMessage {
  /** The Alipay subject of the account: a `2088...` user_id, or an open_id for newer apps. */
  toUser: string;
  templateId: string;
  data: Record<string, string>;
  page: string;
}

/**
 * Errors retrying cannot fix: the template is wrong or not the app's, the person did not
 * subscribe (or unsubscribed) or has no quota left, the form/subscription id is spent.
 */
function failure(code: string, subCode: string | null): DeliveryError {
  const what = `${code} ${subCode ?? ''}`.trim();
  const sub = (subCode ?? '').toUpperCase();
  if (/TEMPLATE/.test(sub)) return permanentFailure('TEMPLATE_INVALID', `Alipay: template refused (${what})`);
  if (/QUOTA|TIMES|COUNT_LIMIT/.test(sub)) return permanentFailure('QUOTA_EXHAUSTED', `Alipay: no subscription quota left (${what})`);
  if (/SUBSCRI|REFUSE|FORM_?ID|NOT_AUTH/.test(sub)) return permanentFailure('USER_REFUSED', `Alipay: user has not subscribed (${what})`);
  // 20000 service unavailable, isp.* system errors, signature or app id problems an operator fixes.
  return transientFailure('UPSTREAM_ERROR', `Alipay templatemessage.send failed (${what})`);
}

/** Sends one mini-program template (subscription) message with alipay.open.app.mini.templatemessage.send. */
export async function sendAlipayTemplate(deps: Deps, message: AlipayMessage): Promise<void> {
  const recipient = /^2088\d{12}$/.test(message.toUser) ? { to_user_id: message.toUser } : { to_open_id: message.toUser };
  const bizContent = {
    ...recipient,
    user_template_id: message.templateId,
    page: message.page,
    // Alipay takes `data` as a JSON string inside biz_content.
    data: JSON.stringify(Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }]))),
  };
  let answer;
  try {
    answer = await callAlipay(deps, 'alipay.open.app.mini.templatemessage.send', { biz_content: JSON.stringify(bizContent) });
  } catch (error) {
    if (error instanceof AppError) throw transientFailure('UPSTREAM_UNAVAILABLE', error.message);
    throw error;
  }
  if (!answer.ok) throw failure(answer.code, answer.subCode);
}
