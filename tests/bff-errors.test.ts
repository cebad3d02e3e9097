import Router from '@koa/router';
import test, { type ExecutionContext } from 'ava';
import { z } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from '../bff/src/errors';
import { errorMessage, type ErrorCode } from '../bff/src/i18n/messages';
import type { AppState } from '../bff/src/types';
import { rawRequest, startApp, type TestApp } from './helpers/bff-app';

const thrown: Record<string, () => unknown> = {
  'not-found': () => new NotFoundError('card 7 is not in the collection'),
  validation: () => new ValidationError([{ path: 'phone', code: 'invalid_format', message: 'Invalid phone' }]),
  unauthorized: () => new UnauthorizedError('session expired'),
  forbidden: () => new ForbiddenError('not the card holder'),
  conflict: () => new ConflictError('application already open'),
  'rate-limited': () => new RateLimitedError(30),
  unavailable: () => new ServiceUnavailableError(),
  unknown: () => new Error('secret-detail: connection string mongodb://admin:hunter2@db'),
  'not-an-error': () => 'a bare string with secret-detail',
  'duplicate-key': () =>
    Object.assign(new Error('E11000 duplicate key error collection: ssc.people dup key: { idNumber: "440524188001010014" }'), {
      name: 'MongoServerError',
      code: 11000,
    }),
};

function failingRouter(): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/fail' });
  router.get('/:kind', (ctx) => {
    throw thrown[ctx.params.kind ?? '']?.();
  });
  router.get('/zod/phone', () => {
    const result = z.object({ phone: z.string().regex(/^1\d{10}$/) }).safeParse({ phone: '12' });
    if (!result.success) throw ValidationError.fromZod(result.error);
  });
  return router;
}

async function app(t: ExecutionContext): Promise<TestApp> {
  return startApp(t, { routers: [failingRouter()] });
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

async function expectError(t: ExecutionContext, response: Response, status: number, code: ErrorCode): Promise<ErrorBody> {
  t.is(response.status, status);
  t.regex(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as ErrorBody;
  t.is(body.error.code, code);
  t.is(body.error.message, errorMessage(code, 'zh-CN'));
  return body;
}

const cases: [kind: string, status: number, code: ErrorCode][] = [
  ['not-found', 404, 'NOT_FOUND'],
  ['unauthorized', 401, 'UNAUTHORIZED'],
  ['forbidden', 403, 'FORBIDDEN'],
  ['conflict', 409, 'CONFLICT'],
  ['unavailable', 503, 'DB_UNAVAILABLE'],
];

for (const [kind, status, code] of cases) {
  test(`maps a thrown ${kind} error to ${status} ${code} with the table message, not the developer message`, async (t) => {
    const { url } = await app(t);
    const body = await expectError(t, await fetch(`${url}/api/v1/fail/${kind}`), status, code);
    t.deepEqual(Object.keys(body.error), ['code', 'message']);
  });
}

test('maps a validation error to 400 VALIDATION_FAILED with its issues as details', async (t) => {
  const { url } = await app(t);
  const body = await expectError(t, await fetch(`${url}/api/v1/fail/validation`), 400, 'VALIDATION_FAILED');
  t.deepEqual(body.error.details, { issues: [{ path: 'phone', code: 'invalid_format', message: 'Invalid phone' }] });
});

test('turns a zod error into validation details without echoing the input value', async (t) => {
  const { url } = await app(t);
  const body = await expectError(t, await fetch(`${url}/api/v1/fail/zod/phone`), 400, 'VALIDATION_FAILED');
  const { issues } = body.error.details as { issues: { path: string; code: string }[] };
  t.is(issues.length, 1);
  t.like(issues[0], { path: 'phone', code: 'invalid_format' });
});

test('maps a rate-limited error to 429 RATE_LIMITED with a Retry-After header', async (t) => {
  const { url } = await app(t);
  const response = await fetch(`${url}/api/v1/fail/rate-limited`);
  await expectError(t, response, 429, 'RATE_LIMITED');
  t.is(response.headers.get('retry-after'), '30');
});

test('answers an unknown error with a generic 500 INTERNAL and keeps the details in the log', async (t) => {
  const { url, log } = await app(t);
  const response = await fetch(`${url}/api/v1/fail/unknown`);
  const text = await response.text();
  t.is(response.status, 500);
  t.deepEqual(JSON.parse(text), { error: { code: 'INTERNAL', message: errorMessage('INTERNAL', 'zh-CN') } });
  t.false(text.includes('secret-detail'));
  t.false(text.includes('hunter2'));
  t.false(text.includes('.ts:'), 'no stack frames in the body');
  const logged = await log.waitFor((entry) => entry.msg === 'unhandled error');
  t.is(logged.reqId, response.headers.get('x-request-id') ?? undefined);
  const err = logged.err as { message: string; stack: string };
  t.true(err.message.includes('secret-detail'));
  t.true(err.stack.includes('bff-errors.test.ts'));
});

test('answers a thrown non-error value with a generic 500 INTERNAL', async (t) => {
  const { url } = await app(t);
  const response = await fetch(`${url}/api/v1/fail/not-an-error`);
  const text = await response.text();
  t.is(response.status, 500);
  t.is(JSON.parse(text).error.code, 'INTERNAL');
  t.false(text.includes('secret-detail'));
});

test('maps a duplicate-key write to 409 CONFLICT and keeps the duplicated value out of body and log', async (t) => {
  const { url, log } = await app(t);
  const response = await fetch(`${url}/api/v1/fail/duplicate-key`);
  const body = await expectError(t, response, 409, 'CONFLICT');
  t.false(JSON.stringify(body).includes('440524188001010014'));
  await log.waitFor((entry) => entry.msg === 'request completed');
  t.false(log.text().includes('440524188001010014'));
});

test('answers an unknown route with 404 NOT_FOUND in the same body shape', async (t) => {
  const { url } = await app(t);
  const body = await expectError(t, await fetch(`${url}/api/v1/no-such-resource?x=1`), 404, 'NOT_FOUND');
  t.deepEqual(Object.keys(body.error), ['code', 'message']);
  await expectError(t, await fetch(`${url}/`), 404, 'NOT_FOUND');
});

test('answers a known route with a wrong method with 405 METHOD_NOT_ALLOWED and an Allow header', async (t) => {
  const { url } = await app(t);
  const response = await fetch(`${url}/api/v1/health`, { method: 'DELETE' });
  await expectError(t, response, 405, 'METHOD_NOT_ALLOWED');
  t.is(response.headers.get('allow'), 'HEAD, GET');
});

test('answers an HTTP method the router does not know with 501 NOT_IMPLEMENTED in the same body shape', async (t) => {
  const { url } = await app(t);
  const response = await rawRequest(`${url}/api/v1/health`, { method: 'PROPFIND' });
  t.is(response.status, 501);
  t.deepEqual(JSON.parse(response.body), {
    error: { code: 'NOT_IMPLEMENTED', message: errorMessage('NOT_IMPLEMENTED', 'zh-CN') },
  });
});
