import type Router from '@koa/router';
import type { Middleware } from 'koa';
import compose from 'koa-compose';
import { z } from 'zod';
import type { Deps } from '../deps';
import { ValidationError } from '../errors';
import type { ErrorCode } from '../i18n/messages';
import { requireApiKey, requirePerson, requireSession } from '../middleware/auth';
import type { AppContext, AppState } from '../types';
import { JsonText } from './json-text';

/**
 * Who may call a route: nobody in particular, any session, a session bound to a person, or a
 * machine client with a scanner, agency or operator API key.
 */
/** `agencyOrBank`: the agency's keys, or a bank's, limited to that bank (`ctx.state.bankScope`). */
export type Auth = 'none' | 'session' | 'person' | 'scanner' | 'agency' | 'agencyOrBank' | 'operator';

type AnySchema = z.ZodType;
type Infer<S> = S extends AnySchema ? z.output<S> : undefined;

export interface Input<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
}

/**
 * One HTTP route: its schemas validate the request, document it in OpenAPI and (in tests) check
 * the response, so the document cannot drift from what the route does. A handler validates
 * nothing itself: it calls a service and returns the body.
 */
export interface RouteDef<P extends AnySchema | undefined = AnySchema | undefined, Q extends AnySchema | undefined = AnySchema | undefined, B extends AnySchema | undefined = AnySchema | undefined, R extends AnySchema = AnySchema> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Koa path relative to the resource router's prefix, e.g. `/:id`. */
  path: string;
  operationId: string;
  summary: string;
  auth: Auth;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Success status; 200 unless said. 204 routes return undefined. */
  status?: number;
  /** Error answers this route gives beyond the ones every route of its kind gives. */
  errors?: Partial<Record<number, ErrorCode[]>>;
  /** Request body is not JSON (uploads): documented by `bodyContentType`, read by the handler. */
  bodyContentType?: string;
  handler(ctx: AppContext, input: Input<P, Q, B>): Promise<z.input<R> | JsonText | undefined>;
  /**
   * For a person's GET that answers 304 to a current ETag and can keep its full answers: what it
   * would answer, when this instance can tell without the database (undefined otherwise). Such a
   * read is answered before Koa (http/kept-reads.ts); the handler must give the same ETag and body,
   * and log the read under the same action.
   */
  knownAnswer?(personId: string, input: Input<P, Q, B>): KnownAnswer | undefined;
}

/** A read's answer as far as an instance can tell it from memory. */
export interface KnownAnswer {
  etag: string;
  /** The full answer kept under the ETag, if this instance keeps it. */
  kept(): JsonText | undefined;
  /** The access-log action a full answer is recorded under before it is sent. */
  access: string;
}

export function route<P extends AnySchema | undefined, Q extends AnySchema | undefined, B extends AnySchema | undefined, R extends AnySchema>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

export interface Resource {
  /** Mount point under /api/v1, e.g. `/cards`. */
  prefix: string;
  tag: string;
  routes: RouteDef[];
}

function parse<S extends AnySchema | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    const error = ValidationError.fromZod(result.error);
    for (const issue of (error.details as { issues: { path: string }[] }).issues) issue.path = issue.path ? `${where}.${issue.path}` : where;
    throw error;
  }
  return result.data as Infer<S>;
}

function authMiddleware(deps: Deps, auth: Auth): Middleware<AppState>[] {
  switch (auth) {
    case 'none':
      return [];
    case 'session':
      return [requireSession(deps)];
    case 'person':
      return [requirePerson(deps)];
    case 'scanner':
      return [requireApiKey(deps.secrets.scannerKeys)];
    case 'agency':
      return [requireApiKey(deps.secrets.agencyKeys)];
    case 'agencyOrBank':
      return [requireApiKey(deps.secrets.agencyKeys, deps.secrets.bankKeys)];
    case 'operator':
      return [requireApiKey(deps.secrets.operatorKeys ?? new Map())];
  }
}

/** Registers a resource's routes on `router` with authentication, validation and response checks. */
export function mount(router: Router<AppState>, deps: Deps, resource: Resource): void {
  for (const def of resource.routes) {
    const handle: Middleware<AppState> = async (ctx) => {
      const input = {
        params: parse(def.params, ctx.params, 'params'),
        query: parse(def.query, ctx.query, 'query'),
        body: def.bodyContentType ? undefined : parse(def.body, (ctx.request as { body?: unknown }).body ?? {}, 'body'),
      };
      const result = await def.handler(ctx as AppContext, input as never);
      if (ctx.status === 304) return;
      if (deps.settings.checkResponses && def.status !== 204) def.response.parse(result instanceof JsonText ? JSON.parse(result.text) : result);
      ctx.status = def.status ?? 200;
      if (def.status === 204) return;
      if (result instanceof JsonText) {
        ctx.type = 'application/json';
        ctx.body = result.bytes;
      } else ctx.body = result;
    };
    // Composed once here rather than handed to the router as a list, which it would compose on
    // every request.
    router[def.method](def.operationId, def.path, compose([...authMiddleware(deps, def.auth), handle]));
  }
}
