import path from 'node:path';
import test from 'ava';
import { parseConfig } from '../bff/src/config';
import { ConfigError, EX_CONFIG } from '../bff/src/config-error';

const REPO_ROOT = path.resolve(__dirname, '..');

function problemsOf(env: Record<string, string>): Record<string, string> {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return Object.fromEntries(error.problems.map((p) => [p.variable, p.problem]));
    throw error;
  }
  throw new Error('expected a ConfigError');
}

test('fills development defaults from an empty environment', (t) => {
  t.deepEqual(parseConfig({}), {
    nodeEnv: 'development',
    host: '127.0.0.1',
    port: 3000,
    mongodbUri: undefined,
    mongodbDb: 'ssc',
    dataDir: path.join(REPO_ROOT, '.data'),
    logLevel: 'info',
    shutdownTimeoutMs: 10_000,
    demoMode: true,
    demoStepMs: 20_000,
    trustProxy: false,
  });
});

test('turns demo mode off in production unless asked, and on or off when told', (t) => {
  t.false(parseConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.internal:27017' }).demoMode);
  t.true(parseConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.internal:27017', DEMO_MODE: 'on' }).demoMode);
  t.false(parseConfig({ DEMO_MODE: 'off' }).demoMode);
  t.deepEqual(Object.keys(problemsOf({ DEMO_MODE: 'yes', DEMO_STEP_SECONDS: '0' })).sort(), ['DEMO_MODE', 'DEMO_STEP_SECONDS']);
});

test('reads every variable it knows', (t) => {
  const config = parseConfig({
    NODE_ENV: 'test',
    HOST: '::1',
    PORT: '0',
    MONGODB_URI: 'mongodb://db.internal:27017/?replicaSet=rs0',
    MONGODB_DB: 'ssc_test',
    DATA_DIR: 'relative/data',
    LOG_LEVEL: 'warn',
    SHUTDOWN_TIMEOUT_MS: '2500',
    DEMO_MODE: 'off',
    DEMO_STEP_SECONDS: '5',
    TRUST_PROXY: 'true',
  });
  t.deepEqual(config, {
    nodeEnv: 'test',
    host: '::1',
    port: 0,
    mongodbUri: 'mongodb://db.internal:27017/?replicaSet=rs0',
    mongodbDb: 'ssc_test',
    dataDir: path.resolve('relative/data'),
    logLevel: 'warn',
    shutdownTimeoutMs: 2500,
    demoMode: false,
    demoStepMs: 5000,
    trustProxy: true,
  });
});

test('returns a frozen object', (t) => {
  const config = parseConfig({});
  t.true(Object.isFrozen(config));
  t.throws(() => {
    (config as { port: number }).port = 1;
  });
});

test('treats an empty variable as unset', (t) => {
  t.like(parseConfig({ PORT: '', NODE_ENV: '', MONGODB_URI: '' }), { port: 3000, nodeEnv: 'development', mongodbUri: undefined });
});

const badValues: [variable: string, value: string][] = [
  ['NODE_ENV', 'prod'],
  ['HOST', 'not a host'],
  ['PORT', 'abc'],
  ['PORT', '-1'],
  ['PORT', '3000.5'],
  ['PORT', '65536'],
  ['MONGODB_URI', 'http://localhost:27017'],
  ['MONGODB_DB', 'ssc/prod'],
  ['MONGODB_DB', 'x'.repeat(64)],
  ['LOG_LEVEL', 'verbose'],
  ['SHUTDOWN_TIMEOUT_MS', 'soon'],
];

for (const [variable, value] of badValues) {
  test(`rejects ${variable}=${value.length > 20 ? `${value.slice(0, 8)}…` : value} naming the variable`, (t) => {
    const problems = problemsOf({ [variable]: value });
    t.deepEqual(Object.keys(problems), [variable]);
    t.true((problems[variable] ?? '').length > 0);
  });
}

test('lists every bad variable in one message without repeating their values', (t) => {
  const error = t.throws(() => parseConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', MONGODB_URI: 'postgres://u:pw-9931@h/db' }), {
    instanceOf: ConfigError,
  });
  t.regex(error.message, /^Invalid configuration/);
  t.regex(error.message, /\n {2}PORT: /);
  t.regex(error.message, /\n {2}LOG_LEVEL: /);
  t.regex(error.message, /\n {2}MONGODB_URI: /);
  t.false(error.message.includes('pw-9931'));
  t.false(error.message.includes('eighty'));
});

test('requires MONGODB_URI in production instead of falling back to the embedded database', (t) => {
  t.deepEqual(problemsOf({ NODE_ENV: 'production' }), { MONGODB_URI: 'is required in production' });
});

test('accepts a complete production configuration', (t) => {
  const config = parseConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb+srv://cluster.example.net/' });
  t.like(config, { nodeEnv: 'production', mongodbUri: 'mongodb+srv://cluster.example.net/' });
});

test('uses exit code 78 (EX_CONFIG) for bad configuration', (t) => {
  t.is(EX_CONFIG, 78);
});
