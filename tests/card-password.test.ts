import { randomBytes, scryptSync } from 'node:crypto';
import test from 'ava';
import { hashPassword, needsRehash, verifyPassword } from '../bff/src/security/password-hash';
import { boundPerson, startApi } from './helpers/api';
import { personWithCard } from './helpers/card';

const change = (oldPassword: string, newPassword: string) => ({ body: { oldPassword, newPassword } });

test('changes the initial password on first use, after which protected actions work', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const res = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('123456', '258147') });
  t.is(res.status, 204);
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.deepEqual(view.body.password, { mustChange: false, locked: false, attemptsLeft: 6 });
  const reveal = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  t.is(reveal.status, 200);
  const old = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '123456' } });
  t.is(old.body.error.code, 'PASSWORD_WRONG');
  t.true(await api.deps.models.AccessLog.exists({ personId: holder.personId, action: 'card.passwordChanged' }).then(Boolean));
});

test('names each password rule the new password breaks', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, {}, { idNumber: '11010519491231002X' });
  const cases: [string, string[]][] = [
    ['12345', ['sixDigits']],
    ['12a456', ['sixDigits']],
    ['777777', ['notAllSame']],
    ['987654', ['notSequential']],
    ['123456', ['notSequential', 'notInitial']],
    ['491231', ['notFromIdNumber']],
  ];
  for (const [password, rules] of cases) {
    const res = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('123456', password) });
    t.is(res.status, 400, password);
    t.is(res.body.error.code, 'PASSWORD_RULES', password);
    t.deepEqual(res.body.error.details.rules, rules, password);
  }
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.password.failedAttempts, 0, 'a rejected new password costs no attempt');
  t.true(stored?.password.initial);
});

test('a wrong old password does not change the password', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const res = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('147258', '369147') });
  t.is(res.body.error.code, 'PASSWORD_WRONG');
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
});

test('locks after six wrong attempts, and then even the right password is refused', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const left: number[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
    left.push(res.body.error.details.attemptsLeft);
  }
  t.deepEqual(left, [5, 4, 3, 2, 1]);
  const sixth = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
  t.is(sixth.status, 423);
  t.is(sixth.body.error.code, 'PASSWORD_LOCKED');
  t.deepEqual(sixth.body.error.details, { unlock: ['smsReset', 'serviceWindow'] });
  const right = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' }, headers: { 'Accept-Language': 'en' } });
  t.is(right.status, 423);
  t.regex(right.body.error.message, /code sent to the phone number on file/);
  t.regex(right.body.error.message, /service window with your ID card/);
  const changed = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('258147', '369147') });
  t.is(changed.body.error.code, 'PASSWORD_LOCKED', 'the old password does not unlock either');
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.deepEqual(view.body.password, { mustChange: false, locked: true, attemptsLeft: 0 });
  const notices = await api.deps.models.Outbox.find({ personId: holder.personId }).lean();
  t.deepEqual(notices.map((n) => n.kind), ['card.passwordLocked']);
});

test('parallel wrong guesses never get more than six tries', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const guesses = ['111112', '111113', '111114', '111115', '111116', '111117', '111118', '111119', '111121'];
  const answers = await Promise.all(guesses.map((password) => api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password } })));
  t.is(answers.filter((a) => a.body.error.code === 'PASSWORD_WRONG').length, 5);
  t.is(answers.filter((a) => a.body.error.code === 'PASSWORD_LOCKED').length, 4);
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.password.failedAttempts, 6);
  t.truthy(stored?.password.lockedAt);
  t.is(await api.deps.models.Outbox.countDocuments({ kind: 'card.passwordLocked' }), 1);
});

test('a right password clears the count of wrong attempts', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  for (let i = 0; i < 3; i++) await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
  await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.is(view.body.password.attemptsLeft, 6);
});

