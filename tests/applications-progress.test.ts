import test from 'ava';
import { MAIN_STAGES } from '../shared/src';
import { startApi } from './helpers/api';
import { DAY_MS, advanceTo, agencyStep, applicant, branchBody, giveCard, submit } from './helpers/applications';

const LONG_SESSIONS = { sessionIdleMs: 365 * DAY_MS, sessionAbsoluteMs: 365 * DAY_MS };

test('lists only the person’s own applications, newest first', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const person = await applicant(api);
  const other = await applicant(api);
  const older = await submit(api, person.token, branchBody(person.photoId));
  await api.call('POST', `/api/v1/applications/${older.body.id}/cancel`, { token: person.token });
  api.clock.advance(DAY_MS);
  const newer = await submit(api, person.token, branchBody(person.photoId));
  await submit(api, other.token, branchBody(other.photoId));
  const res = await api.call('GET', '/api/v1/applications', { token: person.token });
  t.is(res.status, 200);
  t.deepEqual(
    res.body.applications.map((a: { id: string; stage: string }) => [a.id, a.stage]),
    [
      [newer.body.id, 'submitted'],
      [older.body.id, 'cancelled'],
    ],
  );
  t.is((await api.call('GET', '/api/v1/applications')).status, 401);
});

test('answers 404 when another person asks for an application, and 401 without a session', async (t) => {
  const api = await startApi(t);
  const owner = await applicant(api);
  const other = await applicant(api);
  const created = await submit(api, owner.token, branchBody(owner.photoId));
  const res = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: other.token });
  t.is(res.status, 404);
  t.is(res.body.error.code, 'NOT_FOUND');
  t.is((await api.call('GET', `/api/v1/applications/${created.body.id}`)).status, 401);
  const cancel = await api.call('POST', `/api/v1/applications/${created.body.id}/cancel`, { token: other.token });
  t.is(cancel.status, 404);
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'submitted');
});

test('shows the timeline with offices and explains the stage in the request’s language', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await agencyStep(api, created.body.id, 'review', { office: '广州市社保卡服务中心', officePhone: '020-12333', note: '资料齐全' });
  const res = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token, headers: { 'accept-language': 'en' } });
  t.is(res.status, 200);
  t.is(res.body.stage, 'review');
  t.deepEqual(res.body.stageExplanation, { code: 'review', text: 'Staff are checking your identity details and your photo.' });
  t.like(res.body.timeline[1], { stage: 'review', office: '广州市社保卡服务中心', officePhone: '020-12333', note: '资料齐全', reason: null });
  const zh = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token, headers: { 'accept-language': 'zh-CN' } });
  t.is(zh.body.stageExplanation.text, '工作人员正在核对您的身份信息和照片。');
});

test('explains a failed review by its reason', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await agencyStep(api, created.body.id, 'review');
  await agencyStep(api, created.body.id, 'reviewFailed', { reason: 'photoUnclear', note: '照片模糊' });
  const res = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token, headers: { 'accept-language': 'es' } });
  t.is(res.body.stageExplanation.code, 'reviewFailed.photoUnclear');
  t.regex(res.body.stageExplanation.text, /foto/);
  t.deepEqual(res.body.expected, []);
  t.false(res.body.canCancel);
});

test('gives an expected date for every remaining stage, in order, from the defaults when history is thin', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  const expected = created.body.expected as { stage: string; at: string }[];
  t.deepEqual(
    expected.map((e) => e.stage),
    MAIN_STAGES.slice(1),
  );
  const times = expected.map((e) => Date.parse(e.at));
  t.true(times.every((time, i) => time > (i === 0 ? api.clock.now.getTime() : (times[i - 1] as number))), 'strictly later, stage after stage');
  // Review starts one day after submission by default.
  t.is(expected[0]?.at, new Date(api.clock.now.getTime() + DAY_MS).toISOString());
});

test('estimates from the median time each stage really took once there is enough history', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  // Five earlier applications whose review took 2, 2, 2, 4 and 6 days: the median is 2.
  for (const days of [2, 2, 2, 4, 6]) {
    const earlier = await applicant(api);
    const created = await submit(api, earlier.token, branchBody(earlier.photoId));
    await agencyStep(api, created.body.id, 'review');
    api.clock.advance(days * DAY_MS);
    await agencyStep(api, created.body.id, 'accountOpened');
  }
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await agencyStep(api, created.body.id, 'review');
  const res = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token });
  const accountOpened = res.body.expected.find((e: { stage: string }) => e.stage === 'accountOpened');
  t.is(accountOpened.at, new Date(api.clock.now.getTime() + 2 * DAY_MS).toISOString());
});

test('quick cancellations and failed reviews do not count towards how long a stage takes', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  // Five people cancel a minute after submitting; had those minutes counted, review would be due in one.
  for (let i = 0; i < 5; i += 1) {
    const earlier = await applicant(api);
    const created = await submit(api, earlier.token, branchBody(earlier.photoId));
    api.clock.advance(60_000);
    t.is((await api.call('POST', `/api/v1/applications/${created.body.id}/cancel`, { token: earlier.token })).status, 200);
  }
  // Five reviews that failed within a minute say nothing about when a review passes.
  for (let i = 0; i < 5; i += 1) {
    const earlier = await applicant(api);
    const created = await submit(api, earlier.token, branchBody(earlier.photoId));
    api.clock.advance(DAY_MS);
    await agencyStep(api, created.body.id, 'review');
    api.clock.advance(60_000);
    await agencyStep(api, created.body.id, 'reviewFailed', { reason: 'other' });
  }
  api.clock.advance(DAY_MS); // past the estimates' cache
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  const expected = created.body.expected as { stage: string; at: string }[];
  t.is(expected[0]?.stage, 'review');
  t.is(expected[0]?.at, new Date(api.clock.now.getTime() + DAY_MS).toISOString(), 'the default day, not one minute');
  t.is(expected[1]?.at, new Date(api.clock.now.getTime() + 4 * DAY_MS).toISOString(), 'the default three days of review, not one minute');
});

test('lets the person cancel before production and announces it', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'accountOpened');
  const res = await api.call('POST', `/api/v1/applications/${created.body.id}/cancel`, { token: person.token });
  t.is(res.status, 200);
  t.is(res.body.stage, 'cancelled');
  t.false(res.body.canCancel);
  t.is(res.body.timeline.at(-1).stage, 'cancelled');
  const twice = await api.call('POST', `/api/v1/applications/${created.body.id}/cancel`, { token: person.token });
  t.is(twice.status, 200);
  t.is(twice.body.timeline.length, res.body.timeline.length);
  const notices = await api.deps.models.Outbox.find({ 'payload.applicationId': created.body.id, 'payload.to': 'cancelled' }).lean();
  t.is(notices.length, 1);
  // The person may now apply again.
  await giveCard(api, person.personId, { state: 'G' });
  t.is((await submit(api, person.token, branchBody(person.photoId))).status, 201);
});

test('refuses to cancel once the card is in production', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'inProduction');
  const res = await api.call('POST', `/api/v1/applications/${created.body.id}/cancel`, { token: person.token });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'CANNOT_CANCEL');
  t.is(res.body.error.details.stage, 'inProduction');
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'inProduction');
});
