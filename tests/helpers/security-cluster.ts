import type { ExecutionContext } from 'ava';
import { createApp } from '../../bff/src/app';
import { buildDeps } from '../../bff/src/build-deps';
import { apiOf } from '../../bff/src/resources';
import { startApi, type ApiResponse, type CallOptions, type TestApi } from './api';
import { listenForTest, memoryLogger } from './bff-app';
import { connectLikeTheServer } from './bff-db';

/** The same client as startApi's `call`, for any base URL. */
function caller(url: string): TestApi['call'] {
  return async (method: string, path: string, options: CallOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

/**
 * Two BFF instances, as behind a load balancer: each its own app, deps and database connection,
 * both on one database with the same secrets, SMS sender and clock. Limits must hold across them.
 */
export async function startTwoApis(t: ExecutionContext): Promise<[TestApi, TestApi]> {
  const first = await startApi(t);
  const db = first.deps.models.Person.db;
  const connection = await connectLikeTheServer(t, `mongodb://${db.host}:${db.port}`, db.name);
  const { logger, log } = memoryLogger();
  const deps = await buildDeps({ connection, logger, secrets: first.deps.secrets, sms: first.deps.sms, settings: first.deps.settings, now: () => first.clock.now });
  const app = createApp({ connection, logger, config: { nodeEnv: 'test' }, ...apiOf(deps) });
  const url = await listenForTest(t, app);
  return [first, { ...first, url, deps, log, call: caller(url) }];
}
