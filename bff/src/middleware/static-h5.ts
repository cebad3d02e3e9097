import { existsSync } from 'node:fs';
import path from 'node:path';
import { send } from '@koa/send';
import type { Middleware } from 'koa';
import { isApiPath } from '../http/api-path';

const YEAR_SECONDS = 365 * 24 * 60 * 60;
/** Webpack's content hash in a file name (`js/app.1a2b3c4d.js`): the name changes with the bytes. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;
const INDEX = 'index.html';

/** A route of the app (`/pages/home/index`) rather than a file: no extension in its last segment. */
function isAppRoute(urlPath: string): boolean {
  return !path.posix.basename(urlPath).includes('.');
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Serves the H5 build (miniapp/dist/h5) from the API's origin, behind the API routes: hashed assets
 * cached for a year, index.html revalidated every time so a new build is picked up at once, and
 * app routes answered with index.html (the router runs in the browser). Files starting with a dot
 * (.source-hash) are not served.
 */
export function staticH5(root: string): Middleware {
  const resolvedRoot = path.resolve(root);
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || isApiPath(ctx.path)) return next();
    const options = {
      root: resolvedRoot,
      index: INDEX,
      setHeaders(res: { setHeader(name: string, value: string): void }, file: string) {
        const immutable = HASHED.test(file) && path.basename(file) !== INDEX;
        res.setHeader('Cache-Control', immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');
      },
    };
    try {
      await send(ctx, ctx.path, options);
      return;
    } catch (error) {
      const status = statusOf(error);
      // A path send refuses (traversal, a bad escape, a null byte: 400 or 403) is no file here: a
      // 404, not a server error in the log.
      if (status === undefined || status >= 500) throw error;
      if (status !== 404) return next();
    }
    // A missing app route gets the app; a missing asset stays a 404 (HTML is no script).
    if (!isAppRoute(ctx.path)) return next();
    await send(ctx, INDEX, options);
  };
}

/** The H5 build's folder when it holds a build, else undefined (the BFF then serves the API alone). */
export function h5BuildAt(dir: string): string | undefined {
  return existsSync(path.join(dir, INDEX)) ? dir : undefined;
}
