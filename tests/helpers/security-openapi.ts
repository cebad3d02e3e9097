import { CONSENT_VERSION } from '../../bff/src/content/consent';
import type { TestApi } from './api';
import { makeIdNumber } from './api';

/** The parts of a JSON Schema (as the OpenAPI document carries it) the generators read. */
export interface Schema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
}

/** Who calls an operation: nobody in particular, a session, or a machine kind (`scanner` for `scannerKey`). */
export type Caller = string;

export interface Param {
  name: string;
  schema: Schema;
}

/** One operation of the OpenAPI document, reduced to what a request needs. */
export interface Operation {
  operationId: string;
  method: string;
  /** Template, `/api/v1/records/{id}`. */
  path: string;
  caller: Caller;
  pathParams: Param[];
  queryParams: Param[];
  /** JSON body schema; undefined when the route reads no JSON body. */
  body?: Schema;
  /** Non-JSON body (uploads). */
  upload: boolean;
}

interface RawOperation {
  operationId: string;
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

function callerOf(op: RawOperation): Caller {
  const [scheme] = (op.security ?? []).flatMap((s) => Object.keys(s));
  return scheme === undefined ? 'none' : scheme.replace(/Key$/, '');
}

/** Every operation the API documents, read over HTTP like any client would. */
export async function operations(api: TestApi): Promise<Operation[]> {
  const { body } = await api.call('GET', '/api/v1/openapi.json');
  return Object.entries(body.paths as Record<string, Record<string, RawOperation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (where: string) => (op.parameters ?? []).filter((p) => p.in === where).map(({ name, schema }) => ({ name, schema }));
      const content = op.requestBody?.content ?? {};
      return {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        caller: callerOf(op),
        pathParams: params('path'),
        queryParams: params('query'),
        body: content['application/json']?.schema,
        upload: Object.keys(content).some((type) => type !== 'application/json'),
      };
    }),
  );
}

/**
 * Valid values for fields whose pattern or refinement a generic generator cannot satisfy, by field
 * name. A new patterned field makes `sample` throw until it is listed here.
 */
const BY_NAME: Record<string, () => string> = {
  phone: () => '13800138001',
  code: () => '123456',
  password: () => '258147',
  oldPassword: () => '258147',
  newPassword: () => '258147',
  id: () => '0123456789abcdef01234567',
  photoId: () => '0123456789abcdef01234567',
  before: () => '0123456789abcdef01234567',
  period: () => '2024-01',
  from: () => '2024-01',
  to: () => '2024-12',
  year: () => '2024',
  postcode: () => '510000',
  officePhone: () => '020-12345678',
  slug: () => 'a',
  bankCode: () => 'ICBC',
  branchCode: () => 'ICBC-GZ-TH',
  idNumber: () => makeIdNumber('19800101', '110105'),
  /** A card handed over on activation. */
  number: () => 'H20261203',
  cardNumber: () => 'M12345678',
  issuedOn: () => '2026-01-05',
  expiresOn: () => '2036-01-05',
  asOf: () => '2026-01-01T00:00:00.000Z',
  /** The consent notice version binding needs (otherwise it refuses before reading the ID number). */
  version: () => CONSENT_VERSION,
};

/** A value the schema accepts (optional properties included, so each can be mutated). */
export function sample(schema: Schema, name = ''): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.oneOf ?? schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)?.[0] as Schema, name);
  const named = BY_NAME[name];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, sample(s, key)]));
    case 'array':
      return [sample(schema.items ?? {}, name)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    case 'string':
      if (named) return named();
      if (schema.pattern) throw new Error(`no sample for ${name} (${schema.pattern}): add it to BY_NAME`);
      return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      if (named) return named();
      throw new Error(`no sample for ${name}: schema ${JSON.stringify(schema)}`);
  }
}

/**
 * Percent-encodes text as UTF-8; a lone surrogate (which encodeURIComponent refuses) as the three
 * bytes a careless encoder would send (WTF-8), so the server sees what a hostile client can send.
 */
export function encodeText(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[^]/gu, (char) => {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    return encodeURIComponent(char);
  });
}

/** A query string of these pairs, encoded by `encodeText`. */
export function queryString(pairs: [string, string][]): string {
  return pairs.map(([key, value]) => `${encodeText(key)}=${encodeText(value)}`).join('&');
}

/** `/records/{id}` with its parameters filled in (each value encoded by `encodeText`). */
export function fillPath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeText(values[name] ?? String(sample(op.pathParams.find((p) => p.name === name)?.schema ?? {}, name))));
}
