import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type ConfigProblem } from './config-error';
import { findBank } from './data/banks';
import { checkAlipayKeys, provider, PROVIDERS, tencentSmsFrom, type TencentSmsCredentials } from './secrets-providers';
import type { KeyRing } from './security/field-cipher';

/**
 * Every secret the BFF holds. In production each comes from an environment variable (or the file
 * a `*_FILE` variable names) and a missing one stops start-up. In development and tests, missing
 * ones are generated once and kept in `<DATA_DIR>/dev-secrets.json` (git-ignored, mode 0600), so
 * encrypted development data stays readable across restarts and no secret is ever in the repo.
 */
export interface Secrets {
  keyRing: KeyRing;
  /** HMAC key signing dynamic QR tokens. */
  qrKey: Buffer;
  /** API key -> client name, for clinic and service-window scanners. */
  scannerKeys: ReadonlyMap<string, string>;
  /** API key -> system name, for the card production and bank systems. */
  agencyKeys: ReadonlyMap<string, string>;
  /** API key -> operator name, for the dead-letter API (none: the operator API refuses everyone). */
  operatorKeys?: ReadonlyMap<string, string>;
  /**
   * Keys of the co-issuing banks' systems, to the bank's code: each moves only its own bank's
   * applications and records formal loss only of its own cards. Records are not theirs to send.
   */
  bankKeys?: ReadonlyMap<string, string>;
  /** WeChat mini-program: login and subscription messages. Empty strings: not configured. */
  wechat: { appId: string; secret: string };
  /** Alipay mini-program: login and template messages. Empty strings: not configured. */
  alipay: { appId: string; privateKeyPem: string; alipayPublicKeyPem: string };
  /** Tencent Cloud SMS; null: texts go to the log (development) or cannot be sent (production). */
  tencentSms?: TencentSmsCredentials | null;
}

type Env = Readonly<Record<string, string | undefined>>;

function readVar(env: Env, name: string): string | undefined {
  const file = env[`${name}_FILE`];
  if (file) return fs.readFileSync(file, 'utf8').trim();
  const value = env[name];
  return value === '' ? undefined : value;
}

function key32(name: string, value: string, problems: ConfigProblem[]): Buffer {
  const buf = Buffer.from(value, 'base64');
  if (buf.length !== 32) problems.push({ variable: name, problem: 'must be 32 bytes, base64-encoded' });
  return buf;
}

/** `id:secret,id:secret` lists. */
function pairs(name: string, value: string, problems: ConfigProblem[]): [string, string][] {
  const out: [string, string][] = [];
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    if (at < 1 || at === item.length - 1) problems.push({ variable: name, problem: 'must be a comma-separated list of name:value' });
    else out.push([item.slice(0, at), item.slice(at + 1)]);
  }
  return out;
}

function developmentDefaults(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, 'dev-secrets.json');
  if (fs.existsSync(file)) {
    const existing = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    // Files written before the operator API or bank keys existed get their keys added, once.
    const added = { OPERATOR_API_KEYS: `dev-operator:${randomBytes(24).toString('base64url')}`, BANK_API_KEYS: `ICBC:${randomBytes(24).toString('base64url')}` };
    const missing = Object.entries(added).filter(([name]) => !existing[name]);
    if (missing.length > 0) {
      Object.assign(existing, Object.fromEntries(missing));
      fs.writeFileSync(file, JSON.stringify(existing, null, 2), { mode: 0o600 });
    }
    return existing;
  }
  const generated: Record<string, string> = {
    DATA_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
    DATA_INDEX_KEY: randomBytes(32).toString('base64'),
    QR_SIGNING_KEY: randomBytes(32).toString('base64'),
    SCANNER_API_KEYS: `dev-clinic:${randomBytes(24).toString('base64url')}`,
    AGENCY_API_KEYS: `dev-card-bank:${randomBytes(24).toString('base64url')}`,
    OPERATOR_API_KEYS: `dev-operator:${randomBytes(24).toString('base64url')}`,
    BANK_API_KEYS: `ICBC:${randomBytes(24).toString('base64url')}`,
    WECHAT_APPID: 'wx-development',
    WECHAT_SECRET: randomBytes(16).toString('hex'),
    ALIPAY_APPID: 'alipay-development',
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return generated;
}

