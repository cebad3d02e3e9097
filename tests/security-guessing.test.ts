import { randomBytes } from 'node:crypto';
import test from 'ava';
import { CONSENT_VERSION } from '../bff/src/content/consent';
import { createPerson } from '../bff/src/services/person-service';
import { createSession } from '../bff/src/services/session-service';
import type { TestApi } from './helpers/api';
import { makeIdNumber } from './helpers/api';
import { personWithCard } from './helpers/card';
import { startTwoApis } from './helpers/security-cluster';

const PHONE = '13812345678';
const codes = (responses: { body: any }[]) => responses.map((r) => r.body?.error?.code ?? 'OK').sort(); // eslint-disable-line @typescript-eslint/no-explicit-any
const wrongCodes = (right: string) => ['000000', '111111', '222222', '333333', '444444', '555555', '666666', '777777', '888888', '999999', '121212'].filter((c) => c !== right);

/** An account not bound yet, with a session that works on either instance (they share the database). */
async function unboundSession(api: TestApi): Promise<string> {
  const account = await api.deps.models.Account.create({ platform: 'weapp', subjectIdx: api.deps.cipher.index('weapp:subject', randomBytes(8).toString('hex')) });
  return (await createSession(api.deps, account._id, 'weapp')).token;
}

test.serial('an sms code gets five guesses in all, whichever instance takes them', async (t) => {
  const [a, b] = await startTwoApis(t);
  t.is((await a.call('POST', '/api/v1/auth/sms', { body: { phone: PHONE } })).status, 200);
  const right = a.sms.lastCodeFor(PHONE) as string;
  const left: number[] = [];
  for (const [i, code] of wrongCodes(right).slice(0, 5).entries()) {
    const res = await [a, b][i % 2]!.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } });
    left.push(res.body.error.details.attemptsLeft);
  }
  t.deepEqual(left, [4, 3, 2, 1, 0]);
  const late = await b.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code: right } });
  t.is(late.body.error.code, 'SMS_CODE_EXPIRED', 'the right code no longer works after five wrong ones');
  t.is(await a.deps.models.Session.countDocuments(), 0);
});

test.serial('parallel sms code guesses on two instances still get five tries only', async (t) => {
  const [a, b] = await startTwoApis(t);
  await b.call('POST', '/api/v1/auth/sms', { body: { phone: PHONE } });
  const right = b.sms.lastCodeFor(PHONE) as string;
  const guesses = await Promise.all(wrongCodes(right).slice(0, 10).map((code, i) => [a, b][i % 2]!.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code } })));
  t.deepEqual(codes(guesses), [...Array(5).fill('SMS_CODE_EXPIRED'), ...Array(5).fill('SMS_CODE_INVALID')]);
  t.is((await a.call('POST', '/api/v1/auth/login/h5', { body: { phone: PHONE, code: right } })).status, 400);
});

test.serial('six wrong service passwords across two instances lock the card on both', async (t) => {
  const [a, b] = await startTwoApis(t);
  const holder = await personWithCard(a, { password: '258147' });
  const reveal = (api: TestApi, password: string) => api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password } });
  const left: number[] = [];
  for (const api of [a, b, a, b, a]) left.push((await reveal(api, '147258')).body.error.details.attemptsLeft);
  t.deepEqual(left, [5, 4, 3, 2, 1]);
  t.is((await reveal(b, '147258')).status, 423);
  for (const api of [a, b]) t.is((await reveal(api, '258147')).body.error.code, 'PASSWORD_LOCKED');
});

test.serial('parallel wrong service passwords on two instances lock after six attempts in total', async (t) => {
  const [a, b] = await startTwoApis(t);
  const holder = await personWithCard(a, { password: '258147' });
  const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => [a, b][i % 2]!.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } })));
  const got = codes(answers);
  t.is(got.filter((c) => c === 'PASSWORD_WRONG').length, 5, got.join(' '));
  t.true(got.every((c) => ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'RATE_LIMITED'].includes(c)), got.join(' '));
  const card = await a.deps.models.Card.findById(holder.cardId).lean();
  t.is(card?.password.failedAttempts, 6);
  t.truthy(card?.password.lockedAt);
  a.clock.advance(61_000); // past the per-minute check limit: what answers now is the lock
  for (const api of [a, b]) t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).body.error.code, 'PASSWORD_LOCKED');
});

test.serial('binding attempts of one account are counted across two instances', async (t) => {
  const [a, b] = await startTwoApis(t);
  const idNumber = makeIdNumber();
  await createPerson(a.deps, { name: '陈志强', idNumber, phone: PHONE, city: '广州市' });
  const token = await unboundSession(a);
  const start = (api: TestApi, name: string) => api.call('POST', '/api/v1/binding/start', { token, body: { name, idNumber, consent: { accepted: true, version: CONSENT_VERSION } } });
  const first = await Promise.all([a, b, a, b, a].map((api) => start(api, '王五')));
  t.deepEqual(codes(first), Array(5).fill('PERSON_NOT_FOUND'));
  for (const api of [a, b]) t.is((await start(api, '陈志强')).body.error.code, 'RATE_LIMITED', 'even the right name is refused now');
  t.is(a.sms.sent.length, 0);
});

test.serial('binding attempts on one ID number are counted across accounts and instances', async (t) => {
  const [a, b] = await startTwoApis(t);
  const idNumber = makeIdNumber();
  await createPerson(a.deps, { name: '陈志强', idNumber, phone: PHONE, city: '广州市' });
  const start = (api: TestApi, token: string, name: string) => api.call('POST', '/api/v1/binding/start', { token, body: { name, idNumber, consent: { accepted: true, version: CONSENT_VERSION } } });
  const [one, two, three] = [await unboundSession(a), await unboundSession(a), await unboundSession(a)];
  const wrong = await Promise.all([...Array(5).fill(one), ...Array(5).fill(two)].map((token, i) => start([a, b][i % 2]!, token, '王五')));
  t.deepEqual(codes(wrong), Array(10).fill('PERSON_NOT_FOUND'));
  t.is((await start(b, three as string, '陈志强')).body.error.code, 'RATE_LIMITED');
});
