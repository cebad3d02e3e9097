import test from 'ava';
import { startApp, rawRequest } from './helpers/bff-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('generates a request id when the client sends none and echoes it', async (t) => {
  const { url } = await startApp(t);
  const first = await fetch(`${url}/api/v1/nothing`);
  const second = await fetch(`${url}/api/v1/nothing`);
  t.regex(first.headers.get('x-request-id') ?? '', UUID);
  t.not(first.headers.get('x-request-id'), second.headers.get('x-request-id'));
});

test('behind a trusted gateway, keeps its sane request id and echoes it', async (t) => {
  const { url } = await startApp(t, { trustProxy: true });
  for (const id of ['gw-7f3a9c', 'trace.01:AB_cd-99', 'a'.repeat(128)]) {
    const response = await fetch(`${url}/api/v1/nothing`, { headers: { 'x-request-id': id } });
    t.is(response.headers.get('x-request-id'), id);
  }
});

test('without a trusted gateway, a client\'s request id is not adopted, however plain', async (t) => {
  const { url, log } = await startApp(t);
  const response = await fetch(`${url}/api/v1/health`, { headers: { 'x-request-id': '440106197803120039' } });
  t.regex(response.headers.get('x-request-id') ?? '', UUID);
  await log.waitFor((entry) => entry.msg === 'request completed');
  t.false(log.text().includes('440106197803120039'));
});

test('replaces a hostile or oversized incoming request id with a generated one', async (t) => {
  const { url } = await startApp(t, { trustProxy: true });
  const hostile = [
    'a'.repeat(129),
    '<script>alert(1)</script>',
    'id with spaces',
    '"quoted"',
    '../../etc/passwd',
    'abc%0d%0aSet-Cookie:x=1',
    '-starts-with-dash',
    'caf\u00e9',
    '{"$gt":""}',
  ];
  for (const id of hostile) {
    const response = await rawRequest(`${url}/api/v1/nothing`, { headers: { 'X-Request-Id': id } });
    t.regex(String(response.headers['x-request-id']), UUID, id);
  }
});

test('binds the request id into every log line of the request', async (t) => {
  const { url, log } = await startApp(t, { trustProxy: true });
  const response = await fetch(`${url}/api/v1/health`, { headers: { 'x-request-id': 'probe-42' } });
  t.is(response.headers.get('x-request-id'), 'probe-42');
  const line = await log.waitFor((entry) => entry.msg === 'request completed');
  t.is(line.reqId, 'probe-42');
  const lines = log.entries().filter((entry) => entry.reqId !== undefined);
  t.true(lines.length >= 2, 'the outage warning and the request line');
  t.true(lines.every((entry) => entry.reqId === 'probe-42'));
});

test('sends the request id with error answers too', async (t) => {
  const { url } = await startApp(t, { trustProxy: true });
  const response = await fetch(`${url}/api/v1/nothing`, { headers: { 'x-request-id': 'err-1' } });
  t.is(response.status, 404);
  t.is(response.headers.get('x-request-id'), 'err-1');
});
