import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { ConfigProblem } from './config-error';

/** Credentials of the Tencent Cloud SMS API (SendSms, signature v3). */
export interface TencentSmsCredentials {
  secretId: string;
  secretKey: string;
  /** The SMS application's SdkAppId, e.g. 1400006666. */
  sdkAppId: string;
  /** The approved signature put in front of every text, e.g. 社保卡服务. */
  signName: string;
}

/** Which variables each external provider needs: a provider is on only with all of them. */
export const PROVIDERS = {
  wechat: ['WECHAT_APPID', 'WECHAT_SECRET'],
  alipay: ['ALIPAY_APPID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY'],
  tencentSms: ['TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SECRET_KEY', 'TENCENT_SMS_SDK_APP_ID', 'TENCENT_SMS_SIGN_NAME'],
} as const;

/**
 * All of a provider's variables, or none: a half-configured provider is a mistake worth stopping
 * for, since it would otherwise be silently off. Returns null when none is set.
 */
export function provider<N extends string>(names: readonly N[], read: (name: N) => string | undefined, problems: ConfigProblem[]): Record<N, string> | null {
  const values = names.map((name) => [name, read(name)] as const);
  const missing = values.filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length === names.length) return null;
  for (const name of missing) problems.push({ variable: name, problem: `is required with ${names.filter((n) => !missing.includes(n)).join(', ')}` });
  return missing.length > 0 ? null : (Object.fromEntries(values) as Record<N, string>);
}

/** Alipay's keys are checked at start-up, not at the first login or message. */
export function checkAlipayKeys(privateKeyPem: string, publicKeyPem: string, problems: ConfigProblem[]): void {
  try {
    createPrivateKey(privateKeyPem);
  } catch {
    problems.push({ variable: 'ALIPAY_PRIVATE_KEY', problem: 'is not a readable PEM private key' });
  }
  try {
    createPublicKey(publicKeyPem);
  } catch {
    problems.push({ variable: 'ALIPAY_PUBLIC_KEY', problem: 'is not a readable PEM public key' });
  }
}

export function tencentSmsFrom(values: Record<(typeof PROVIDERS.tencentSms)[number], string> | null, problems: ConfigProblem[]): TencentSmsCredentials | null {
  if (!values) return null;
  if (!/^\d{5,20}$/.test(values.TENCENT_SMS_SDK_APP_ID)) problems.push({ variable: 'TENCENT_SMS_SDK_APP_ID', problem: 'must be digits' });
  return {
    secretId: values.TENCENT_SMS_SECRET_ID,
    secretKey: values.TENCENT_SMS_SECRET_KEY,
    sdkAppId: values.TENCENT_SMS_SDK_APP_ID,
    signName: values.TENCENT_SMS_SIGN_NAME,
  };
}
