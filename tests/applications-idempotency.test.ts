import test from 'ava';
import { requestHash, reserveApplicationId } from '../bff/src/services/application-idempotency';
import { startApi } from './helpers/api';
import { DAY_MS, applicant, branchBody, mailBody, submit } from './helpers/applications';

const KEY = 'apply-2f6c1d9e-4b7a';

test('a retry with the same key and body answers the same application, marked as replayed', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const first = await submit(api, person.token, branchBody(person.photoId), KEY);
  const again = await submit(api, person.token, branchBody(person.photoId), KEY);
  t.is(first.status, 201);
  t.is(again.status, 201);
  t.is(again.headers.get('idempotent-replayed'), 'true');
  t.deepEqual(again.body, first.body);
  t.is(await api.deps.models.Application.countDocuments({}), 1);
});

test('the same key with a different body is refused with 422', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await submit(api, person.token, branchBody(person.photoId), KEY);
  const res = await submit(api, person.token, mailBody(person.photoId), KEY);
  t.is(res.status, 422);
  t.is(res.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
  t.is(await api.deps.models.Application.countDocuments({}), 1);
});

test('the body is compared by content, not by the order of its fields', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const body = branchBody(person.photoId);
  const first = await submit(api, person.token, body, KEY);
  const reordered = { photoId: body.photoId, delivery: { branchCode: 'ICBC-GZ-TH', method: 'branch' }, bankCode: body.bankCode, kind: body.kind };
  const again = await submit(api, person.token, reordered, KEY);
  t.is(again.status, 201);
  t.is(again.body.id, first.body.id);
});

test('ten concurrent submissions with one key create exactly one application', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const answers = await Promise.all(Array.from({ length: 10 }, () => submit(api, person.token, branchBody(person.photoId), KEY)));
  t.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
  t.is(new Set(answers.map((a) => a.body.id)).size, 1);
  t.is(answers.filter((a) => a.headers.get('idempotent-replayed') === null).length, 1);
  t.is(await api.deps.models.Application.countDocuments({ personId: person.personId }), 1);
  t.is(await api.deps.models.IdempotencyKey.countDocuments({}), 1);
});

test('a retry after a crash between reserving the key and creating the application creates it once', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const body = branchBody(person.photoId);
  // The first attempt got as far as the reservation, then the process died.
  const reserved = await reserveApplicationId(api.deps, { accountId: person.accountId, key: KEY, bodyHash: requestHash(person.personId, body) });
  const retries = await Promise.all([submit(api, person.token, body, KEY), submit(api, person.token, body, KEY)]);
  t.deepEqual(
    retries.map((r) => r.body.id),
    [String(reserved), String(reserved)],
  );
  t.is(await api.deps.models.Application.countDocuments({}), 1);
});

test('keys belong to an account: another person may use the same key', async (t) => {
  const api = await startApi(t);
  const one = await applicant(api);
  const two = await applicant(api);
  const a = await submit(api, one.token, branchBody(one.photoId), KEY);
  const b = await submit(api, two.token, branchBody(two.photoId), KEY);
  t.is(b.status, 201);
  t.not(a.body.id, b.body.id);
});

test('a key is forgotten after 24 hours', async (t) => {
  const api = await startApi(t, { settings: { sessionIdleMs: 3 * DAY_MS, sessionAbsoluteMs: 3 * DAY_MS } });
  const person = await applicant(api);
  const first = await submit(api, person.token, branchBody(person.photoId), KEY);
  await api.call('POST', `/api/v1/applications/${first.body.id}/cancel`, { token: person.token });
  api.clock.advance(DAY_MS + 1000);
  const later = await submit(api, person.token, mailBody(person.photoId), KEY);
  t.is(later.status, 201);
  t.not(later.body.id, first.body.id);
  const stored = await api.deps.models.IdempotencyKey.findOne({ key: KEY }).lean();
  t.is(String(stored?.applicationId), later.body.id);
  t.true((stored?.expiresAt.getTime() ?? 0) - api.clock.now.getTime() === DAY_MS);
});
