import test from 'ava';
import { sealUncollectedCards } from '../bff/src/services/application-expiry';
import { flushPendingNotices } from '../bff/src/services/application-notices';
import { MAIN_STAGES } from '../shared/src';
import { AGENCY_KEY, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { DAY_MS, MAIL_ADDRESS, advanceTo, agencyStep, applicant, branchBody, handedOverCard, mailBody, submit } from './helpers/applications';

/** Sessions that outlive a year of waiting at the branch. */
const YEAR_SESSIONS = { sessionIdleMs: 400 * DAY_MS, sessionAbsoluteMs: 400 * DAY_MS };

async function submitted(api: TestApi, body: (photoId: string) => unknown = branchBody) {
  const person = await applicant(api);
  const created = await submit(api, person.token, body(person.photoId));
  return { person, id: created.body.id as string };
}

function stageNotices(api: TestApi, applicationId: string) {
  return api.deps.models.Outbox.find({ kind: 'application.stageChanged', 'payload.applicationId': applicationId }).sort({ createdAt: 1, _id: 1 }).lean();
}

test('walks the whole main path, one timeline entry and one outbox record per step', async (t) => {
  const api = await startApi(t);
  const { person, id } = await submitted(api);
  await advanceTo(api, id, 'activated');
  const detail = await api.call('GET', `/api/v1/applications/${id}`, { token: person.token });
  t.deepEqual(
    detail.body.timeline.map((e: { stage: string }) => e.stage),
    [...MAIN_STAGES],
  );
  t.deepEqual(detail.body.expected, []);
  const notices = await stageNotices(api, id);
  t.deepEqual(
    notices.map((n) => [n.payload.from, n.payload.to]),
    MAIN_STAGES.slice(1).map((to, i) => [MAIN_STAGES[i], to]),
  );
  t.true(notices.every((n) => String(n.personId) === person.personId && n.status === 'pending'));
  const stored = await api.deps.models.Application.findById(id).lean();
  t.false(stored?.open);
  t.deepEqual(stored?.pendingNotices, []);
});

test('answers the agency with the application’s progress and no personal data', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api, mailBody);
  const res = await agencyStep(api, id, 'review', { office: '广州市社保卡服务中心', officePhone: '020-12333' });
  t.is(res.status, 200);
  t.like(res.body, { id, stage: 'review', deliveryMethod: 'mail', bankCode: 'CCB', branchCode: null });
  t.like(res.body.timeline[1], { stage: 'review', office: '广州市社保卡服务中心', officePhone: '020-12333' });
  const text = JSON.stringify(res.body);
  for (const plain of [MAIL_ADDRESS.recipient, MAIL_ADDRESS.phone, MAIL_ADDRESS.line]) t.false(text.includes(plain), plain);
});

test('an agency cannot cancel a person\'s application: only the applicant can', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  const res = await agencyStep(api, created.body.id, 'cancelled');
  t.is(res.status, 409);
  t.is(res.body.error.code, 'ILLEGAL_TRANSITION');
  const detail = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token });
  t.is(detail.body.stage, 'submitted');
});

test('refuses a step the state machine does not allow, changing nothing', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  const res = await agencyStep(api, id, 'inProduction');
  t.is(res.status, 409);
  t.is(res.body.error.code, 'ILLEGAL_TRANSITION');
  t.deepEqual(res.body.error.details, { from: 'submitted', to: 'inProduction' });
  const stored = await api.deps.models.Application.findById(id).lean();
  t.is(stored?.stage, 'submitted');
  t.is((await stageNotices(api, id)).length, 0);
});

test('requires a reason for a failed review', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  await agencyStep(api, id, 'review');
  const res = await agencyStep(api, id, 'reviewFailed');
  t.is(res.status, 400);
  t.is(res.body.error.details.issues[0].path, 'body.reason');
  const failed = await agencyStep(api, id, 'reviewFailed', { reason: 'registryMismatch' });
  t.is(failed.status, 200);
  t.is(failed.body.timeline.at(-1).reason, 'registryMismatch');
});

