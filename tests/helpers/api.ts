import { randomBytes } from 'node:crypto';
import type { ExecutionContext } from 'ava';
import type { Connection } from 'mongoose';
import { idCheckCharacter } from '../../shared/src';
import { createApp } from '../../bff/src/app';
import { buildDeps } from '../../bff/src/build-deps';
import type { Deps, Settings } from '../../bff/src/deps';
import { apiOf } from '../../bff/src/resources';
import type { Secrets } from '../../bff/src/secrets';
import { createSession } from '../../bff/src/services/session-service';
import { createPerson, type NewPerson } from '../../bff/src/services/person-service';
import { memorySmsSender } from '../../bff/src/sms';
import { listenForTest, memoryLogger, type MemoryLog } from './bff-app';
import { connectLikeTheServer, startEmbedded } from './bff-db';

/** Fresh random secrets for one test app: nothing shared between test files, nothing in the repo. */
export function testSecrets(): Secrets {
  return {
    keyRing: { keys: new Map([['t1', randomBytes(32)]]), currentKeyId: 't1', indexKey: randomBytes(32) },
    qrKey: randomBytes(32),
    scannerKeys: new Map([['scanner-key-for-tests-0001', 'test-clinic']]),
    agencyKeys: new Map([['agency-key-for-tests-0001', 'test-card-bank']]),
    bankKeys: new Map([
      ['bank-key-for-tests-icbc-01', 'ICBC'],
      ['bank-key-for-tests-ccb-001', 'CCB'],
    ]),
    wechat: { appId: 'wx-test-app', secret: 'wechat-test-secret' },
    alipay: { appId: 'alipay-test-app', privateKeyPem: '', alipayPublicKeyPem: '' },
  };
}

export const SCANNER_KEY = 'scanner-key-for-tests-0001';
export const AGENCY_KEY = 'agency-key-for-tests-0001';
/** Keys of two co-issuing banks' systems: each reaches its own bank's applications and cards. */
export const BANK_KEYS = { ICBC: 'bank-key-for-tests-icbc-01', CCB: 'bank-key-for-tests-ccb-001' } as const;

export interface TestApi {
  url: string;
  deps: Deps;
  log: MemoryLog;
  sms: ReturnType<typeof memorySmsSender>;
  /** Moves the clock the app sees (sessions, codes, loss reports, QR tokens). */
  clock: { now: Date; advance(ms: number): void };
  /** fetch against the app; `token` adds the session, JSON bodies are encoded. */
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // Tests look into bodies freely; they assert on shapes.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * The whole API (every resource, real auth, validation, response checks) on an in-memory embedded
 * database, over real HTTP on loopback. Closed when the test ends.
 */
export async function startApi(
  t: ExecutionContext,
  options: {
    settings?: Partial<Settings>;
    secrets?: Secrets;
    trustProxy?: boolean;
    /** Runs on the database before the app is built on it: data an earlier version left. */
    before?: (connection: Connection) => Promise<void>;
  } = {},
): Promise<TestApi> {
  const db = await startEmbedded(t);
  const connection = await connectLikeTheServer(t, db.uri, 'api_test');
  await options.before?.(connection);
  const { logger, log } = memoryLogger();
  const sms = memorySmsSender();
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const deps = await buildDeps({
    connection,
    logger,
    secrets: options.secrets ?? testSecrets(),
    sms,
    settings: { checkResponses: true, ...options.settings },
    now: () => clock.now,
  });
  const app = createApp({ connection, logger, config: { nodeEnv: 'test', trustProxy: options.trustProxy }, ...apiOf(deps) });
  const url = await listenForTest(t, app);
  return {
    url,
    deps,
    log,
    sms,
    clock,
    async call(method, path, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`;
      let body: string | undefined;
      if (callOptions.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body);
      }
      const response = await fetch(`${url}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: leave the text for the test to look at.
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
  };
}

let counter = 0;

/** A valid ID number, different on every call (sequence digits vary), born on `birth` (YYYYMMDD). */
export function makeIdNumber(birth = '19850615', area = '440106'): string {
  counter = (counter + 1) % 1000;
  const first17 = `${area}${birth}${String(counter).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

export interface TestPerson extends NewPerson {
  personId: string;
  accountId: string;
  token: string;
}

/**
 * A person in the registry, with an account on `platform` already bound to them and a session:
 * what a test of a personal-data route starts from. (The binding flow itself is tested through HTTP.)
 */
export async function boundPerson(api: TestApi, overrides: PersonOverrides = {}): Promise<TestPerson> {
  return personWithSession(api.deps, api.clock.now, overrides);
}

export type PersonOverrides = Partial<NewPerson> & { platform?: 'weapp' | 'alipay' | 'h5' };

/** `boundPerson` on any deps: also used by tests that drive a BFF in another process on a shared database. */
export async function personWithSession(deps: Deps, now: Date, overrides: PersonOverrides = {}): Promise<TestPerson> {
  const person: NewPerson = {
    name: overrides.name ?? '李小梅',
    idNumber: overrides.idNumber ?? makeIdNumber(),
    phone: overrides.phone ?? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    city: overrides.city ?? '广州市',
    retired: overrides.retired,
    flexibleWorker: overrides.flexibleWorker,
  };
  const created = await createPerson(deps, person);
  const platform = overrides.platform ?? 'weapp';
  const account = await deps.models.Account.create({
    platform,
    subjectIdx: deps.cipher.index(`${platform}:subject`, randomBytes(8).toString('hex')),
    personId: created._id,
    boundAt: now,
    consents: [{ version: 'test', acceptedAt: now }],
  });
  const { token } = await createSession(deps, account._id, platform);
  return { ...person, personId: String(created._id), accountId: String(account._id), token };
}

/** A session of an account that has logged in but not bound a person yet. */
export async function unboundSession(api: TestApi, platform: 'weapp' | 'alipay' | 'h5' = 'h5'): Promise<string> {
  const account = await api.deps.models.Account.create({ platform, subjectIdx: api.deps.cipher.index(`${platform}:subject`, randomBytes(8).toString('hex')) });
  return (await createSession(api.deps, account._id, platform)).token;
}