test('a reset code sent to the phone on file sets a new password and unlocks', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' }, { phone: '13812341234' });
  for (let i = 0; i < 6; i++) await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
  const sent = await api.call('POST', '/api/v1/card/password/reset/code', { token: holder.token });
  t.is(sent.status, 200);
  t.is(sent.body.phoneMasked, '138****1234');
  const code = api.sms.lastCodeFor('13812341234');
  t.truthy(code);
  const reset = await api.call('POST', '/api/v1/card/password/reset', { token: holder.token, body: { code, newPassword: '369147' } });
  t.is(reset.status, 204);
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.deepEqual(view.body.password, { mustChange: false, locked: false, attemptsLeft: 6 });
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '369147' } })).status, 200);
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).body.error.code, 'PASSWORD_WRONG');
});

test('a reset with a wrong code or a password breaking the rules changes nothing', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' }, { phone: '13812345678' });
  await api.call('POST', '/api/v1/card/password/reset/code', { token: holder.token });
  const code = api.sms.lastCodeFor('13812345678') as string;
  const wrongCode = code === '000000' ? '000001' : '000000';
  const bad = await api.call('POST', '/api/v1/card/password/reset', { token: holder.token, body: { code: wrongCode, newPassword: '369147' } });
  t.is(bad.body.error.code, 'SMS_CODE_INVALID');
  const weak = await api.call('POST', '/api/v1/card/password/reset', { token: holder.token, body: { code, newPassword: '666666' } });
  t.is(weak.body.error.code, 'PASSWORD_RULES');
  t.deepEqual(weak.body.error.details.rules, ['notAllSame']);
  // The code survived the rejected password and still works.
  t.is((await api.call('POST', '/api/v1/card/password/reset', { token: holder.token, body: { code, newPassword: '369147' } })).status, 204);
});

test('a change says nothing about the ID number until the old password is right', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' }, { idNumber: '11010519491231002X' });
  // '491231' is part of the ID number: with a wrong old password that must not show.
  const wrong = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('147258', '491231') });
  t.is(wrong.body.error.code, 'PASSWORD_WRONG');
  const right = await api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('258147', '491231') });
  t.is(right.body.error.code, 'PASSWORD_RULES');
  t.deepEqual(right.body.error.details.rules, ['notFromIdNumber']);
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
});

test('a reset says nothing about the ID number until the code is right, and keeps the code for another try', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' }, { idNumber: '11010519491231002X', phone: '13812345678' });
  const reset = (code: string, newPassword: string) => api.call('POST', '/api/v1/card/password/reset', { token: holder.token, body: { code, newPassword } });
  // No code sent yet: a password in the ID number and one outside it get the same answer.
  t.is((await reset('000000', '491231')).body.error.code, 'SMS_CODE_EXPIRED');
  t.is((await reset('000000', '370258')).body.error.code, 'SMS_CODE_EXPIRED');
  await api.call('POST', '/api/v1/card/password/reset/code', { token: holder.token });
  const code = api.sms.lastCodeFor('13812345678') as string;
  const wrongCode = code === '000000' ? '000001' : '000000';
  t.is((await reset(wrongCode, '491231')).body.error.code, 'SMS_CODE_INVALID');
  const fromId = await reset(code, '491231');
  t.is(fromId.body.error.code, 'PASSWORD_RULES');
  t.deepEqual(fromId.body.error.details.rules, ['notFromIdNumber']);
  t.is((await reset(code, '370258')).status, 204);
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '370258' } })).status, 200);
});

test('limits password checks per person to ten a minute', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  for (let i = 0; i < 10; i++) {
    t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
  }
  const over = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  t.is(over.status, 429);
  t.truthy(over.headers.get('retry-after'));
  api.clock.advance(61_000);
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
});

test('password routes need a session and a card', async (t) => {
  const api = await startApi(t);
  t.is((await api.call('POST', '/api/v1/card/password/change', change('123456', '258147'))).status, 401);
  t.is((await api.call('POST', '/api/v1/card/password/reset/code')).status, 401);
  const stranger = await boundPerson(api);
  t.is((await api.call('POST', '/api/v1/card/password/reset/code', { token: stranger.token })).body.error.code, 'CARD_NOT_FOUND');
  t.is(api.sms.sent.length, 0);
});