/** `BANKCODE:key` pairs, each code one of the co-issuing banks the app lists. */
function bankKeysFrom(entries: readonly (readonly [string, string])[], problems: ConfigProblem[]): Map<string, string> {
  for (const [code] of entries) if (!findBank(code)) problems.push({ variable: 'BANK_API_KEYS', problem: `names ${code}, which is not a bank code of the app (data/banks.ts)` });
  return new Map(entries.map(([code, key]) => [key, code] as const));
}

/** Shortest machine-client key accepted: a key is a password no person types. */
const MIN_KEY_LENGTH = 16;

/**
 * A key given twice (for two banks, or to a bank and the agency) would let one system act as the
 * other, so each key is one client's, and long enough not to be guessed. Keys are never quoted.
 */
function checkMachineKeys(given: readonly (readonly [string, string])[], problems: ConfigProblem[]): void {
  const seen = new Map<string, string>();
  for (const [variable, key] of given) {
    if (key.length < MIN_KEY_LENGTH) problems.push({ variable, problem: `has a key shorter than ${MIN_KEY_LENGTH} characters` });
    const other = seen.get(key);
    if (other) problems.push({ variable, problem: other === variable ? 'gives one key to two clients' : `gives a key that ${other} gives too` });
    seen.set(key, variable);
  }
}

export function loadSecrets(env: Env, options: { production: boolean; dataDir: string }): Secrets {
  const problems: ConfigProblem[] = [];
  const defaults = options.production ? {} : developmentDefaults(options.dataDir);
  const get = (name: string): string => {
    const value = readVar(env, name) ?? defaults[name];
    if (value === undefined) {
      problems.push({ variable: name, problem: options.production ? 'is required in production' : 'is missing' });
      return '';
    }
    return value;
  };
  const optional = (name: string) => readVar(env, name) ?? defaults[name];
  const wechat = provider(PROVIDERS.wechat, optional, problems);
  const alipay = provider(PROVIDERS.alipay, (name) => readVar(env, name), problems);
  if (alipay) checkAlipayKeys(alipay.ALIPAY_PRIVATE_KEY, alipay.ALIPAY_PUBLIC_KEY, problems);
  const tencentSms = tencentSmsFrom(provider(PROVIDERS.tencentSms, (name) => readVar(env, name), problems), problems);

  const dataKeys = pairs('DATA_KEYS', get('DATA_KEYS'), problems);
  const keys = new Map(dataKeys.map(([id, b64]) => [id, key32('DATA_KEYS', b64, problems)] as const));
  const keyRing: KeyRing = { keys, currentKeyId: dataKeys[0]?.[0] ?? '', indexKey: key32('DATA_INDEX_KEY', get('DATA_INDEX_KEY'), problems) };
  const qrKey = key32('QR_SIGNING_KEY', get('QR_SIGNING_KEY'), problems);
  // Every machine-client key as given, duplicates included (a Map would hide them).
  const given: [string, string][] = [];
  const keysOf = (name: string, value: string) => pairs(name, value, problems).map(([who, k]) => (given.push([name, k]), [who, k] as [string, string]));
  const byKey = (name: string) => new Map(keysOf(name, get(name)).map(([who, k]) => [k, who] as const));
  const secrets: Secrets = {
    keyRing,
    qrKey,
    scannerKeys: byKey('SCANNER_API_KEYS'),
    agencyKeys: byKey('AGENCY_API_KEYS'),
    // Optional even in production: without keys the operator API answers 401 to everyone.
    operatorKeys: new Map(keysOf('OPERATOR_API_KEYS', optional('OPERATOR_API_KEYS') ?? '').map(([who, k]) => [k, who] as const)),
    bankKeys: bankKeysFrom(keysOf('BANK_API_KEYS', optional('BANK_API_KEYS') ?? ''), problems),
    wechat: { appId: wechat?.WECHAT_APPID ?? '', secret: wechat?.WECHAT_SECRET ?? '' },
    alipay: { appId: alipay?.ALIPAY_APPID ?? '', privateKeyPem: alipay?.ALIPAY_PRIVATE_KEY ?? '', alipayPublicKeyPem: alipay?.ALIPAY_PUBLIC_KEY ?? '' },
    tencentSms,
  };
  checkMachineKeys(given, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return secrets;
}
