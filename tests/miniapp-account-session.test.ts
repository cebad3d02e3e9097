import test from 'ava';
import { z } from 'zod';
import { createPrivacyAgreement } from '../miniapp/src/components/account/privacy-agreement';
import { ApiError } from '../miniapp/src/services/errors';
import { createHttpClient } from '../miniapp/src/services/http';
import { memoryStore } from '../miniapp/src/services/kv';
import { createSession } from '../miniapp/src/services/session';
import { fetchTransport } from './helpers/fetch-transport';
import { json, stubServer, type Reply } from './helpers/http-stub';

async function setup(t: Parameters<typeof stubServer>[0], reply: Reply) {
  const server = await stubServer(t, reply);
  const session = createSession(memoryStore());
  session.save({ token: 'token-abcdefghijklmnopqrstuvwxyz', expiresAt: '2999-01-01T00:00:00.000Z', bound: true });
  const calls = { unauthorized: 0, notBound: 0 };
  const client = createHttpClient({
    transport: fetchTransport,
    baseUrl: `${server.url}/api/v1`,
    session,
    locale: () => 'en',
    onUnauthorized: () => void (calls.unauthorized += 1),
    onNotBound: () => void (calls.notBound += 1),
  });
  return { client, session, calls };
}

test('sends a person whose account is not bound to binding and keeps the session', async (t) => {
  const { client, session, calls } = await setup(t, (_seen, res) => json(res, 403, { error: { code: 'NOT_BOUND', message: 'Please verify your identity first.' } }));
  const error = await t.throwsAsync(client.request(z.unknown(), { path: '/card' }), { instanceOf: ApiError });
  t.is(error?.code, 'NOT_BOUND');
  t.deepEqual(calls, { unauthorized: 0, notBound: 1 });
  t.truthy(session.token());
});

test('leaves other refusals to the page', async (t) => {
  const { client, calls } = await setup(t, (_seen, res) => json(res, 403, { error: { code: 'LOGIN_RISKY_USER', message: 'No.' } }));
  await t.throwsAsync(client.request(z.unknown(), { path: '/card' }), { instanceOf: ApiError });
  t.deepEqual(calls, { unauthorized: 0, notBound: 0 });
});

test('keeps the privacy agreement per policy version, so a new version asks again', (t) => {
  const store = memoryStore();
  const agreement = createPrivacyAgreement(store);
  t.false(agreement.agreedTo('2025-01'));
  agreement.agree('2025-01');
  t.true(createPrivacyAgreement(store).agreedTo('2025-01'));
  t.false(agreement.agreedTo('2025-07'));
});