/** A hash made with weaker parameters than today's, as an older release would have stored it. */
function olderHash(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 });
  return `scrypt$N=1024,r=8,p=1$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

test('hashes carry their parameters so older ones still verify and ask to be redone', async (t) => {
  const hash = await hashPassword('258147');
  t.true(await verifyPassword('258147', hash));
  t.false(await verifyPassword('258148', hash));
  t.false(needsRehash(hash));
  const older = olderHash('258147');
  t.true(await verifyPassword('258147', older));
  t.false(await verifyPassword('258148', older));
  t.true(needsRehash(older));
  t.false(await verifyPassword('258147', hash.replace(/N=\d+/, 'N=1024')), 'the parameters are part of what is checked');
  t.false(await verifyPassword('258147', 'not-a-hash'));
});

test('a right password on an older hash upgrades the stored hash', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  await api.deps.models.Card.updateOne({ _id: holder.cardId }, { $set: { 'password.hash': olderHash('258147') } });
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.false(needsRehash(stored?.password.hash ?? ''));
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } })).status, 200);
});

/**
 * Holds the first call of `Card[method]` whose update `matches` until `release`: the window
 * between a password check and the write that relies on it, which a real race needs luck to hit.
 */
function holdCardWrite(
  api: Awaited<ReturnType<typeof startApi>>,
  method: 'updateOne' | 'findOneAndUpdate',
  matches: (update: { $set?: Record<string, unknown> }) => boolean,
) {
  const Card = api.deps.models.Card as unknown as Record<string, (...a: unknown[]) => unknown>;
  const write = Card[method]!;
  let reached!: () => void;
  let release!: () => void;
  const atWrite = new Promise<void>((resolve) => (reached = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));
  Card[method] = function (this: unknown, ...args: unknown[]) {
    if (!matches((args[1] ?? {}) as { $set?: Record<string, unknown> })) return write.apply(this, args);
    Card[method] = write;
    reached();
    return held.then(() => write.apply(this, args));
  };
  return { atWrite, release, restore: () => (Card[method] = write) };
}

async function resetTo(api: Awaited<ReturnType<typeof startApi>>, token: string, newPassword: string) {
  await api.call('POST', '/api/v1/card/password/reset/code', { token });
  const code = api.sms.sent.at(-1)!.params[0]!;
  return api.call('POST', '/api/v1/card/password/reset', { token, body: { code, newPassword } });
}

test('a change checked against the old password does not undo a reset that landed before its write', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const hold = holdCardWrite(api, 'updateOne', (update) => update.$set?.password !== undefined);
  t.teardown(hold.restore);
  // Someone who knows the old password changes it, while the owner resets it by SMS code.
  const changing = api.call('POST', '/api/v1/card/password/change', { token: holder.token, ...change('258147', '369147') });
  await hold.atWrite;
  t.is((await resetTo(api, holder.token, '482915')).status, 204);
  hold.release();
  const changed = await changing;
  t.is(changed.status, 409);
  t.is(changed.body.error.code, 'CONFLICT');
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.true(await verifyPassword('482915', stored!.password.hash), 'the reset stands');
  t.false(await verifyPassword('369147', stored!.password.hash));
});

test('a wrong guess still under way when a reset lands does not lock the new password', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const reveal = (password: string) => api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password } });
  for (let i = 0; i < 5; i += 1) t.is((await reveal('111222')).status, 400);
  const hold = holdCardWrite(api, 'findOneAndUpdate', (update) => update.$set?.['password.lockedAt'] !== undefined);
  t.teardown(hold.restore);
  const sixth = reveal('111222');
  await hold.atWrite;
  t.is((await resetTo(api, holder.token, '482915')).status, 204);
  hold.release();
  t.is((await sixth).status, 423, 'the sixth guess itself is answered locked');
  t.is((await reveal('482915')).status, 200, 'the new password works');
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.like(view.body.password, { locked: false });
});
