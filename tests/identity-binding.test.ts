import test from 'ava';
import { CONSENT_VERSION } from '../bff/src/content/consent';
import { createPerson } from '../bff/src/services/person-service';
import { makeIdNumber, type TestApi } from './helpers/api';
import { loginAs, startApiWithPlatforms, type FakePlatforms } from './helpers/fake-platforms';

const CONSENT = { accepted: true, version: CONSENT_VERSION };

async function registryPerson(api: TestApi, name = '张伟明', phone = '13566667777') {
  const idNumber = makeIdNumber('19780312');
  const person = await createPerson(api.deps, { name, idNumber, phone, city: '广州市' });
  return { personId: String(person._id), name, idNumber, phone };
}

function start(api: TestApi, token: string, body: object) {
  return api.call('POST', '/api/v1/binding/start', { token, body });
}

async function bind(api: TestApi, fake: FakePlatforms, person: { name: string; idNumber: string; phone: string }, platform: 'weapp' | 'alipay' = 'weapp', subject = `subject-${Math.random()}`) {
  const { token } = await loginAs(api, fake, platform, subject);
  const started = await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  const confirmed = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: api.sms.lastCodeFor(person.phone) } });
  return { token, started, confirmed };
}

test('binding sends a code to the phone on file and confirming links the person with consent', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-bind');
  const started = await start(api, token, { name: person.name, idNumber: person.idNumber.toLowerCase(), consent: CONSENT });
  t.is(started.status, 200);
  t.deepEqual(started.body, { phoneMasked: '135****7777', expiresInSeconds: 300, resendInSeconds: 60 });
  t.is(api.sms.sent.length, 1);
  t.is(api.sms.sent[0]?.phone, person.phone);

  api.clock.advance(1000);
  const confirmed = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: api.sms.lastCodeFor(person.phone) } });
  t.is(confirmed.status, 200);
  t.deepEqual(confirmed.body, { name: '张*明', idNumber: `${person.idNumber[0]}****************${person.idNumber[17]}`, phone: '135****7777', city: '广州市' });
  const account = await api.deps.models.Account.findOne({}).lean();
  t.is(String(account?.personId), person.personId);
  t.is(account?.pendingBinding, null);
  t.deepEqual(account?.consents.map((c) => ({ version: c.version, withdrawnAt: c.withdrawnAt })), [{ version: CONSENT_VERSION, withdrawnAt: null }]);
  const me = await api.call('GET', '/api/v1/me', { token });
  t.true(me.body.bound);
  t.is(me.body.consent.version, CONSENT_VERSION);
  const log = await api.call('GET', '/api/v1/me/access-log', { token });
  t.deepEqual(log.body.entries.map((e: { action: string; actor: string }) => `${e.actor}:${e.action}`), ['weapp:binding.bound', 'weapp:binding.started']);
});

test('a second account naming the same person can neither spend the code nor replace it', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const victim = await loginAs(api, fake, 'weapp', 'openid-victim');
  const other = await loginAs(api, fake, 'alipay', 'openid-other');
  const body = { name: person.name, idNumber: person.idNumber, consent: CONSENT };
  t.is((await start(api, victim.token, body)).status, 200);
  const code = api.sms.lastCodeFor(person.phone) as string;
  // Within the phone's cooldown: no code for the other account, so nothing is pending for it.
  const refused = await start(api, other.token, body);
  t.is(refused.body.error.code, 'SMS_COOLDOWN');
  for (let i = 0; i < 5; i++) {
    const guess = await api.call('POST', '/api/v1/binding/confirm', { token: other.token, body: { code: String(i).repeat(6) } });
    t.is(guess.body.error.code, 'BINDING_NOT_STARTED');
  }
  // After the cooldown it gets a code of its own; guessing with it leaves the victim's code alone.
  api.clock.advance(61_000);
  t.is((await start(api, other.token, body)).status, 200);
  for (let i = 0; i < 5; i++) {
    const guess = await api.call('POST', '/api/v1/binding/confirm', { token: other.token, body: { code } });
    t.regex(guess.body.error.code, /^SMS_CODE_(INVALID|EXPIRED)$/);
  }
  const confirmed = await api.call('POST', '/api/v1/binding/confirm', { token: victim.token, body: { code } });
  t.is(confirmed.status, 200);
});

