import type { Middleware } from 'koa';
import { ValidationError } from '../errors';
import { isApiPath } from '../http/api-path';
import { findInJson, keyProblem, queryKeyProblem, smuggledKeyProblem, textProblem, type Problem } from '../security/hostile-values';

const MESSAGES: Record<Problem, string> = {
  operatorKey: 'keys starting with $ are not accepted',
  prototypeKey: '__proto__, constructor and prototype are not accepted as keys',
  unsafeText: 'control, invisible, direction-override characters and lone surrogates are not accepted',
  tooDeep: 'nested too deeply',
};

// The details name where and what, never the key or value: input is not echoed (it may be personal).
function refuse(where: 'headers' | 'path' | 'query' | 'body', problem: Problem): never {
  throw new ValidationError([{ path: where, code: `hostile_${problem}`, message: MESSAGES[problem] }], 'Hostile input refused');
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // left to the route, which refuses what it cannot match
  }
}

/** The first hostile header name or value. rawHeaders: Node drops a `__proto__` header from `headers` silently; here it is still seen. */
export function headersProblem(raw: readonly string[]): Problem | null {
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const problem = keyProblem((raw[i] as string).toLowerCase()) ?? smuggledKeyProblem(raw[i + 1] as string);
    if (problem) return problem;
  }
  return null;
}

/** The first hostile path segment, decoded; a segment that cannot be decoded is left to the route. */
function pathProblem(path: string): Problem | null {
  for (const segment of path.split('/')) {
    const text = decoded(segment);
    const problem = text === null || text === '' ? null : (keyProblem(text) ?? textProblem(text) ?? smuggledKeyProblem(text));
    if (problem) return problem;
  }
  return null;
}

/** The first hostile key or value of a parsed query. */
export function queryProblem(query: Record<string, string | string[] | undefined>): Problem | null {
  for (const [key, value] of Object.entries(query)) {
    const keyIssue = queryKeyProblem(key);
    if (keyIssue) return keyIssue;
    for (const text of Array.isArray(value) ? value : [value ?? '']) {
      const problem = textProblem(text) ?? smuggledKeyProblem(text);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Refuses, with 400 VALIDATION_FAILED, operator and prototype keys and unsafe text anywhere in an
 * API request: headers, path, query and JSON body. The routes' strict schemas refuse most of it
 * too; this holds for every route, including those that read no body or query at all. Mounted
 * right after the body parser. Other paths (the H5 app's files) interpret no input and pass.
 */
export function hostileInput(): Middleware {
  return async (ctx, next) => {
    if (!isApiPath(ctx.path)) return next();
    const inHeaders = headersProblem(ctx.req.rawHeaders);
    if (inHeaders) refuse('headers', inHeaders);
    const inPath = pathProblem(ctx.path);
    if (inPath) refuse('path', inPath);
    const inQuery = queryProblem(ctx.query);
    if (inQuery) refuse('query', inQuery);
    const body = (ctx.request as { body?: unknown }).body;
    const problem = body === undefined ? null : findInJson(body);
    if (problem) refuse('body', problem);
    await next();
  };
}
