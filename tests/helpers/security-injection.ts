import { fillPath, type Operation } from './security-openapi';
import { baseline, queryBaselines, type WireRequest } from './security-requests';

/** Put in every hostile value, so an answer that echoes the input is caught. */
export const MARK = 'zq7hostile';

export interface Case {
  label: string;
  request: WireRequest;
  /** Codes a refusal may carry; VALIDATION_FAILED when not said. */
  codes?: string[];
  /** 400 when not said. */
  status?: number;
}

/**
 * The body parser (co-body with @hapi/bourne) refuses JSON with a `__proto__` key anywhere as
 * unreadable, before the hostile-input middleware sees it: a 400 either way.
 */
const PROTO_IN_JSON = ['VALIDATION_FAILED', 'MALFORMED_JSON'];

/** MongoDB query operators as a value (OWASP NoSQL injection examples, plus marked variants). */
export const OPERATOR_VALUES: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: `function () { return '${MARK}' }` },
  { $regex: `.*${MARK}`, $options: 'si' },
  { $in: [MARK] },
  { $exists: true, $nin: [MARK] },
];

/** Keys that are operators or reach a prototype, each with a value that would pollute. */
export const HOSTILE_KEYS: [string, unknown][] = [
  ['$where', `sleep(100) || '${MARK}'`],
  ['$gt', MARK],
  ['$set', { polluted: MARK }],
  ['__proto__', { polluted: MARK }],
  ['constructor', { prototype: { polluted: MARK } }],
  ['prototype', { polluted: MARK }],
];

/** An object with `key` as an own property, even `__proto__` (plain assignment would set the prototype). */
export function withKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Every object in a JSON value with its path: `[]` is the root, `['records', 0, 'place']` deeper. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))];
}

function at(root: unknown, path: (string | number)[]): Record<string, unknown> {
  return path.reduce<any>((node, step) => node[step], root); // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** JSON bodies: hostile keys in every object (nested too), operator objects for every field. */
export function bodyCases(op: Operation): Case[] {
  const base = baseline(op);
  const parsed: unknown = base.body === undefined ? {} : JSON.parse(base.body);
  const fresh = () => JSON.parse(JSON.stringify(parsed)) as unknown;
  const cases: Case[] = [];
  for (const path of objectPaths(parsed)) {
    const where = path.join('.') || '(root)';
    for (const [key, value] of HOSTILE_KEYS) {
      const root = fresh();
      withKey(at(root, path), key, value);
      cases.push({ label: `body ${where} key ${key}`, request: { ...base, body: JSON.stringify(root) }, ...(key === '__proto__' ? { codes: PROTO_IN_JSON } : {}) });
    }
    for (const field of Object.keys(at(parsed, path))) {
      OPERATOR_VALUES.forEach((operator, i) => {
        const root = fresh();
        at(root, path)[field] = operator;
        cases.push({ label: `body ${where}.${field} operator #${i}`, request: { ...base, body: JSON.stringify(root) } });
      });
    }
  }
  return cases;
}

const PATH_VALUES = ['{"$gt":""}', '{"$ne":null}', `{"$where":"${MARK}"}`, '$where', '__proto__', 'constructor', 'prototype'];

export function pathCases(op: Operation): Case[] {
  return op.pathParams.flatMap((param) => PATH_VALUES.map((value) => ({ label: `path ${param.name}=${value}`, request: { ...baseline(op), path: fillPath(op, { [param.name]: value }) } })));
}

function query(entries: [string, string][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) params.append(key, value);
  return params.toString();
}

/** Bracket and JSON forms (`year[$gt]=1`, `year={"$ne":null}`) for each parameter; prototype keys on every route. */
export function queryCases(op: Operation): Case[] {
  const base = baseline(op);
  const everywhere: [string, string][] = [
    ['__proto__[polluted]', MARK],
    ['constructor[prototype][polluted]', MARK],
    ['__proto__', MARK],
    ['$where', MARK],
    ['filter', `{"$ne":null,"m":"${MARK}"}`],
  ];
  const cases = everywhere.map(([key, value]) => ({ label: `query ${key}`, request: { ...base, query: query([...new URLSearchParams(base.query ?? ''), [key, value]]) } }));
  for (const params of queryBaselines(op)) {
    for (const name of Object.keys(params)) {
      const others = Object.entries(params).filter(([key]) => key !== name);
      for (const [key, value] of [[`${name}[$gt]`, MARK], [`${name}[$ne]`, ''], [`${name}[__proto__][polluted]`, MARK], [name, `{"$gt":"${MARK}"}`]]) {
        cases.push({ label: `query ${key}=${value}`, request: { ...base, query: query([...others, [key as string, value as string]]) } });
      }
    }
  }
  return cases;
}

/** Header names and values: the header object of some frameworks is a plain object too. */
export function headerCases(op: Operation): Case[] {
  const named: [string, string][] = [
    ['__proto__', `{"polluted":"${MARK}"}`],
    ['constructor', MARK],
    ['$where', MARK],
    ['x-filter', `{"$ne":null,"m":"${MARK}"}`],
    ['accept-language', '__proto__'],
    ['idempotency-key', `{"$gt":"${MARK}"}`],
  ];
  return named.map(([name, value]) => ({ label: `header ${name}`, request: { ...baseline(op), headers: withKey({}, name, value) } }));
}
