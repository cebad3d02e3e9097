import { z } from 'zod';
import type { SmsMessage, SmsSender } from '../deps';
import type { TencentSmsCredentials } from '../secrets-providers';
import { SmsSendError } from '../sms';
import { tc3Authorization } from './tc3-sign';
import { PLATFORM_TIMEOUT_MS } from './upstream';

export interface TencentSmsOptions {
  endpoint: string;
  region: string;
  /** Template key (`login`, a notice kind, optionally `@locale`) -> approved template id. */
  templates: Readonly<Record<string, string>>;
  now: () => Date;
}

const Reply = z.object({
  Response: z.object({
    Error: z.object({ Code: z.string(), Message: z.string().optional() }).optional(),
    SendStatusSet: z.array(z.object({ Code: z.string(), Message: z.string().optional() })).optional(),
    RequestId: z.string().optional(),
  }),
});

/**
 * Failures that retrying cannot fix: the template or signature is not approved, a parameter
 * breaks the template's rules, the number is wrong or blocked. Everything else (limits, internal
 * errors, credentials being rotated, an empty balance an operator can top up) is worth retrying.
 */
const PERMANENT = /^(FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|PhoneNumberInBlacklist|ContainSensitiveWord|MissingTemplateToModify)|InvalidParameterValue\.|InvalidParameter\.|UnsupportedOperation\.|UnauthorizedOperation\.SmsSdkAppIdVerifyFail)/;

function failure(code: string): SmsSendError {
  return new SmsSendError(code, `Tencent Cloud SMS refused the message (${code})`, !PERMANENT.test(code));
}

/** Mainland numbers in E.164, as SendSms requires. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

/** Tencent Cloud SMS `SendSms` (API version 2021-01-11), signed with TC3-HMAC-SHA256. */
export function tencentSmsSender(credentials: TencentSmsCredentials, options: TencentSmsOptions): SmsSender {
  const url = new URL(options.endpoint);
  return {
    available: true,
    async send(phone: string, message: SmsMessage) {
      const templateId = options.templates[`${message.template}@${message.locale}`] ?? options.templates[message.template];
      if (!templateId) throw new SmsSendError('TEMPLATE_NOT_CONFIGURED', `No Tencent SMS template for ${message.template}`, false);
      const payload = JSON.stringify({
        PhoneNumberSet: [e164(phone)],
        SmsSdkAppId: credentials.sdkAppId,
        SignName: credentials.signName,
        TemplateId: templateId,
        TemplateParamSet: message.params,
      });
      const timestamp = Math.floor(options.now().getTime() / 1000);
      const sent = { 'content-type': 'application/json; charset=utf-8', 'x-tc-action': 'SendSms' };
      // fetch sends the URL's host as Host (it cannot be set), so that is the value signed.
      const authorization = tc3Authorization({ ...credentials, service: 'sms', timestamp, headers: { ...sent, host: url.host }, payload });
      const headers = { ...sent, authorization, 'x-tc-timestamp': String(timestamp), 'x-tc-version': '2021-01-11', 'x-tc-region': options.region };
      let text: string;
      try {
        const response = await fetch(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(PLATFORM_TIMEOUT_MS) });
        text = await response.text();
        if (!response.ok) throw new SmsSendError('UPSTREAM_UNAVAILABLE', `Tencent Cloud SMS answered HTTP ${response.status}`, true);
      } catch (error) {
        if (error instanceof SmsSendError) throw error;
        throw new SmsSendError('UPSTREAM_UNAVAILABLE', `Tencent Cloud SMS unreachable (${(error as Error).name})`, true);
      }
      let reply: z.infer<typeof Reply>;
      try {
        reply = Reply.parse(JSON.parse(text));
      } catch {
        throw new SmsSendError('UPSTREAM_UNAVAILABLE', 'Tencent Cloud SMS answered in an unexpected shape', true);
      }
      const { Error: failed, SendStatusSet: statuses } = reply.Response;
      if (failed) throw failure(failed.Code);
      const status = statuses?.[0];
      if (!status) throw new SmsSendError('UPSTREAM_UNAVAILABLE', 'Tencent Cloud SMS answered without a send status', true);
      if (status.Code !== 'Ok') throw failure(status.Code);
    },
  };
}
