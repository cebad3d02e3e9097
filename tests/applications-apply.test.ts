import test from 'ava';
import { chinaDayStart } from '../shared/src';
import { liftExpiredLossReports } from '../bff/src/services/loss-service';
import { boundPerson, startApi, unboundSession } from './helpers/api';
import { DAY_MS, MAIL_ADDRESS, applicant, branchBody, giveCard, mailBody, submit } from './helpers/applications';

test('applies for a new card collected at a branch', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const res = await submit(api, person.token, branchBody(person.photoId));
  t.is(res.status, 201);
  t.is(res.body.kind, 'new');
  t.is(res.body.stage, 'submitted');
  t.deepEqual(res.body.bank, { code: 'ICBC', name: '中国工商银行' });
  t.is(res.body.branch.code, 'ICBC-GZ-TH');
  t.truthy(res.body.branch.address);
  t.truthy(res.body.branch.phone);
  t.deepEqual(res.body.delivery, { method: 'branch', branchCode: 'ICBC-GZ-TH' });
  t.true(res.body.canCancel);
  t.is(res.body.timeline.length, 1);
  t.is(res.body.timeline[0].stage, 'submitted');
  t.is(res.headers.get('idempotent-replayed'), null);
  const stored = await api.deps.models.Application.findById(res.body.id).lean();
  t.is(String(stored?.personId), person.personId);
  t.true(stored?.open);
});

test('applies for a card by mail, storing the address encrypted and answering it masked', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const res = await submit(api, person.token, mailBody(person.photoId));
  t.is(res.status, 201);
  t.is(res.body.branch, null);
  t.is(res.body.delivery.method, 'mail');
  const shown = res.body.delivery.address;
  t.is(shown.recipient, '陈*英');
  t.is(shown.phone, '139****5678');
  t.is(shown.city, '广州市');
  t.is(shown.postcode, '510610');
  t.true(shown.line.endsWith('****'));
  t.false(shown.line.includes('2708'));
  const raw = JSON.stringify(await api.deps.models.Application.collection.findOne({}));
  for (const plain of [MAIL_ADDRESS.recipient, MAIL_ADDRESS.phone, MAIL_ADDRESS.line, MAIL_ADDRESS.postcode]) t.false(raw.includes(plain), plain);
});

test('writes no personal data of the application to the logs', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const res = await submit(api, person.token, mailBody(person.photoId));
  t.is(res.status, 201);
  await api.call('GET', `/api/v1/applications/${res.body.id}`, { token: person.token });
  await api.log.waitFor((entry) => entry.msg === 'request completed' && entry.path === '/api/v1/applications/:id');
  const text = api.log.text();
  for (const plain of [MAIL_ADDRESS.recipient, MAIL_ADDRESS.phone, MAIL_ADDRESS.line, person.idNumber, person.phone]) t.false(text.includes(plain), plain);
});

test('refuses a new card while the person holds a usable one', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { state: 'A' });
  const res = await submit(api, person.token, branchBody(person.photoId));
  t.is(res.status, 409);
  t.is(res.body.error.code, 'APPLICATION_NOT_ALLOWED');
  t.is(res.body.error.details.reason, 'hasCard');
});

test('allows a new card once the old one is cancelled', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { state: 'G' });
  t.is((await submit(api, person.token, branchBody(person.photoId))).status, 201);
});

test('refuses a replacement when the card was not reported lost', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { state: 'A' });
  const res = await submit(api, person.token, branchBody(person.photoId, { kind: 'replacement' }));
  t.is(res.status, 409);
  t.is(res.body.error.details.reason, 'notReportedLost');
});

test('refuses a replacement to a person without a card', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const res = await submit(api, person.token, branchBody(person.photoId, { kind: 'replacement' }));
  t.is(res.status, 409);
  t.is(res.body.error.details.reason, 'noCard');
});

test('accepts a replacement after a formal loss report', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { state: 'L', loss: { kind: 'formal' } });
  const res = await submit(api, person.token, branchBody(person.photoId, { kind: 'replacement' }));
  t.is(res.status, 201);
  t.is(res.body.kind, 'replacement');
});

test('accepts a replacement during a temporary loss report but not once it has lapsed', async (t) => {
  const api = await startApi(t);
  const during = await applicant(api);
  await giveCard(api, during.personId, { state: 'K', loss: { kind: 'temporary', liftsInDays: 7 } });
  t.is((await submit(api, during.token, branchBody(during.photoId, { kind: 'replacement' }))).status, 201);
  // The report is final now: the old card cannot come back while its replacement is made.
  t.like(await api.deps.models.Card.findOne({ personId: during.personId }).lean(), { state: 'L', loss: { kind: 'formal', liftsAt: null, recordedBy: 'weapp' } });
  t.is(await api.deps.models.AccessLog.countDocuments({ personId: during.personId, action: 'card.formalLoss', actor: 'weapp' }), 1);
  const lift = await api.call('POST', '/api/v1/card/loss/lift', { token: during.token, body: { password: '135790' } });
  t.is(lift.status, 409);
  t.is(lift.body.error.code, 'CARD_FORMALLY_LOST');
  api.clock.advance(8 * DAY_MS);
  t.is(await liftExpiredLossReports(api.deps), 0);
  t.is((await api.deps.models.Card.findOne({ personId: during.personId }).lean())?.state, 'L', 'and it does not lift itself after seven days');
  api.clock.advance(-8 * DAY_MS);

  const lapsed = await applicant(api);
  await giveCard(api, lapsed.personId, { state: 'K', loss: { kind: 'temporary', liftsInDays: -1 } });
  const res = await submit(api, lapsed.token, branchBody(lapsed.photoId, { kind: 'replacement' }));
  t.is(res.status, 409);
  t.is(res.body.error.details.reason, 'notReportedLost');
});

