import test from 'ava';
import { advanceDemoApplications, startApplicationMover } from '../bff/src/demo/application-mover';
import { startApi } from './helpers/api';
import { applicant, branchBody, submit } from './helpers/applications';

test('in demo mode new applications are flagged and one step moves them one stage, with its outbox record', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  t.is(await advanceDemoApplications(api.deps), 1);
  const detail = await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token });
  t.is(detail.body.stage, 'review');
  t.like(detail.body.timeline[1], { stage: 'review', office: '市社会保障卡服务中心' });
  const notices = await api.deps.models.Outbox.find({ 'payload.applicationId': created.body.id }).lean();
  t.deepEqual(
    notices.map((n) => n.payload),
    [{ applicationId: created.body.id, from: 'submitted', to: 'review', delivery: 'branch' }],
  );
});

test('the demo walks an application to activation and then leaves it alone', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  for (let step = 0; step < 7; step += 1) t.is(await advanceDemoApplications(api.deps), 1);
  t.is(await advanceDemoApplications(api.deps), 0);
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'activated');
  t.like(stored?.history.at(-1), { office: '中国工商银行广州天河支行', officePhone: '020-38881234' });
  t.is(await api.deps.models.Outbox.countDocuments({ 'payload.applicationId': created.body.id }), 7);
  // The branch handed over a card: the person has it now, on the initial password.
  const card = await api.call('GET', '/api/v1/card', { token: person.token });
  t.is(card.status, 200);
  t.like(card.body, { state: 'A', bank: 'ICBC', password: { mustChange: true } });
  t.regex(card.body.cardNumber, /^D\*{6}\d{2}$/);
});

test('the demo leaves real applications alone', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  t.is(await advanceDemoApplications(api.deps), 0);
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'submitted');
  t.false(stored?.demo);
});

test('two instances stepping at once move a demo application one stage only', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  const moved = await Promise.all([advanceDemoApplications(api.deps), advanceDemoApplications(api.deps), advanceDemoApplications(api.deps)]);
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'review');
  t.is(stored?.history.length, 2);
  t.is(await api.deps.models.Outbox.countDocuments({ 'payload.applicationId': created.body.id }), 1);
  t.true(moved.reduce((a, b) => a + b, 0) >= 1);
});

test('the mover runs on its interval until stopped', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  // Each step waits for the stage to be half an interval old, on the app's clock.
  api.clock.advance(1000);
  const stop = startApplicationMover(api.deps, { intervalMs: 20 });
  t.teardown(stop);
  const stageNow = async () => (await api.deps.models.Application.findById(created.body.id).lean())?.stage;
  for (let waited = 0; (await stageNow()) === 'submitted' && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  stop();
  t.not(await stageNow(), 'submitted');
});

test('the mover does nothing outside demo mode', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await api.deps.models.Application.updateOne({ _id: created.body.id }, { $set: { demo: true } });
  api.clock.advance(1000);
  const stop = startApplicationMover(api.deps, { intervalMs: 10 });
  t.teardown(stop);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'submitted');
});