test('the client cannot choose where the binding code goes', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-phone');
  const res = await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT, phone: '13000000000' });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'VALIDATION_FAILED');
  t.is(api.sms.sent.length, 0);
});

test('an invalid ID number is refused with the reason', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-invalid');
  const valid = makeIdNumber('19900101');
  const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  const cases = { length: '1101051949123100', characters: '11010519491231002A', birthDate: '110105194913310026', checkCharacter: wrongCheck };
  for (const [problem, idNumber] of Object.entries(cases)) {
    const res = await start(api, token, { name: '张伟明', idNumber, consent: CONSENT });
    t.is(res.status, 400, problem);
    t.is(res.body.error.code, 'ID_NUMBER_INVALID');
    t.deepEqual(res.body.error.details, { problem });
  }
});

test('a wrong name and an unknown ID number get the same answer', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-enum');
  const wrongName = await start(api, token, { name: '张伟', idNumber: person.idNumber, consent: CONSENT });
  const unknown = await start(api, token, { name: person.name, idNumber: makeIdNumber('19780312'), consent: CONSENT });
  t.is(wrongName.status, 404);
  t.deepEqual(wrongName.body, unknown.body);
  t.is(wrongName.body.error.code, 'PERSON_NOT_FOUND');
  t.is(api.sms.sent.length, 0);
});

test('binding needs agreement to the current notice before the ID number is looked at', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-consent');
  const bodies = [
    { name: person.name, idNumber: person.idNumber },
    { name: person.name, idNumber: person.idNumber, consent: { accepted: false, version: CONSENT_VERSION } },
    { name: person.name, idNumber: person.idNumber, consent: { accepted: true, version: 'old-version' } },
    { name: person.name, idNumber: 'not-an-id', consent: { accepted: true, version: 'old-version' } },
  ];
  for (const body of bodies) {
    const res = await start(api, token, body);
    t.is(res.status, 400);
    t.is(res.body.error.code, 'CONSENT_REQUIRED');
    t.deepEqual(res.body.error.details, { version: CONSENT_VERSION });
  }
  t.is(api.sms.sent.length, 0);
});

test('a person bound on one platform cannot be bound by another account there, but can on another platform', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  t.is((await bind(api, fake, person, 'weapp', 'openid-first')).confirmed.status, 200);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-second');
  const again = await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  t.is(again.status, 409);
  t.is(again.body.error.code, 'ALREADY_BOUND');

  api.clock.advance(61_000); // the bind code cooldown of the phone on file
  const onAlipay = await bind(api, fake, person, 'alipay', '2088000000000009');
  t.is(onAlipay.confirmed.status, 200);
  t.is(await api.deps.models.Account.countDocuments({ personId: { $ne: null } }), 2);
});

test('a person bound by another account between start and confirm is refused by the unique index', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-slow');
  t.is((await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT })).status, 200);
  // Another instance completes a binding of the same person on the same platform meanwhile.
  await api.deps.models.Account.create({ platform: 'weapp', subjectIdx: 'other-account', personId: person.personId, boundAt: api.clock.now });
  const res = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: api.sms.lastCodeFor(person.phone) } });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'ALREADY_BOUND');
  const slow = await api.deps.models.Account.findOne({ subjectIdx: { $ne: 'other-account' } }).lean();
  t.is(slow?.personId, null);
});

test('confirming without a started binding, or after it expired, is refused', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-confirm');
  const none = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: '123456' } });
  t.is(none.status, 409);
  t.is(none.body.error.code, 'BINDING_NOT_STARTED');
  await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  api.clock.advance(11 * 60_000);
  const late = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: api.sms.lastCodeFor(person.phone) } });
  t.is(late.status, 409);
  t.is(late.body.error.code, 'BINDING_NOT_STARTED');
});

test('a wrong binding code does not bind', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-wrong-code');
  await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  const code = api.sms.lastCodeFor(person.phone);
  const res = await api.call('POST', '/api/v1/binding/confirm', { token, body: { code: code === '999999' ? '888888' : '999999' } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'SMS_CODE_INVALID');
  t.is((await api.deps.models.Account.findOne({}).lean())?.personId, null);
});

