import Router from '@koa/router';
import test from 'ava';
import type { AppState } from '../bff/src/types';
import { memoryLogger, startApp } from './helpers/bff-app';

function cardsRouter(): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/cards' });
  router.get('/:cardNo', (ctx) => {
    ctx.body = { ok: true };
  });
  return router;
}

test('logs one line per request with method, route, status, duration and request id', async (t) => {
  const { url, log } = await startApp(t, { routers: [cardsRouter()] });
  const response = await fetch(`${url}/api/v1/cards/A12345678?phone=13812341234`);
  t.is(response.status, 200);
  const line = await log.waitFor((entry) => entry.msg === 'request completed');
  t.like(line, { method: 'GET', path: '/api/v1/cards/:cardNo', status: 200, reqId: response.headers.get('x-request-id') });
  t.is(typeof line.durationMs, 'number');
  t.false(log.text().includes('A12345678'), 'the route template, not the card number');
  t.false(log.text().includes('13812341234'), 'no query string');
});

test('logs the error code and final status of a failed request', async (t) => {
  const { url, log } = await startApp(t);
  await fetch(`${url}/api/v1/missing?token=abc`);
  const line = await log.waitFor((entry) => entry.msg === 'request completed');
  t.like(line, { method: 'GET', path: '/api/v1/missing', status: 404, code: 'NOT_FOUND' });
  t.false(log.text().includes('token=abc'));
});

test('redacts credentials and personal fields if they are ever logged', (t) => {
  const { logger, log } = memoryLogger();
  logger.info(
    {
      req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=s3cr3t' } },
      body: { anything: 'at all' },
      user: { idNumber: '11010519491231002X', phone: '13812341234', password: '123456', realName: '张三' },
      token: 'tok-1',
    },
    'careless line',
  );
  const text = log.text();
  for (const secret of ['abc.def', 's3cr3t', 'at all', '11010519491231002X', '13812341234', '123456', '张三', 'tok-1']) {
    t.false(text.includes(secret), secret);
  }
  t.like(log.entries()[0], { req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } }, body: '[redacted]' });
});

test('sets nosniff on every answer and no-store on API answers', async (t) => {
  const { url } = await startApp(t, { routers: [cardsRouter()] });
  const api = await fetch(`${url}/api/v1/cards/A12345678`);
  t.is(api.headers.get('x-content-type-options'), 'nosniff');
  t.is(api.headers.get('cache-control'), 'no-store');
  const apiError = await fetch(`${url}/api/v1/missing`);
  t.is(apiError.headers.get('x-content-type-options'), 'nosniff');
  t.is(apiError.headers.get('cache-control'), 'no-store');
  const outside = await fetch(`${url}/favicon.ico`);
  t.is(outside.headers.get('x-content-type-options'), 'nosniff');
  t.is(outside.headers.get('cache-control'), null);
});

test('lets a route choose its own caching over the no-store default', async (t) => {
  const router = new Router<AppState>({ prefix: '/public' });
  router.get('/', (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { help: true };
  });
  const { url } = await startApp(t, { routers: [router] });
  const response = await fetch(`${url}/api/v1/public`);
  t.is(response.headers.get('cache-control'), 'public, max-age=60');
});
