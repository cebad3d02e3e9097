import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Deps } from '../deps';
import { bearer } from '../middleware/auth';
import { headersProblem, queryProblem } from '../middleware/hostile-input';
import { REQUEST_ID_HEADER, isSafeRequestId, requestIdFor } from '../middleware/request-id';
import type { RequestLines } from '../middleware/request-log';
import { API_CACHE_CONTROL, SECURITY_HEADERS } from '../middleware/security-headers';
import { API_PREFIX } from '../routes/api';
import { recordRead } from '../services/access-log-service';
import { etagMatches } from '../services/records-etag';
import { keptSession, type SessionInfo } from '../services/session-service';
import type { JsonText } from './json-text';
import type { Resource, RouteDef } from './route';

interface KeptRoute {
  template: string;
  def: RouteDef;
  /** The route's query as its schema gives it, or undefined when it is left to Koa. */
  queryOf(text: string): { data: unknown } | undefined;
}

/** The routes a person's read can be answered for before Koa (`knownAnswer`), by the paths the router matches. */
export interface KeptReads {
  routes: ReadonlyMap<string, KeptRoute>;
  /** The session behind a token when this instance can tell without the database. */
  sessionOf(token: string): SessionInfo | undefined;
  /** Writes the access-log entry of a full answer, as the route does, before it is sent. */
  recordRead(session: SessionInfo, personId: string, action: string, requestId: string): Promise<void>;
  /** Where responses are checked against their schema (tests), a kept answer is checked too. */
  passesResponseCheck(def: RouteDef, body: JsonText): boolean;
}

/** Collects the routes that can tell their answer from memory: a person's GETs without path parameters. */
export function keptReads(deps: Deps, resources: readonly Resource[]): KeptReads {
  const routes = new Map<string, KeptRoute>();
  for (const resource of resources) {
    for (const def of resource.routes) {
      if (!def.knownAnswer) continue;
      if (def.method !== 'get' || def.auth !== 'person' || def.params || def.body || def.path.includes(':')) {
        throw new Error(`${def.operationId}: only a person's GET without path parameters can be answered before the router`);
      }
      // The template the router logs, and the paths it matches to it: with and without a final slash.
      const template = `${API_PREFIX}${resource.prefix}${def.path === '/' ? '' : def.path}`;
      const entry = { template, def, queryOf: queryReader(def) };
      for (const path of [template, `${template}/`]) routes.set(path, entry);
    }
  }
  return {
    routes,
    sessionOf: (token) => keptSession(deps, token),
    recordRead: (session, personId, action, requestId) => recordRead(deps, session, personId, action, requestId),
    passesResponseCheck: (def, body) => !deps.settings.checkResponses || def.response.safeParse(JSON.parse(body.text)).success,
  };
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

/** Most reads of a route repeat a few query strings (a page's year or span). */
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

const INCOMING_ID = REQUEST_ID_HEADER.toLowerCase();
/** What the security-headers middleware sets on every API answer, as name, value, name, value. */
const FIXED_HEADERS = [...SECURITY_HEADERS.flat(), 'Cache-Control', API_CACHE_CONTROL];
/** What Koa says of a JSON body. */
const JSON_TYPE = 'application/json; charset=utf-8';

export interface FrontOptions {
  lines: RequestLines;
  /** For what goes wrong; every request line goes to `lines`. */
  logger: Logger;
  /** Behind a trusted gateway, its request id is kept (as the request-id middleware does). */
  adoptIncomingIds: boolean;
}

/** Answers a request itself, or hands it on to Koa with `next`. */
export type Front = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Answers a person's read before Koa when everything the answer depends on is in this instance's
 * memory: the session (kept, valid, not due for its touch), the ETag of the route's answer (for
 * records, the person's kept version) and, for a full answer, the answer kept under that ETag. A
 * current ETag gets 304; otherwise the access-log entry is written first, as the route writes it,
 * and the kept answer follows.
 *
 * It answers exactly as the full stack would: the same checks on headers and query, the same
 * session and schema, the same headers, entry and request line, and only for paths, query strings
 * and requests it reads without doubt. Anything else goes through Koa, which answers it, errors
 * included: a failing check, a session or answer not kept, an access-log write that failed.
 *
 * These reads are what the app does each time a records page opens. Through Koa's chain they cost
 * the BFF two to four times what the same answer costs without it (docs/PERFORMANCE.md).
 */
export function keptReadsFront(reads: KeptReads, { lines, logger, adoptIncomingIds }: FrontOptions): Front {
  const answer = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    // A request with a body goes through the body parser and its checks.
    if (req.method !== 'GET' || req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0') return next();
    const started = process.hrtime.bigint();
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const found = reads.routes.get(mark < 0 ? url : url.slice(0, mark));
    if (!found) return next();
    // The path is one of the routes' own, so the hostile-input checks have only headers and query to read.
    const query = found.queryOf(mark < 0 ? '' : url.slice(mark + 1));
    if (!query || headersProblem(req.rawHeaders)) return next();
    const incomingId = req.headers[INCOMING_ID];
    if (adoptIncomingIds && typeof incomingId === 'string' && incomingId !== '' && !isSafeRequestId(incomingId)) return next();
    const token = bearer(req.headers.authorization);
    const session = token ? reads.sessionOf(token) : undefined;
    const personId = session?.personId;
    if (!session || !personId) return next();
    const known = found.def.knownAnswer?.(personId, { params: undefined, query: query.data, body: undefined });
    if (!known) return next();
    const path = found.template;
    const reqId = requestIdFor(typeof incomingId === 'string' ? incomingId : undefined, adoptIncomingIds);

    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && etagMatches(ifNoneMatch, known.etag)) {
      res.writeHead(304, [REQUEST_ID_HEADER, reqId, ...FIXED_HEADERS, 'ETag', known.etag]);
      res.end();
      lines.write({ reqId, method: 'GET', path, status: 304, started });
      return;
    }
    const body = known.kept();
    if (!body || !reads.passesResponseCheck(found.def, body)) return next();
    // Logged when the response closes, as the request-log middleware does: a client that goes away
    // while the entry is written gets the same line (nothing was sent, so Koa's default 404).
    const logLine = () => lines.write({ reqId, method: 'GET', path, status: res.headersSent ? 200 : 404, started, aborted: !res.writableFinished });
    res.once('close', logLine);
    // A disclosure is logged before it is made; if the entry cannot be written, Koa tries again and answers.
    reads
      .recordRead(session, personId, known.access, reqId)
      .then(
        () => {
          if (res.destroyed) return;
          res.writeHead(200, [REQUEST_ID_HEADER, reqId, ...FIXED_HEADERS, 'ETag', known.etag, 'Content-Type', JSON_TYPE, 'Content-Length', String(body.bytes.length)]);
          res.end(body.bytes);
        },
        (error: unknown) => {
          if (res.destroyed) return;
          logger.warn({ err: error, reqId }, 'kept read: the access-log entry could not be written; the route tries again');
          res.off('close', logLine);
          next();
        },
      )
      .catch((error: unknown) => fail(res, error));
  };

  // Whatever throws here is a defect: before anything is written Koa still answers; after, the
  // response is cut (as Koa does when it fails after the headers), never the process.
  const fail = (res: ServerResponse, error: unknown) => {
    logger.error({ err: error }, 'kept read failed');
    res.destroy();
  };
  return (req, res, next) => {
    try {
      answer(req, res, next);
    } catch (error) {
      if (res.headersSent) fail(res, error);
      else {
        logger.error({ err: error }, 'kept read failed before answering: handed to Koa');
        next();
      }
    }
  };
}
