import test from 'ava';
import { advanceDemoApplications } from '../bff/src/demo/application-mover';
import { seedIfEmpty } from '../bff/src/seed';
import { seedPeople } from '../bff/src/seed/people';
import { startApi } from './helpers/api';

test('seeds the demonstration people once, covering each situation the README lists', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  t.is(await seedIfEmpty(api.deps), seedPeople('2026-01').length);
  t.is(await seedIfEmpty(api.deps), 0, 'a second start adds nothing');
  const { Person, Card, Application, PaymentRecord } = api.deps.models;
  t.is(await Person.countDocuments(), 6);
  t.deepEqual((await Card.find({}, { state: 1 }).lean()).map((c) => c.state).sort(), ['A', 'A', 'A', 'K', 'L']);
  t.is(await Card.countDocuments({ 'password.initial': true }), 1);
  t.is(await Person.countDocuments({ retired: true }), 1);
  t.is(await Person.countDocuments({ flexibleWorker: true }), 1);
  t.deepEqual((await Application.find({}, { stage: 1 }).lean()).map((a) => a.stage).sort(), ['activated', 'inProduction', 'review', 'reviewFailed']);
  t.true((await PaymentRecord.countDocuments()) > 3000);
  const cities = await PaymentRecord.distinct('place.city');
  t.true(cities.includes('广州市') && cities.includes('深圳市'), 'someone moved between cities');
});

test('seeded demo applications move along in demo mode', async (t) => {
  const api = await startApi(t, { settings: { demoMode: true } });
  await seedIfEmpty(api.deps);
  t.is(await advanceDemoApplications(api.deps), 2);
  const stages = (await api.deps.models.Application.find({ demo: true }, { stage: 1 }).lean()).map((a) => a.stage).sort();
  t.deepEqual(stages, ['accountOpened', 'cityBankReceived']);
});

test('seeded people can sign in by SMS and bind with the name and ID number the README gives', async (t) => {
  const api = await startApi(t);
  await seedIfEmpty(api.deps);
  const [person] = seedPeople('2026-01');
  if (!person) throw new Error('no seed people');
  await api.call('POST', '/api/v1/auth/sms', { body: { phone: person.phone } });
  const login = await api.call('POST', '/api/v1/auth/login/h5', { body: { phone: person.phone, code: api.sms.lastCodeFor(person.phone) } });
  t.is(login.status, 200);
  const notice = await api.call('GET', '/api/v1/consent/notice');
  const start = await api.call('POST', '/api/v1/binding/start', {
    token: login.body.token,
    body: { name: person.name, idNumber: person.idNumber, consent: { accepted: true, version: notice.body.version } },
  });
  t.is(start.status, 200);
  const confirm = await api.call('POST', '/api/v1/binding/confirm', { token: login.body.token, body: { code: api.sms.lastCodeFor(person.phone) } });
  t.is(confirm.status, 200);
  const card = await api.call('GET', '/api/v1/card', { token: login.body.token });
  t.is(card.status, 200);
  t.is(card.body.state, 'A');
});
