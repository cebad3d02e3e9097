import Router from '@koa/router';
import test, { type ExecutionContext } from 'ava';
import type { AppState } from '../bff/src/types';
import { startApp, type TestApp } from './helpers/bff-app';

function echoRouter(): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/echo' });
  router.post('/', (ctx) => {
    ctx.body = { received: ctx.request.body };
  });
  router.post('/explode', () => {
    throw new Error('handler failed after reading the body');
  });
  return router;
}

const app = (t: ExecutionContext): Promise<TestApp> => startApp(t, { routers: [echoRouter()] });

const post = (url: string, body: string, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

test('parses a JSON body for the route', async (t) => {
  const { url } = await app(t);
  const response = await post(`${url}/api/v1/echo`, '{"cardNo":"A12345678","n":[1,2]}');
  t.is(response.status, 200);
  t.deepEqual(await response.json(), { received: { cardNo: 'A12345678', n: [1, 2] } });
});

test('answers malformed JSON with 400 MALFORMED_JSON before any route runs', async (t) => {
  const { url } = await app(t);
  for (const target of [`${url}/api/v1/echo`, `${url}/api/v1/no-such-route`]) {
    const response = await post(target, '{"cardNo": "A1234');
    t.is(response.status, 400);
    t.like(await response.json(), { error: { code: 'MALFORMED_JSON' } });
  }
});

test('refuses a bare JSON string at the top level as malformed', async (t) => {
  const { url } = await app(t);
  const response = await post(`${url}/api/v1/echo`, '"just a string"');
  t.is(response.status, 400);
  t.like(await response.json(), { error: { code: 'MALFORMED_JSON' } });
});

test('answers a body over 100 kB with 413 PAYLOAD_TOO_LARGE', async (t) => {
  const { url } = await app(t);
  const response = await post(`${url}/api/v1/echo`, JSON.stringify({ blob: 'x'.repeat(110 * 1024) }));
  t.is(response.status, 413);
  t.like(await response.json(), { error: { code: 'PAYLOAD_TOO_LARGE' } });
});

test('keeps the request body out of the logs even when the handler fails', async (t) => {
  const { url, log } = await app(t);
  const response = await post(`${url}/api/v1/echo/explode`, '{"idNumber":"11010519491231002X","phone":"13812341234"}');
  t.is(response.status, 500);
  await log.waitFor((entry) => entry.msg === 'request completed');
  t.false(log.text().includes('11010519491231002X'));
  t.false(log.text().includes('13812341234'));
});
