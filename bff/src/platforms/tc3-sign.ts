import { createHash, createHmac } from 'node:crypto';

/**
 * Tencent Cloud API signature v3 (TC3-HMAC-SHA256), as its "Signature v3" page specifies:
 * canonical request -> string to sign -> key derived from the SecretKey by date and service ->
 * hex HMAC -> Authorization header. Only POST with a JSON body is needed here.
 */
export interface Tc3Input {
  secretId: string;
  secretKey: string;
  /** Product name, the first label of the host: `sms` for sms.tencentcloudapi.com. */
  service: string;
  /** Seconds since the epoch; also sent as X-TC-Timestamp. */
  timestamp: number;
  /** Headers to sign, `content-type` and `host` at least; names in any case. */
  headers: Record<string, string>;
  payload: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

export function canonicalRequest(headers: Record<string, string>, payload: string): { request: string; signedHeaders: string } {
  // Names lower-cased and sorted; values trimmed and lower-cased, each line ending in \n.
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().toLowerCase()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  // POST: the URI is always "/" and the query string always empty.
  return { request: ['POST', '/', '', canonicalHeaders, signedHeaders, sha256Hex(payload)].join('\n'), signedHeaders };
}

/** The UTC date of the timestamp: a local date would break every day between 00:00 and 08:00 in China. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3Signature(secretKey: string, date: string, service: string, stringToSign: string): string {
  const secretDate = hmac(`TC3${secretKey}`, date);
  const secretService = hmac(secretDate, service);
  const secretSigning = hmac(secretService, 'tc3_request');
  return createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex');
}

/** The value of the Authorization header for one request. */
export function tc3Authorization(input: Tc3Input): string {
  const date = utcDate(input.timestamp);
  const scope = `${date}/${input.service}/tc3_request`;
  const { request, signedHeaders } = canonicalRequest(input.headers, input.payload);
  const stringToSign = ['TC3-HMAC-SHA256', String(input.timestamp), scope, sha256Hex(request)].join('\n');
  const signature = tc3Signature(input.secretKey, date, input.service, stringToSign);
  return `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
