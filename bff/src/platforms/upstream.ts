import { AppError } from '../errors';

/** A platform that does not answer within this time is treated as down: the user can retry. */
export const PLATFORM_TIMEOUT_MS = 5000;

/**
 * 502 PLATFORM_UNAVAILABLE. The developer message names the platform and what went wrong, never
 * the request: WeChat's URL carries the AppSecret, Alipay's form carries a signed login code.
 */
export function platformUnavailable(platform: string, why: string): AppError {
  return new AppError(502, 'PLATFORM_UNAVAILABLE', `${platform} ${why}`);
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : 'error';
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' ? `${name} ${code}` : name;
}

/**
 * Calls a platform with a timeout and returns the body text (kept raw: Alipay signs its exact
 * bytes). Network failures, timeouts and non-2xx answers all become PLATFORM_UNAVAILABLE; the
 * thrown error is not attached as cause, since fetch errors may quote the URL.
 */
export async function fetchPlatform(platform: string, url: string, init: RequestInit = {}): Promise<string> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(PLATFORM_TIMEOUT_MS) });
    const text = await response.text();
    if (!response.ok) throw platformUnavailable(platform, `answered HTTP ${response.status}`);
    return text;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw platformUnavailable(platform, `unreachable (${describe(error)})`);
  }
}

export function parseJson(platform: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw platformUnavailable(platform, 'answered with something that is not JSON');
  }
}
