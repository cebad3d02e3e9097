import { MARK, type Case } from './security-injection';
import { fillPath, queryString, type Operation } from './security-openapi';
import { baseline, queryBaselines } from './security-requests';

type Path = (string | number)[];

/** Every field of a JSON value (object properties and array items, nested) with its value. */
function fields(value: unknown, path: Path = []): [Path, unknown][] {
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value && typeof value === 'object' ? Object.entries(value) : [];
  return children.flatMap(([key, child]) => [[[...path, key], child] as [Path, unknown], ...fields(child, [...path, key])]);
}

function replaced(root: unknown, path: Path, value: unknown): string {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], copy); // eslint-disable-line @typescript-eslint/no-explicit-any
  parent[path[path.length - 1] as string | number] = value;
  return JSON.stringify(copy);
}

/**
 * Arrays a body may send empty: an import carries records, account figures or both, so either
 * list alone may be empty (both empty is refused, and tried by its own test).
 */
const MAY_BE_EMPTY: Record<string, readonly string[]> = { importRecords: ['records', 'accounts'] };

/** Values of another type than the field's own (an empty list counts as wrong where one is needed). */
function wrongTypes(value: unknown, emptyAllowed: boolean): unknown[] {
  if (typeof value === 'string') return [12345, 1.5, true, null, [], {}];
  if (typeof value === 'number') return ['7', 1.5, -1, true, null, [], {}];
  if (typeof value === 'boolean') return ['true', 1, null, [], {}];
  if (Array.isArray(value)) return emptyAllowed ? ['x', 1, null, {}] : ['x', 1, null, {}, []];
  return ['x', 1, true, null, []];
}

/** Text nobody types or that no field allows; each carries the marker so an echo is caught. */
export const UNICODE_VALUES: [string, string][] = [
  ['lone high surrogate', `${MARK}\ud800`],
  ['lone low surrogate', `\udc00${MARK}`],
  ['zero-width space', `${MARK}\u200b`],
  ['zero-width joiner', `\u200d${MARK}`],
  ['byte order mark', `\ufeff${MARK}`],
  ['right-to-left override', `\u202e${MARK}`],
  ['right-to-left isolate', `\u2067${MARK}\u2069`],
  ['NUL byte', `${MARK}\u0000`],
  ['escape character', `${MARK}\u001b[31m`],
  ['10k ASCII characters', MARK.repeat(1000)],
];
/** Too long for any field; only in bodies (a URL this long is refused by Node before the app). */
const LONG_CJK: [string, string] = ['10k CJK characters', `${MARK}${'陈'.repeat(10_000)}`];

function bodyOf(op: Operation): unknown {
  const { body } = baseline(op);
  return body === undefined ? undefined : JSON.parse(body);
}

export function wrongTypeCases(op: Operation): Case[] {
  const root = bodyOf(op);
  return fields(root).flatMap(([path, value]) =>
    wrongTypes(value, MAY_BE_EMPTY[op.operationId]?.includes(path.join('.')) ?? false).map((wrong) => ({ label: `body ${path.join('.')} = ${JSON.stringify(wrong)}`, request: { ...baseline(op), body: replaced(root, path, wrong) } })),
  );
}

/** A field no schema knows, in every object: refused without quoting its name back (it may be personal). */
export function unknownFieldCases(op: Operation): Case[] {
  const root = bodyOf(op) ?? {};
  const objects: Path[] = [[], ...fields(root).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v)).map(([path]) => path)];
  return objects.map((path) => {
    const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>;
    const node = path.reduce<any>((n, step) => n[step], copy); // eslint-disable-line @typescript-eslint/no-explicit-any
    node[`${MARK}110105194912310021`] = 1;
    return { label: `body ${path.join('.') || '(root)'} unknown field`, request: { ...baseline(op), body: JSON.stringify(copy) } };
  });
}

export function unicodeBodyCases(op: Operation): Case[] {
  const root = bodyOf(op);
  const strings = fields(root).filter(([, value]) => typeof value === 'string');
  return strings.flatMap(([path]) =>
    [...UNICODE_VALUES, LONG_CJK].map(([name, text]) => ({ label: `body ${path.join('.')} ${name}`, request: { ...baseline(op), body: replaced(root, path, text) } })),
  );
}

export function unicodeParamCases(op: Operation): Case[] {
  const inPath = op.pathParams.flatMap((param) => UNICODE_VALUES.map(([name, text]) => ({ label: `path ${param.name} ${name}`, request: { ...baseline(op), path: fillPath(op, { [param.name]: text }) } })));
  const inQuery = queryBaselines(op).flatMap((params) =>
    Object.keys(params).flatMap((key) =>
      UNICODE_VALUES.map(([name, text]) => ({ label: `query ${key} ${name}`, request: { ...baseline(op), query: queryString(Object.entries({ ...params, [key]: text })) } })),
    ),
  );
  // A parameter no route reads still reaches the app: every route refuses unsafe text in one (a long
  // one is harmless there, and the URL's length is bounded by Node's header limit).
  const stray = UNICODE_VALUES.filter(([name]) => !name.startsWith('10k')).map(([name, text]) => ({ label: `query stray ${name}`, request: { ...baseline(op), query: queryString([...new URLSearchParams(baseline(op).query ?? ''), ['note', text]]) } }));
  return [...inPath, ...inQuery, ...stray];
}

/** Unreadable JSON, with the JSON content type: 400 MALFORMED_JSON on every route that reads a body. */
export const BAD_JSON = ['{"a":', "{'a':1}", '[1,]', '"just a string"', 'nul', '{"a":1}}', 'NaN', '{/* comment */}', `{"${MARK}":undefined}`, '\u0000'];

export function badJsonCases(op: Operation): Case[] {
  return BAD_JSON.map((text) => ({ label: `bad JSON ${JSON.stringify(text).slice(0, 30)}`, request: { ...baseline(op), body: text }, codes: ['MALFORMED_JSON'] }));
}

/** Valid JSON nested deeper than any request needs (a recursive walk of it would overflow the stack). */
export function deepCase(op: Operation): Case {
  return { label: 'body nested 20000 deep', request: { ...baseline(op), body: `{"${MARK}":${'['.repeat(20_000)}${']'.repeat(20_000)}}` } };
}

/** A body just over the limit: 100 kB for people's routes, 1 MB for agency batches. */
export function oversizeCase(op: Operation): Case {
  const limit = op.caller === 'agency' ? 1024 * 1024 : 100 * 1024;
  return { label: `body over ${limit} bytes`, request: { ...baseline(op), body: JSON.stringify({ pad: MARK.repeat(Math.ceil(limit / MARK.length) + 10) }) }, codes: ['PAYLOAD_TOO_LARGE'], status: 413 };
}