test('refuses a reason on any step but a failed review, changing nothing', async (t) => {
  const api = await startApi(t);
  const { person, id } = await submitted(api);
  await agencyStep(api, id, 'review');
  const res = await agencyStep(api, id, 'accountOpened', { reason: 'photoUnclear' });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'VALIDATION_FAILED');
  t.is(res.body.error.details.issues[0].path, 'body.reason');
  const detail = await api.call('GET', `/api/v1/applications/${id}`, { token: person.token });
  t.is(detail.body.stage, 'review');
  t.true(detail.body.timeline.every((entry: { reason: string | null }) => entry.reason === null));
  t.is((await stageNotices(api, id)).length, 1);
  t.is((await agencyStep(api, id, 'accountOpened')).status, 200);
});

test('lets production be made again after it failed', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  await advanceTo(api, id, 'inProduction');
  t.is((await agencyStep(api, id, 'productionFailed', { note: '芯片写入失败' })).status, 200);
  t.is((await agencyStep(api, id, 'inProduction')).status, 200);
  t.is((await agencyStep(api, id, 'cityBankReceived')).status, 200);
  t.is((await stageNotices(api, id)).length, 6);
});

test('a step naming the stage it was decided on is refused once the application has moved on: a late retry is not a new step', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  await advanceTo(api, id, 'accountOpened');
  t.is((await agencyStep(api, id, 'inProduction', { from: 'accountOpened' })).status, 200);
  t.is((await agencyStep(api, id, 'productionFailed', { from: 'inProduction', note: '芯片写入失败' })).status, 200);
  // The first step's retry, delayed by the network, arrives after the failure.
  const late = await agencyStep(api, id, 'inProduction', { from: 'accountOpened', office: '省社会保障卡制卡中心' });
  t.is(late.status, 409);
  t.like(late.body.error, { code: 'ILLEGAL_TRANSITION', details: { from: 'productionFailed', to: 'inProduction' } });
  t.is((await api.deps.models.Application.findById(id).lean())?.stage, 'productionFailed');
  // Making the card again after the failure says so, and is taken.
  t.is((await agencyStep(api, id, 'inProduction', { from: 'productionFailed' })).status, 200);
});

test('answers 401 to a wrong key, a scanner key and a person’s session', async (t) => {
  const api = await startApi(t);
  const { person, id } = await submitted(api);
  t.is((await agencyStep(api, id, 'review', {}, 'not-a-real-key-000000')).status, 401);
  t.is((await agencyStep(api, id, 'review', {}, SCANNER_KEY)).status, 401);
  const asPerson = await api.call('POST', `/api/v1/agency/applications/${id}/transitions`, { token: person.token, body: { to: 'review', office: 'x' } });
  t.is(asPerson.status, 401);
  t.is((await api.call('GET', '/api/v1/agency/applications', { token: person.token })).status, 401);
  const stored = await api.deps.models.Application.findById(id).lean();
  t.is(stored?.stage, 'submitted');
});

test('answers 404 for an unknown application', async (t) => {
  const api = await startApi(t);
  const res = await agencyStep(api, 'ffffffffffffffffffffffff', 'review');
  t.is(res.status, 404);
});

test('a repeated step is answered as a retry, without a second record', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  const first = await agencyStep(api, id, 'review');
  const again = await agencyStep(api, id, 'review');
  t.is(again.status, 200);
  t.deepEqual(again.body, first.body);
  t.is((await stageNotices(api, id)).length, 1);
});

test('of two concurrent different steps exactly one applies', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  await agencyStep(api, id, 'review');
  const answers = await Promise.all([agencyStep(api, id, 'accountOpened'), agencyStep(api, id, 'reviewFailed', { reason: 'photoUnclear' })]);
  t.deepEqual(answers.map((a) => a.status).sort(), [200, 409]);
  const stored = await api.deps.models.Application.findById(id).lean();
  t.is(stored?.history.length, 3);
  t.is((await stageNotices(api, id)).length, 2);
});

test('ten concurrent identical steps change the stage once and write one record', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  const answers = await Promise.all(Array.from({ length: 10 }, () => agencyStep(api, id, 'review')));
  t.true(answers.every((a) => a.status === 200));
  const stored = await api.deps.models.Application.findById(id).lean();
  t.is(stored?.history.length, 2);
  t.is((await stageNotices(api, id)).length, 1);
});

