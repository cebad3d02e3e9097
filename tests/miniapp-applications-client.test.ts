import { ApplicationDetail, PhotoUploaded } from '@ssc/shared';
import test from 'ava';
import { attemptFor } from '../miniapp/src/components/applications/idempotency';
import { ApiError, NetworkError } from '../miniapp/src/services/errors';
import { createHttpClient, taroUploadTransport, type UploadTransport } from '../miniapp/src/services/http';
import { memoryStore } from '../miniapp/src/services/kv';
import { createSession } from '../miniapp/src/services/session';
import { boundPerson, startApi, type TestApi } from './helpers/api';
import { pngImage } from './helpers/applications';
import { fetchTransport } from './helpers/fetch-transport';

/** Taro.uploadFile's stand-in: the "temp path" names an in-memory file, posted as a multipart part. */
function memoryUpload(files: Map<string, Buffer>): UploadTransport & { calls: number } {
  const upload = Object.assign(
    async ({ url, headers, filePath, field, timeoutMs }: Parameters<UploadTransport>[0]) => {
      upload.calls += 1;
      const form = new FormData();
      form.append(field, new Blob([files.get(filePath) ?? Buffer.alloc(0)], { type: 'image/png' }), 'photo.png');
      const response = await fetch(url, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(timeoutMs) });
      return { status: response.status, headers: {}, body: await response.text() };
    },
    { calls: 0 },
  );
  return upload;
}

async function client(api: TestApi, files: Map<string, Buffer>) {
  const person = await boundPerson(api, { name: '刘洋' });
  const session = createSession(memoryStore());
  session.save({ token: person.token, expiresAt: '2999-01-01T00:00:00.000Z', bound: true });
  const upload = memoryUpload(files);
  const http = createHttpClient({ transport: fetchTransport, upload, baseUrl: `${api.url}/api/v1`, session, locale: () => 'en', onUnauthorized: () => {} });
  return { http, upload };
}

test('uploads a photo through the upload transport and applies once however often the submission is retried', async (t) => {
  const api = await startApi(t);
  const { http, upload } = await client(api, new Map([['blob:photo', pngImage(300, 420, 77)]]));

  const photo = await http.request(PhotoUploaded, { method: 'POST', path: '/photos', file: { path: 'blob:photo', field: 'photo' } });
  t.is(upload.calls, 1);
  t.like(photo, { contentType: 'image/png', width: 300, height: 420 });

  const body = { kind: 'new' as const, bankCode: 'ICBC', delivery: { method: 'branch' as const, branchCode: 'ICBC-BJ-XC' }, photoId: photo.id };
  const attempt = attemptFor(undefined, body);
  const send = (key: string) => http.request(ApplicationDetail, { method: 'POST', path: '/applications', body, headers: { 'Idempotency-Key': key } });
  const first = await send(attempt.key);
  const retried = await send(attemptFor(attempt, { ...body }).key);
  t.is(retried.id, first.id);
  t.is(first.branch?.code, 'ICBC-BJ-XC');

  const other = await t.throwsAsync(send('another-key-0001'), { instanceOf: ApiError });
  t.is(other?.code, 'APPLICATION_IN_PROGRESS');
});

test('turns a refused photo into an api error with the bff code and details', async (t) => {
  const api = await startApi(t);
  const { http } = await client(api, new Map([['blob:small', pngImage(100, 140)]]));
  const error = await t.throwsAsync(http.request(PhotoUploaded, { method: 'POST', path: '/photos', file: { path: 'blob:small', field: 'photo' } }), { instanceOf: ApiError });
  t.is(error?.status, 422);
  t.is(error?.code, 'PHOTO_TOO_SMALL');
  t.deepEqual(error?.details, { minWidth: 295, minHeight: 413 });
});

test('passes taro the file, field, headers and timeout and reads its text answer', async (t) => {
  const calls: Record<string, unknown>[] = [];
  const taroUpload = (async (options: Record<string, unknown>) => {
    calls.push(options);
    return { statusCode: 201, data: '{"id":"x"}', errMsg: 'uploadFile:ok' };
  }) as unknown as Parameters<typeof taroUploadTransport>[0];
  const response = await taroUploadTransport(taroUpload)({ url: 'https://api.test/api/v1/photos', headers: { Authorization: 'Bearer t' }, filePath: 'wxfile://tmp/a.jpg', field: 'photo', timeoutMs: 60_000 });
  t.deepEqual(calls[0], { url: 'https://api.test/api/v1/photos', filePath: 'wxfile://tmp/a.jpg', name: 'photo', header: { Authorization: 'Bearer t' }, timeout: 60_000 });
  t.deepEqual(response, { status: 201, headers: {}, body: '{"id":"x"}' });
});

test('turns a failed taro upload into a network error, telling timeouts apart', async (t) => {
  const failing = (errMsg: string) => (async () => Promise.reject({ errMsg })) as unknown as Parameters<typeof taroUploadTransport>[0];
  const request = { url: 'https://api.test/api/v1/photos', headers: {}, filePath: 'a', field: 'photo', timeoutMs: 1000 };
  t.is((await t.throwsAsync(taroUploadTransport(failing('uploadFile:fail timeout'))(request), { instanceOf: NetworkError }))?.reason, 'timeout');
  t.is((await t.throwsAsync(taroUploadTransport(failing('uploadFile:fail abort'))(request), { instanceOf: NetworkError }))?.reason, 'offline');
});

test('refuses a file request on a client made without an upload transport', async (t) => {
  const http = createHttpClient({ transport: fetchTransport, baseUrl: 'http://127.0.0.1:9/api/v1', session: createSession(memoryStore()), locale: () => 'en', onUnauthorized: () => {} });
  await t.throwsAsync(http.request(PhotoUploaded, { method: 'POST', path: '/photos', file: { path: 'a', field: 'photo' } }), { message: /upload transport/ });
});
