import { randomBytes } from 'node:crypto';
import type { ExecutionContext } from 'ava';
import { createSession } from '../../bff/src/services/session-service';
import { AGENCY_KEY, SCANNER_KEY, startApi, testSecrets, type ApiResponse, type TestApi } from './api';
import { rawRequest } from './bff-app';
import { personWithCard, type CardHolder } from './card';
import { startFakePlatforms } from './fake-platforms';
import { fillPath, operations, sample, type Operation } from './security-openapi';

/** One request as sent on the wire: the body is raw text so it can be anything. */
export interface WireRequest {
  path: string;
  query?: string;
  /** Built with JSON.parse or defineProperty when a name is `__proto__`. */
  headers?: Record<string, string>;
  body?: string;
}

export interface Target {
  api: TestApi;
  holder: CardHolder;
  /** A session of an account not bound yet (binding routes refuse a bound one before reading input). */
  unboundToken: string;
}

/** A person with an active card (service password 258147): what personal routes are called as. */
export async function target(api: TestApi): Promise<Target> {
  const account = await api.deps.models.Account.create({ platform: 'h5', subjectIdx: api.deps.cipher.index('h5:subject', randomBytes(8).toString('hex')) });
  const { token } = await createSession(api.deps, account._id, 'h5');
  return { api, holder: await personWithCard(api, { password: '258147' }), unboundToken: token };
}

/** Binding refuses a bound account before reading its input: those routes are called unbound. */
const UNBOUND_ROUTES = new Set(['startBinding', 'confirmBinding']);

export const OPERATOR_KEY = 'operator-key-for-security-tests';

/** The key of each kind of machine client (the security schemes `<kind>Key` of the document). */
export const MACHINE_KEYS: Record<string, string> = { scanner: SCANNER_KEY, agency: AGENCY_KEY, operator: OPERATOR_KEY };

/** The whole API with the platforms faked (no call leaves the machine) and every kind of machine key. */
export async function startSecurityApi(t: ExecutionContext): Promise<TestApi> {
  const fake = await startFakePlatforms(t);
  return startApi(t, {
    secrets: { ...testSecrets(), ...fake.secrets, operatorKeys: new Map([[OPERATOR_KEY, 'security-operator']]) },
    settings: { wechatApiBase: fake.wechatApiBase, alipayGateway: fake.alipayGateway },
  });
}

/** Routes that take a request body. */
export const readsBody = (op: Operation) => !['GET', 'DELETE', 'HEAD'].includes(op.method);

/** Logging out and unbinding end the holder's session if a case is ever accepted: they go last. */
const endsSession = (op: Operation) => op.operationId === 'logout' || op.operationId === 'unbind';

/** A fresh API with a card holder to aim at, and every operation of its document, session-ending ones last. */
export async function hostileSetUp(t: ExecutionContext): Promise<{ tg: Target; ops: Operation[] }> {
  const api = await startSecurityApi(t);
  const ops = (await operations(api)).sort((a, b) => Number(endsSession(a)) - Number(endsSession(b)));
  return { tg: await target(api), ops };
}

function credentials(op: Operation, t: Target): Record<string, string> {
  const { caller } = op;
  if (caller === 'none') return {};
  if (caller === 'session') return { authorization: `Bearer ${UNBOUND_ROUTES.has(op.operationId) ? t.unboundToken : t.holder.token}` };
  const key = MACHINE_KEYS[caller];
  if (!key) throw new Error(`no key for ${caller} clients: add it to MACHINE_KEYS and startSecurityApi`);
  return { 'x-api-key': key };
}

/** Headers a route needs that the OpenAPI document does not list. */
const EXTRA_HEADERS: Record<string, () => Record<string, string>> = {
  applyForCard: () => ({ 'idempotency-key': `sec-${randomBytes(8).toString('hex')}` }),
};

/** Query strings the schema accepts where the generic sample would not (year excludes from/to). */
const QUERY_BASELINES: Record<string, Record<string, string>[]> = {
  listRecords: [{ year: '2024', type: 'pension' }, { from: '2024-01', to: '2024-12' }],
};