test('refuses a renewal earlier than 60 days before expiry and says from when', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { expiresInDays: 61 });
  const res = await submit(api, person.token, branchBody(person.photoId, { kind: 'renewal' }));
  t.is(res.status, 409);
  t.is(res.body.error.details.reason, 'tooEarly');
  // From the start (midnight in China) of the day sixty days before the expiry.
  t.is(res.body.error.details.renewableFrom, chinaDayStart(new Date(api.clock.now.getTime() + DAY_MS)).toISOString());
});

test('accepts a renewal within 60 days of expiry', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { expiresInDays: 59 });
  t.is((await submit(api, person.token, branchBody(person.photoId, { kind: 'renewal' }))).status, 201);
});

test('refuses a renewal of a lost card and points to a replacement', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  await giveCard(api, person.personId, { state: 'L', expiresInDays: 10, loss: { kind: 'formal' } });
  const res = await submit(api, person.token, branchBody(person.photoId, { kind: 'renewal' }));
  t.is(res.status, 409);
  t.is(res.body.error.details.reason, 'reportedLost');
});

test('refuses a second application while one is open', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const first = await submit(api, person.token, branchBody(person.photoId));
  const second = await submit(api, person.token, mailBody(person.photoId));
  t.is(second.status, 409);
  t.is(second.body.error.code, 'APPLICATION_IN_PROGRESS');
  t.is(second.body.error.details.applicationId, first.body.id);
});

test('answers 404 for a photo that belongs to someone else', async (t) => {
  const api = await startApi(t);
  const owner = await applicant(api);
  const other = await applicant(api);
  const res = await submit(api, other.token, branchBody(owner.photoId));
  t.is(res.status, 404);
  t.is(res.body.error.code, 'PHOTO_NOT_FOUND');
  t.is(await api.deps.models.Application.countDocuments({}), 0);
});

test('rejects a branch that is not the chosen bank’s', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const res = await submit(api, person.token, branchBody(person.photoId, { bankCode: 'CCB' }));
  t.is(res.status, 400);
  t.is(res.body.error.details.issues[0].path, 'body.delivery.branchCode');
});

test('rejects a request without an idempotency key or with a short one', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const missing = await api.call('POST', '/api/v1/applications', { token: person.token, body: branchBody(person.photoId) });
  t.is(missing.status, 400);
  t.is(missing.body.error.details.issues[0].path, 'headers.idempotency-key');
  t.is((await submit(api, person.token, branchBody(person.photoId), 'short')).status, 400);
});

test('rejects unknown fields and a malformed mailing address', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  t.is((await submit(api, person.token, { ...branchBody(person.photoId), personId: person.personId })).status, 400);
  const badPhone = mailBody(person.photoId, { delivery: { method: 'mail', address: { ...MAIL_ADDRESS, phone: '12345' } } });
  t.is((await submit(api, person.token, badPhone)).status, 400);
});

test('asks for a session, and for a bound one', async (t) => {
  const api = await startApi(t);
  const res = await api.call('POST', '/api/v1/applications', { body: branchBody('0'.repeat(24)), headers: { 'idempotency-key': 'k'.repeat(16) } });
  t.is(res.status, 401);
  t.is((await submit(api, await unboundSession(api), branchBody('0'.repeat(24)))).status, 403);
});

test('lists the issuing banks and their branches, by city when asked', async (t) => {
  const api = await startApi(t);
  const all = await api.call('GET', '/api/v1/banks');
  t.is(all.status, 200);
  t.true(all.body.banks.length >= 3);
  const cities = new Set(all.body.banks.flatMap((bank: { branches: { city: string }[] }) => bank.branches.map((b) => b.city)));
  t.true(cities.size >= 2);
  const shenzhen = await api.call('GET', `/api/v1/banks?city=${encodeURIComponent('深圳市')}`);
  const branches = shenzhen.body.banks.flatMap((bank: { branches: { city: string; address: string; phone: string }[] }) => bank.branches);
  t.true(branches.length > 0);
  t.true(branches.every((b: { city: string; address: string; phone: string }) => b.city === '深圳市' && b.address.length > 0 && b.phone.length > 0));
});