test('an account already bound cannot start another binding', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const other = await registryPerson(api, '李娜', '13611110000');
  const { token } = await bind(api, fake, person);
  const res = await start(api, token, { name: other.name, idNumber: other.idNumber, consent: CONSENT });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'ACCOUNT_ALREADY_BOUND');
});

test('an account gets five binding attempts an hour', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-limit');
  for (let i = 0; i < 5; i++) t.is((await start(api, token, { name: '王五', idNumber: person.idNumber, consent: CONSENT })).status, 404);
  const res = await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  t.is(res.status, 429);
  t.is(res.body.error.code, 'RATE_LIMITED');
  t.is(api.sms.sent.length, 0);
  api.clock.advance(60 * 60_000 + 1000);
  const later = await loginAs(api, fake, 'weapp', 'openid-limit');
  t.is((await start(api, later.token, { name: person.name, idNumber: person.idNumber, consent: CONSENT })).status, 200);
});

test('an ID number gets ten binding attempts a day, whichever accounts make them', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  for (const subject of ['a', 'b']) {
    const { token } = await loginAs(api, fake, 'weapp', `openid-${subject}`);
    for (let i = 0; i < 5; i++) await start(api, token, { name: '赵六', idNumber: person.idNumber, consent: CONSENT });
  }
  const { token } = await loginAs(api, fake, 'alipay', '2088000000000003');
  const res = await start(api, token, { name: person.name, idNumber: person.idNumber, consent: CONSENT });
  t.is(res.status, 429);
  const keys = (await api.deps.models.RateLimit.find({}).lean()).map((r) => r.key).join(' ');
  t.false(keys.includes(person.idNumber));
});

test('unbinding withdraws consent and ends every session of the account', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await bind(api, fake, person, 'weapp', 'openid-unbind');
  const second = await loginAs(api, fake, 'weapp', 'openid-unbind');
  t.true(second.bound);
  const res = await api.call('DELETE', '/api/v1/binding', { token });
  t.is(res.status, 204);
  for (const old of [token, second.token]) t.is((await api.call('GET', '/api/v1/me', { token: old })).status, 401);
  const account = await api.deps.models.Account.findOne({}).lean();
  t.is(account?.personId, null);
  t.truthy(account?.consents[0]?.withdrawnAt);
  const fresh = await loginAs(api, fake, 'weapp', 'openid-unbind');
  t.false(fresh.bound);
  const me = await api.call('GET', '/api/v1/me', { token: fresh.token });
  t.deepEqual([me.body.person, me.body.consent], [null, null]);
});

test('a login that read the account just before an unbinding landed gets an unbound session', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const person = await registryPerson(api);
  const { token } = await bind(api, fake, person, 'weapp', 'openid-race');
  // The login is held between its read of the (still bound) account and its session's insert, the
  // unbinding runs in that window, then the login goes on: the window a real race needs luck to hit.
  const { Session } = api.deps.models;
  const insert = Session.create;
  let reached!: () => void;
  let release!: () => void;
  const atInsert = new Promise<void>((resolve) => (reached = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));
  Session.create = async function (this: typeof Session, ...args: unknown[]) {
    reached();
    await held;
    return (insert as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof insert;
  t.teardown(() => {
    Session.create = insert;
  });
  const login = loginAs(api, fake, 'weapp', 'openid-race');
  await atInsert;
  Session.create = insert;
  t.is((await api.call('DELETE', '/api/v1/binding', { token })).status, 204);
  release();
  const late = await login;
  t.false(late.bound, 'the answer says what the session is');
  const me = await api.call('GET', '/api/v1/me', { token: late.token });
  t.is(me.status, 200);
  t.is(me.body.person, null);
  const records = await api.call('GET', '/api/v1/records/summary', { token: late.token });
  t.is(records.status, 403, 'the person\'s data is out of reach');
  t.is((await api.deps.models.Session.findOne({ accountId: (await api.deps.models.Account.findOne({}).lean())?._id }).lean())?.personId, null);
});

test('unbinding needs a bound session', async (t) => {
  const { api, fake } = await startApiWithPlatforms(t);
  const { token } = await loginAs(api, fake, 'weapp', 'openid-unbound');
  const notBound = await api.call('DELETE', '/api/v1/binding', { token });
  t.is(notBound.status, 403);
  t.is(notBound.body.error.code, 'NOT_BOUND');
  t.is((await api.call('DELETE', '/api/v1/binding')).status, 401);
});
