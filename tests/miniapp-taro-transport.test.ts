import test from 'ava';
import { NetworkError } from '../miniapp/src/services/errors';
import { taroTransport } from '../miniapp/src/services/http';

type TaroRequest = Parameters<typeof taroTransport>[0];

/** A Taro.request stand-in: records its options and answers as given. */
function fakeRequest(answer: (options: Record<string, unknown>) => Promise<unknown>) {
  const calls: Record<string, unknown>[] = [];
  const request = ((options: Record<string, unknown>) => {
    calls.push(options);
    return answer(options);
  }) as unknown as TaroRequest;
  return { request, calls };
}

const REQUEST = { url: 'https://api.test/api/v1/card', method: 'GET' as const, headers: { Accept: 'application/json' }, timeoutMs: 5000 };

test('asks taro for text with the headers and timeout and lower-cases the answer headers', async (t) => {
  const { request, calls } = fakeRequest(async () => ({ statusCode: 200, header: { ETag: '"v1"', 'Content-Type': 'application/json' }, data: '{"a":1}' }));
  const response = await taroTransport(request)(REQUEST);
  t.like(calls[0], { url: REQUEST.url, method: 'GET', header: REQUEST.headers, dataType: 'text', responseType: 'text', timeout: 5000 });
  t.deepEqual(response, { status: 200, headers: { etag: '"v1"', 'content-type': 'application/json' }, body: '{"a":1}' });
});

test('reads the response headers alipay names headers', async (t) => {
  const { request } = fakeRequest(async () => ({ statusCode: 304, headers: { etag: '"v2"' }, data: '' }));
  const response = await taroTransport(request)(REQUEST);
  t.is(response.headers.etag, '"v2"');
  t.is(response.status, 304);
});

test('turns a failed taro request into a network error, telling timeouts apart', async (t) => {
  const timeout = fakeRequest(async () => Promise.reject({ errMsg: 'request:fail timeout' }));
  const offline = fakeRequest(async () => Promise.reject({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' }));
  t.is((await t.throwsAsync(taroTransport(timeout.request)(REQUEST), { instanceOf: NetworkError }))?.reason, 'timeout');
  t.is((await t.throwsAsync(taroTransport(offline.request)(REQUEST), { instanceOf: NetworkError }))?.reason, 'offline');
});
