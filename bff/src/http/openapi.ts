import { z } from 'zod';
import type { ErrorCode } from '../i18n/messages';
import { API_PREFIX } from '../routes/api';
import type { Auth, Resource, RouteDef } from './route';

const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable error code'),
    message: z.string().describe("Message in the request's language (Accept-Language: zh-CN, en, es)"),
    details: z.unknown().optional(),
  }),
});

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** `/:id` -> `/{id}`. */
function openApiPath(prefix: string, path: string): string {
  const full = `${API_PREFIX}${prefix}${path === '/' ? '' : path}`;
  return full.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

const SECURITY: Record<Auth, Record<string, string[]>[] | undefined> = {
  none: undefined,
  session: [{ session: [] }],
  person: [{ session: [] }],
  scanner: [{ scannerKey: [] }],
  agency: [{ agencyKey: [] }],
  agencyOrBank: [{ agencyKey: [] }, { bankKey: [] }],
  operator: [{ operatorKey: [] }],
};

function errorResponses(def: RouteDef): Record<string, ErrorCode[]> {
  const out: Record<string, ErrorCode[]> = {};
  const add = (status: number, codes: ErrorCode[]) => (out[status] = [...new Set([...(out[status] ?? []), ...codes])]);
  if (def.params || def.query || def.body) add(400, ['VALIDATION_FAILED']);
  if (def.body) add(400, ['MALFORMED_JSON']);
  if (def.auth !== 'none') add(401, ['UNAUTHORIZED']);
  if (def.auth === 'person') add(403, ['NOT_BOUND']);
  for (const [status, codes] of Object.entries(def.errors ?? {})) add(Number(status), codes ?? []);
  add(500, ['INTERNAL']);
  add(503, ['DB_UNAVAILABLE']);
  return out;
}

/** The OpenAPI 3.1 document of every mounted resource, generated from the routes' own schemas. */
export function buildOpenApi(resources: readonly Resource[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const resource of resources) {
    for (const def of resource.routes) {
      const operation: Record<string, unknown> = {
        operationId: def.operationId,
        summary: def.summary,
        tags: [resource.tag],
        parameters: [...parameters(def.params, 'path'), ...parameters(def.query, 'query')],
        responses: {
          [String(def.status ?? 200)]:
            def.status === 204
              ? { description: 'No content' }
              : { description: 'Success', content: { 'application/json': { schema: schemaOf(def.response, 'output') } } },
          ...Object.fromEntries(
            Object.entries(errorResponses(def)).map(([status, codes]) => [
              status,
              { description: `Error: ${codes.join(', ')}`, content: { 'application/json': { schema: schemaOf(ErrorBody, 'output') } } },
            ]),
          ),
        },
      };
      const security = SECURITY[def.auth];
      if (security) operation.security = security;
      if (def.body) operation.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(def.body, 'input') } } };
      if (def.bodyContentType) operation.requestBody = { required: true, content: { [def.bodyContentType]: { schema: { type: 'string', format: 'binary' } } } };
      (paths[openApiPath(resource.prefix, def.path)] ??= {})[def.method] = operation;
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Social security card BFF', version, description: 'API of the electronic social security card mini-program.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'http', scheme: 'bearer', description: 'Opaque session token from a login route' },
        scannerKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Key of a clinic or service-window scanner' },
        agencyKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Key of a social insurance agency system (records, reviews, every application)' },
        bankKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: "Key of a co-issuing bank's system: its own applications and cards only" },
        operatorKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Key of an operator of the BFF (dead-letter notifications)' },
      },
    },
    paths,
  };
}
