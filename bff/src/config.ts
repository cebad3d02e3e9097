import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = (what: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `must be a whole number (${what})`)
    .transform(Number)
    .pipe(z.number().max(65535, 'must be at most 65535'));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], {
    error: 'must be development, test or production',
  }).default('development'),
  HOST: z.union([z.ipv4(), z.ipv6(), z.hostname()], { error: 'must be an IP address or a host name' })
    .default('127.0.0.1'),
  PORT: port('0 picks a free port').default(3000),
  // Without it the server starts the embedded development database in-process.
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  // MongoDB forbids /\. "$*<>:|? and spaces in database names; this stricter set is enough for us.
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, _ or -').default('ssc'),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  // Behind a reverse proxy, trust its X-Forwarded-For for client addresses (per-address rate limits).
  TRUST_PROXY: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  // Demo mode moves applications along by themselves; on by default outside production.
  DEMO_MODE: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  DEMO_STEP_SECONDS: z.string().regex(/^\d{1,5}$/, 'must be a whole number of seconds').transform(Number)
    .pipe(z.number().min(1, 'must be at least 1')).default(20),
  SHUTDOWN_TIMEOUT_MS: z.string().regex(/^\d{1,6}$/, 'must be a whole number of milliseconds')
    .transform(Number).default(10_000),
});

type Env = z.infer<typeof EnvSchema>;

/**
 * Variables production must be given explicitly: no default, no development fallback. The
 * embedded database is a development tool, hence MONGODB_URI. Secrets (WeChat AppSecret, signing
 * keys) go on this list when they arrive, and they never get a default in any mode.
 */
const REQUIRED_IN_PRODUCTION = ['MONGODB_URI'] as const satisfies readonly (keyof Env)[];

export type Config = Readonly<{
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  mongodbUri: string | undefined;
  mongodbDb: string;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  shutdownTimeoutMs: number;
  demoMode: boolean;
  demoStepMs: number;
  trustProxy: boolean;
}>;

/** Parses an environment (process.env or a test's object); throws a ConfigError listing every problem. */
export function parseConfig(source: Readonly<Record<string, string | undefined>>): Config {
  // An empty variable (`PORT= npm start`) means "not set", not "0" or "".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(present);
  const problems: ConfigProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), problem: issue.message }));
  if (result.success && result.data.NODE_ENV === 'production') {
    for (const variable of REQUIRED_IN_PRODUCTION) {
      if (result.data[variable] === undefined) problems.push({ variable, problem: 'is required in production' });
    }
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const env = result.data;
  return Object.freeze({
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    mongodbUri: env.MONGODB_URI,
    mongodbDb: env.MONGODB_DB,
    dataDir: path.resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    demoMode: env.DEMO_MODE ? env.DEMO_MODE === 'on' : env.NODE_ENV !== 'production',
    demoStepMs: env.DEMO_STEP_SECONDS * 1000,
    trustProxy: env.TRUST_PROXY === 'true',
  });
}

let loaded: Config | undefined;

/** The process's configuration, parsed from process.env on first use and the same frozen object after. */
export function loadConfig(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
