/** One request as a client saw it, with times relative to `performance.now()`. */
export interface Sample {
  path: string;
  startedAt: number;
  endedAt: number;
  ms: number;
  /** 0 when no response came (connection refused or reset, or our own abort). */
  status: number;
  code?: string;
  message?: string;
  body?: unknown;
  headers?: Headers;
  failure?: string;
}

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client gives up after this long, so a hanging request is recorded instead of hanging the test. */
  abortAfterMs?: number;
}

/** One HTTP request, timed; never throws. */
export async function timedCall(baseUrl: string, path: string, options: CallOptions = {}): Promise<Sample> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const startedAt = performance.now();
  const done = (rest: Omit<Sample, 'path' | 'startedAt' | 'endedAt' | 'ms'>): Sample => {
    const endedAt = performance.now();
    return { path, startedAt, endedAt, ms: endedAt - startedAt, ...rest };
  };
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.abortAfterMs ?? 15_000),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    return done({ status: response.status, code: error?.code, message: error?.message, body, headers: response.headers });
  } catch (thrown) {
    return done({ status: 0, failure: (thrown as Error).name });
  }
}

/**
 * `clients` loops, each sending its next request `pauseMs` after the last one answered (a person
 * reading the page), until `stop()` says so. Bounded by the caller's stop condition; every
 * request is recorded.
 */
export function runLoad<S extends Sample>(clients: number, next: (client: number, round: number) => Promise<S>, stop: () => boolean, pauseMs = 0): Promise<S[]> {
  const samples: S[] = [];
  const loop = async (client: number) => {
    for (let round = 0; !stop(); round += 1) {
      samples.push(await next(client, round));
      if (pauseMs > 0) await sleep(pauseMs);
    }
  };
  return Promise.all(Array.from({ length: clients }, (_, client) => loop(client))).then(() => samples);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `ready()` holds; throws after `timeoutMs` so a stuck setup fails instead of hanging. */
export async function waitUntil(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