/** Valid query strings of an operation, as objects (each mutated in turn by the cases). */
export function queryBaselines(op: Operation): Record<string, string>[] {
  return QUERY_BASELINES[op.operationId] ?? [Object.fromEntries(op.queryParams.map((p) => [p.name, String(sample(p.schema, p.name))]))];
}

/**
 * Bodies the schema accepts where the generic sample would not: the sample carries every optional
 * field, a transition's `card` goes with the step to `activated` only, and a withdrawal names an
 * employer for work injury only.
 */
const BODY_BASELINES: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
  agencyTransitionApplication: (body) => ({ ...body, to: 'activated' }),
  withdrawRecords: (body) => ({ ...body, records: (body.records as Record<string, unknown>[]).map((r) => ({ ...r, type: 'workInjury' })) }),
};

/** A request the route's validation accepts: the cases then change one thing each. */
export function baseline(op: Operation): WireRequest {
  const query = new URLSearchParams(queryBaselines(op)[0]).toString();
  const body = op.body ? (sample(op.body) as Record<string, unknown>) : undefined;
  const adjusted = body && BODY_BASELINES[op.operationId] ? BODY_BASELINES[op.operationId]!(body) : body;
  return { path: fillPath(op, {}), query, body: adjusted ? JSON.stringify(adjusted) : undefined };
}

/** Sends a request as the operation's caller (a bound card holder, a scanner or an agency system). */
export async function send(t: Target, op: Operation, request: WireRequest): Promise<ApiResponse & { text: string }> {
  const headers: Record<string, string> = { ...credentials(op, t), ...EXTRA_HEADERS[op.operationId]?.() };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  // Copied key by key so a `__proto__` header stays a header, not a prototype.
  for (const [name, value] of Object.entries(request.headers ?? {})) Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  const url = `${t.api.url}${request.path}${request.query ? `?${request.query}` : ''}`;
  const res = await rawRequest(url, { method: op.method, headers }, request.body);
  let body: unknown = res.body;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    // not JSON: the assertions say so
  }
  return { status: res.status, headers: new Headers(res.headers as Record<string, string>), body, text: res.body };
}

export interface Tally {
  routes: Set<string>;
  tried: number;
  refused: number;
  /** One line per input that was not refused as expected. */
  failures: string[];
}

export const tally = (): Tally => ({ routes: new Set(), tried: 0, refused: 0, failures: [] });

export interface Refusal {
  status?: number | number[];
  codes?: string[];
  /** Strings from the input that must not come back (in the body or a header). */
  markers?: string[];
}

/** Counts a 4xx with the standard error body that echoes nothing of the input; anything else is a failure. */
export function expectRefused(count: Tally, op: Operation, res: ApiResponse & { text: string }, label: string, expected: Refusal = {}): void {
  const statuses = [expected.status ?? 400].flat();
  const body = res.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  const headerText = [...res.headers.entries()].map(([k, v]) => `${k}:${v}`).join('\n');
  const problems = [
    statuses.includes(res.status) ? null : `status ${res.status}`,
    typeof body?.error?.code === 'string' && typeof body.error.message === 'string' ? null : 'no standard error body',
    !expected.codes || expected.codes.includes(String(body?.error?.code)) ? null : `code ${String(body?.error?.code)}`,
    ...(expected.markers ?? []).map((m) => (res.text.includes(m) || headerText.includes(m) ? `echoed ${m.slice(0, 20)}` : null)),
  ].filter(Boolean);
  count.routes.add(op.operationId);
  count.tried += 1;
  if (problems.length === 0) count.refused += 1;
  else count.failures.push(`${op.method} ${op.path} ${label}: ${problems.join(', ')}`);
}

/** Fails the test with the first failures (and how many there were). */
export function assertNoFailures(t: ExecutionContext, count: Tally, since = 0): void {
  const failures = count.failures.slice(since);
  t.deepEqual(failures.slice(0, 15), [], `${failures.length} inputs were not refused as expected`);
}
