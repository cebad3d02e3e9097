import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Deps } from '../deps';
import { bearer } from '../middleware/auth';
import { headersProblem, queryProblem } from '../middleware/hostile-input';
import { REQUEST_ID_HEADER, isSafeRequestId, requestIdFor } from '../middleware/request-id';
import type { RequestLines } from '../middleware/request-log';
import { API_CACHE_CONTROL, SECURITY_HEADERS } from '../middleware/security-headers';
import { API_PREFIX } from '../routes/api';
import { etagMatches } from '../services/records-etag';
import { keptSession } from '../services/session-service';
import type { SessionInfo } from '../services/session-service';
import type { Resource, RouteDef } from './route';

/** The routes whose revalidations can be answered before Koa, by the paths the router matches them by. */
interface RevalidatedRoute {
  template: string;
  def: RouteDef;
  /** The route's query as its schema gives it, or undefined when the front should leave it to Koa. */
  queryOf(text: string): { data: unknown } | undefined;
}

export interface Revalidation {
  routes: ReadonlyMap<string, RevalidatedRoute>;
  /** The session behind a token when this instance can tell without the database. */
  sessionOf(token: string): SessionInfo | undefined;
}

/** Collects the routes that say how to tell their ETag (`knownEtag`): a person's GETs without path parameters. */
export function revalidations(deps: Deps, resources: readonly Resource[]): Revalidation {
  const routes = new Map<string, RevalidatedRoute>();
  for (const resource of resources) {
    for (const def of resource.routes) {
      if (!def.knownEtag) continue;
      if (def.method !== 'get' || def.auth !== 'person' || def.params || def.body || def.path.includes(':')) {
        throw new Error(`${def.operationId}: only a person's GET without path parameters can be revalidated before the router`);
      }
      // The template the router logs, and the paths it matches to it: with and without a final slash.
      const template = `${API_PREFIX}${resource.prefix}${def.path === '/' ? '' : def.path}`;
      const entry = { template, def, queryOf: queryReader(def) };
      for (const path of [template, `${template}/`]) routes.set(path, entry);
    }
  }
  return { routes, sessionOf: (token) => keptSession(deps, token) };
}

/** Query strings of plain words only: anything encoded, repeated or odd goes through Koa. */
const PLAIN_QUERY = /^(?:[A-Za-z0-9_.-]+=[A-Za-z0-9_.-]*(?:&[A-Za-z0-9_.-]+=[A-Za-z0-9_.-]*)*)?$/;

function plainQuery(text: string): Record<string, string> | undefined {
  if (!PLAIN_QUERY.test(text)) return undefined;
  const query: Record<string, string> = {};
  if (text === '') return query;
  for (const pair of text.split('&')) {
    const [key, value] = pair.split('=') as [string, string];
    if (Object.hasOwn(query, key)) return undefined;
    Object.defineProperty(query, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return query;
}

/** What the security-headers middleware sets on every API answer, as name, value, name, value. */
const INCOMING_ID = REQUEST_ID_HEADER.toLowerCase();
const FIXED_HEADERS = [...SECURITY_HEADERS.flat(), 'Cache-Control', API_CACHE_CONTROL];

/** Most of a route's revalidations repeat a few query strings (a page's year or span). */
const KEPT_QUERIES = 256;
const MAX_KEPT_QUERY_LENGTH = 120;

/**
 * Reads a query string as the route would: Koa's parser, the hostile-input checks, the route's
 * schema (for a route without one, any checked query is ignored, as in the route). The schemas of
 * these routes depend on the text alone, not on the time or on anyone's data, so the answer for a
 * query string is kept.
 */
function queryReader(def: RouteDef): (text: string) => { data: unknown } | undefined {
  const kept = new LRUCache<string, { data: unknown } | false>({ max: KEPT_QUERIES });
  const read = (text: string): { data: unknown } | false => {
    const query = plainQuery(text);
    if (!query || queryProblem(query)) return false;
    if (!def.query) return { data: undefined };
    const parsed = def.query.safeParse(query);
    return parsed.success ? { data: parsed.data } : false;
  };
  return (text) => {
    if (text.length > MAX_KEPT_QUERY_LENGTH) return read(text) || undefined;
    let answer = kept.get(text);
    if (answer === undefined) kept.set(text, (answer = read(text)));
    return answer || undefined;
  };
}

export interface FrontOptions {
  lines: RequestLines;
  /** Behind a trusted gateway, its request id is kept (as the request-id middleware does). */
  adoptIncomingIds: boolean;
}

/**
 * Answers a conditional GET with 304 before Koa, when everything the answer depends on is in this
 * instance's memory: the session (kept, valid, not due for its touch) and the ETag of the route's
 * answer (for records, the person's kept version). It answers exactly as the full stack would: the
 * same checks on headers, path and query, the same session and schema, the same headers and the
 * same request line, and only for paths, query strings and requests it reads without doubt. Anything
 * else, a failing check, an ETag that does not match, returns false and goes through Koa, which
 * answers it, errors included.
 *
 * Revalidation is what the app does each time a records page opens, so it is the commonest read;
 * through Koa's chain it cost about four times what a bare Koa answer does (docs/PERFORMANCE.md).
 */
export function revalidationFront(revalidation: Revalidation, { lines, adoptIncomingIds }: FrontOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const ifNoneMatch = req.headers['if-none-match'];
    // A request with a body goes through the body parser and its checks.
    if (!ifNoneMatch || req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0') return false;
    const started = process.hrtime.bigint();
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const found = revalidation.routes.get(path);
    if (!found) return false;
    // The path is one of the routes' own, so the hostile-input checks have only headers and query to read.
    const query = found.queryOf(mark < 0 ? '' : url.slice(mark + 1));
    if (!query || headersProblem(req.rawHeaders)) return false;
    const incomingId = req.headers[INCOMING_ID];
    if (adoptIncomingIds && typeof incomingId === 'string' && incomingId !== '' && !isSafeRequestId(incomingId)) return false;
    const token = bearer(req.headers.authorization);
    const personId = token ? revalidation.sessionOf(token)?.personId : undefined;
    if (!personId) return false;
    const etag = found.def.knownEtag?.(personId, { params: undefined, query: query.data, body: undefined });
    if (!etag || !etagMatches(ifNoneMatch, etag) || res.destroyed) return false;

    const reqId = requestIdFor(typeof incomingId === 'string' ? incomingId : undefined, adoptIncomingIds);
    res.writeHead(304, [REQUEST_ID_HEADER, reqId, ...FIXED_HEADERS, 'ETag', etag]);
    res.end();
    lines.write({ reqId, method: 'GET', path: found.template, status: 304, started });
    return true;
  };
}