test('a stage change whose outbox record was lost in a crash is announced exactly once later', async (t) => {
  const api = await startApi(t);
  const { id } = await submitted(api);
  await agencyStep(api, id, 'review');
  // Simulate a crash after the stage update and before the outbox write: the mark stays, the record is gone.
  const stored = await api.deps.models.Application.findById(id).lean();
  const entryId = stored?.history.at(-1)?._id;
  await api.deps.models.Application.updateOne({ _id: id }, { $push: { pendingNotices: entryId } });
  await api.deps.models.Outbox.deleteMany({ _id: entryId });
  t.is((await stageNotices(api, id)).length, 0);
  // The agency's retry writes it.
  t.is((await agencyStep(api, id, 'review')).status, 200);
  // A crash after the outbox write but before the mark was cleared: the sweep must not write it twice.
  await api.deps.models.Application.updateOne({ _id: id }, { $push: { pendingNotices: entryId } });
  api.clock.advance(120_000);
  await flushPendingNotices(api.deps);
  const notices = await stageNotices(api, id);
  t.deepEqual(
    notices.map((n) => [n.payload.from, n.payload.to]),
    [['submitted', 'review']],
  );
  t.deepEqual((await api.deps.models.Application.findById(id).lean())?.pendingNotices, []);
});

test('the worklist filters by stage, oldest first, without personal data', async (t) => {
  const api = await startApi(t);
  const a = await submitted(api, mailBody);
  api.clock.advance(1000);
  const b = await submitted(api);
  api.clock.advance(1000);
  const c = await submitted(api);
  await agencyStep(api, c.id, 'review');
  const res = await api.call('GET', '/api/v1/agency/applications?stage=submitted', { headers: { 'x-api-key': AGENCY_KEY } });
  t.is(res.status, 200);
  t.deepEqual(
    res.body.applications.map((x: { id: string }) => x.id),
    [a.id, b.id],
  );
  const text = JSON.stringify(res.body);
  for (const plain of [MAIL_ADDRESS.recipient, MAIL_ADDRESS.phone, MAIL_ADDRESS.line, a.person.idNumber, a.person.personId]) t.false(text.includes(plain), plain);
  const bad = await api.call('GET', '/api/v1/agency/applications?stage=nonsense', { headers: { 'x-api-key': AGENCY_KEY } });
  t.is(bad.status, 400);
});

test('a card waiting a year at the branch is sealed by the sweep, and not before; the agency cannot seal it early', async (t) => {
  const api = await startApi(t, { settings: YEAR_SESSIONS });
  const { person, id } = await submitted(api);
  await advanceTo(api, id, 'readyToCollect');
  const early = await agencyStep(api, id, 'expiredUncollected');
  t.is(early.status, 409);
  t.is(early.body.error.code, 'ILLEGAL_TRANSITION');
  api.clock.advance(364 * DAY_MS);
  t.is(await sealUncollectedCards(api.deps), 0);
  api.clock.advance(DAY_MS);
  t.is(await sealUncollectedCards(api.deps), 1);
  t.is(await sealUncollectedCards(api.deps), 0);
  const detail = await api.call('GET', `/api/v1/applications/${id}`, { token: person.token });
  t.is(detail.body.stage, 'expiredUncollected');
  t.like(detail.body.timeline.at(-1), { stage: 'expiredUncollected', office: null });
  const notices = await stageNotices(api, id);
  t.deepEqual(notices.at(-1)?.payload, { applicationId: id, from: 'readyToCollect', to: 'expiredUncollected', delivery: 'branch' });
  // Sealed means applying again: the person may.
  const again = await submit(api, person.token, branchBody(person.photoId));
  t.is(again.status, 201);
});

test('the agency may record a card sealed once its year is up, and it can no longer be activated', async (t) => {
  const api = await startApi(t, { settings: YEAR_SESSIONS });
  const { id } = await submitted(api);
  await advanceTo(api, id, 'readyToCollect');
  api.clock.advance(365 * DAY_MS);
  t.is((await agencyStep(api, id, 'expiredUncollected')).status, 200);
  t.is((await agencyStep(api, id, 'activated', { card: handedOverCard(api) })).status, 409);
});
