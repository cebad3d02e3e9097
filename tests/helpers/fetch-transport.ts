import { NetworkError } from '../../miniapp/src/services/errors';
import type { Transport } from '../../miniapp/src/services/http';

/** The HTTP client's transport over Node's fetch: Taro.request's stand-in in the Node tests. */
export const fetchTransport: Transport = async ({ url, method, headers, body, timeoutMs }) => {
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timeout = (error as Error).name === 'TimeoutError';
    throw new NetworkError(timeout ? 'timeout' : 'offline', String(error), { cause: error });
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => (out[key] = value));
  return { status: response.status, headers: out, body: await response.text() };
};
