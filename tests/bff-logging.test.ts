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
  t.like(line, { method: 'GET', path: '/api/v1/:x', status: 404, code: 'NOT_FOUND' });
  t.false(log.text().includes('token=abc'));
});

test('a path no route matched keeps only words of the API, or plain file names that hold no number', async (t) => {
  const { url, log } = await startApp(t, { routers: [cardsRouter()] });
  const paths: [string, string][] = [
    ['/api/v1/cards/A1/zhangsan', '/api/v1/cards/:x/:x'],
    ['/api/v1/1101-0519-4912-3100-2X', '/api/v1/:x'],
    ['/pages/6222-0212-3456-7890/index.js', '/pages/:x/index.js'],
    ['/assets/app.3f2a9c1d.css', '/assets/app.3f2a9c1d.css'],
    // Past the 200-character budget the path ends: no cut-off head of a segment is kept.
    [`/static/${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(60)}/4401${'d'.repeat(56)}`, `/static/${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(60)}/:more`],
  ];
  for (const [path] of paths) await fetch(`${url}${path}`);
  await log.waitFor((entry) => entry.msg === 'request completed' && String(entry.path).startsWith('/static/'));
  const logged = log.entries().filter((entry) => entry.msg === 'request completed').map((entry) => entry.path);
  t.deepEqual(logged, paths.map(([, expected]) => expected));
  for (const secret of ['zhangsan', '4912', '3456', '4401']) t.false(log.text().includes(secret), secret);
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

test('every line carries the ISO time it was written, to the millisecond, in order', async (t) => {
  const { url, log } = await startApp(t, { routers: [cardsRouter()] });
  const before = Date.now();
  await fetch(`${url}/api/v1/cards/A1`);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await fetch(`${url}/api/v1/cards/A2`);
  await log.waitFor((entry) => entry.msg === 'request completed' && log.entries().filter((e) => e.msg === 'request completed').length === 2);
  const after = Date.now();
  const times = log.entries().filter((e) => e.msg === 'request completed').map((e) => e.time as string);
  for (const time of times) {
    t.regex(time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    t.true(Date.parse(time) >= before && Date.parse(time) <= after, `${time} within the requests`);
  }
  t.true(Date.parse(times[1]!) - Date.parse(times[0]!) >= 10, 'a line written later carries a later time');
});
