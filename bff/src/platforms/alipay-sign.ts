import { createSign, createVerify } from 'node:crypto';

/**
 * Alipay's RSA2 signing (open API "签名"): the parameters except `sign` and empty values, sorted
 * by key, joined as `k=v&k=v` (values not URL-encoded), signed with SHA256withRSA, base64.
 */
export function signingContent(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== '')
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('&');
}

export function signParams(params: Readonly<Record<string, string>>, privateKeyPem: string): string {
  return createSign('RSA-SHA256').update(signingContent(params), 'utf8').sign(privateKeyPem, 'base64');
}

export function verifySignature(content: string, signature: string, publicKeyPem: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKeyPem, signature, 'base64');
  } catch {
    return false;
  }
}

/** `yyyy-MM-dd HH:mm:ss` in China Standard Time (UTC+8, no daylight saving), as the gateway expects. */
export function chinaTimestamp(date: Date): string {
  const iso = new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/**
 * The exact text of the JSON object under `key` in a response. Alipay signs these bytes as sent,
 * so the content to verify cannot be rebuilt by re-serialising parsed JSON.
 */
export function rawJsonObject(text: string, key: string): string | undefined {
  const keyAt = text.indexOf(`"${key}"`);
  if (keyAt < 0) return undefined;
  const start = text.indexOf('{', keyAt + key.length + 2);
  if (start < 0 || !/^\s*:\s*$/.test(text.slice(keyAt + key.length + 2, start))) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}
