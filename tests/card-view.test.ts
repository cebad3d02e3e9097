import test from 'ava';
import { chinaDate, maskCardNumber, maskIdNumber, maskName } from '../shared/src';
import { boundPerson, SCANNER_KEY, startApi } from './helpers/api';
import { DAY_MS, LONG_SESSIONS, personWithCard } from './helpers/card';

test('shows the card masked by default', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { bank: '中国建设银行', expiresAt: new Date('2031-03-01T00:00:00.000Z') }, { name: '欧阳小明' });
  const res = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.is(res.status, 200);
  t.deepEqual(res.body, {
    cardNumber: maskCardNumber(holder.cardNumber),
    holder: { name: '欧**明', idNumber: maskIdNumber(holder.idNumber) },
    bank: '中国建设银行',
    city: '广州市',
    issuedAt: res.body.issuedAt,
    expiresAt: '2031-03-01T00:00:00.000Z',
    expired: false,
    state: 'A',
    loss: null,
    password: { mustChange: true, locked: false, attemptsLeft: 6 },
    // Sixty days before expiry is 31 December 2030 (China); renewal opens at its midnight.
    renewableFrom: '2030-12-30T16:00:00.000Z',
    replacementOffered: false,
  });
  t.false(JSON.stringify(res.body).includes(holder.cardNumber));
  t.false(JSON.stringify(res.body).includes(holder.idNumber));
});

test('says a card past its expiry has expired, still masked, and one before it has not', async (t) => {
  const api = await startApi(t);
  const past = await personWithCard(api, { expiresAt: new Date(api.clock.now.getTime() - DAY_MS) });
  const future = await personWithCard(api, { expiresAt: new Date(api.clock.now.getTime() + DAY_MS) });
  const expired = await api.call('GET', '/api/v1/card', { token: past.token });
  t.is(expired.status, 200);
  t.like(expired.body, { expired: true, state: 'A', cardNumber: maskCardNumber(past.cardNumber), holder: { idNumber: maskIdNumber(past.idNumber) } });
  t.false(JSON.stringify(expired.body).includes(past.cardNumber));
  t.is((await api.call('GET', '/api/v1/card', { token: future.token })).body.expired, false);
});

test('a card valid to the end of a china day expires at midnight china time, when its code is refused', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  // Valid through the China day the clock is in; that midnight is 16:00 UTC, so a UTC day would disagree.
  const expiresAt = new Date(`${chinaDate(api.clock.now)}T23:59:59.999+08:00`);
  const holder = await personWithCard(api, { expiresAt });
  const at = async (time: number) => {
    api.clock.advance(time - api.clock.now.getTime());
    const view = await api.call('GET', '/api/v1/card', { token: holder.token });
    const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
    return { expired: view.body.expired, qr: qr.status };
  };
  t.deepEqual(await at(expiresAt.getTime() - 60_000), { expired: false, qr: 200 });
  t.deepEqual(await at(expiresAt.getTime() - 1), { expired: false, qr: 200 });
  // The last millisecond itself already counts, as it does for the code.
  t.deepEqual(await at(expiresAt.getTime()), { expired: true, qr: 409 });
  t.deepEqual(await at(expiresAt.getTime() + 1), { expired: true, qr: 409 });
  t.deepEqual(await at(expiresAt.getTime() + 8 * 60 * 60 * 1000), { expired: true, qr: 409 });
});

test('records every read of the card in the access log', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  await api.call('GET', '/api/v1/card', { token: holder.token });
  const entries = await api.deps.models.AccessLog.find({ personId: holder.personId }).lean();
  t.deepEqual(entries.map((e) => [e.action, e.actor, String(e.accountId)]), [['card.read', 'weapp', holder.accountId]]);
});

test('answers 404 card not found to a person without a card', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const res = await api.call('GET', '/api/v1/card', { token: person.token });
  t.is(res.status, 404);
  t.is(res.body.error.code, 'CARD_NOT_FOUND');
  // Nothing was disclosed, so nothing is logged as read.
  t.is(await api.deps.models.AccessLog.countDocuments({ action: 'card.read' }), 0);
});

test('refuses the card without a session and with a scanner key', async (t) => {
  const api = await startApi(t);
  await personWithCard(api);
  t.is((await api.call('GET', '/api/v1/card')).status, 401);
  t.is((await api.call('GET', '/api/v1/card', { headers: { 'X-Api-Key': SCANNER_KEY } })).status, 401);
  t.is((await api.call('POST', '/api/v1/card/qr', { headers: { 'X-Api-Key': SCANNER_KEY } })).status, 401);
});

test('another person sees their own card or none, never this one', async (t) => {
  const api = await startApi(t);
  const owner = await personWithCard(api, { password: '258147' });
  const other = await personWithCard(api, { password: '369258' }, { name: '赵四' });
  const stranger = await boundPerson(api);
  const seen = await api.call('GET', '/api/v1/card', { token: other.token });
  t.is(seen.body.cardNumber, maskCardNumber(other.cardNumber));
  t.is(seen.body.holder.name, maskName('赵四'));
  const revealed = await api.call('POST', '/api/v1/card/reveal', { token: other.token, body: { password: '369258' } });
  t.is(revealed.body.cardNumber, other.cardNumber);
  t.not(revealed.body.cardNumber, owner.cardNumber);
  t.is((await api.call('GET', '/api/v1/card', { token: stranger.token })).status, 404);
  t.is((await api.call('POST', '/api/v1/card/reveal', { token: stranger.token, body: { password: '258147' } })).status, 404);
});

test('reveals the full card number and ID number with the right password and logs it', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const res = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  t.is(res.status, 200);
  t.deepEqual(res.body, { cardNumber: holder.cardNumber, name: holder.name, idNumber: holder.idNumber });
  const actions = (await api.deps.models.AccessLog.find({ personId: holder.personId }).lean()).map((e) => e.action);
  t.deepEqual(actions, ['card.reveal']);
});

test('does not reveal with a wrong password and says how many attempts are left', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const res = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'PASSWORD_WRONG');
  t.deepEqual(res.body.error.details, { attemptsLeft: 5 });
  t.false(JSON.stringify(res.body).includes(holder.cardNumber));
  t.is(await api.deps.models.AccessLog.countDocuments({ action: 'card.reveal' }), 0);
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.is(view.body.password.attemptsLeft, 5);
});

test('a card on its initial password must change it before revealing', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const res = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '123456' } });
  t.is(res.status, 403);
  t.is(res.body.error.code, 'PASSWORD_CHANGE_REQUIRED');
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.password.failedAttempts, 0);
});

test('a password that is not six digits is a validation error, not a wrong attempt', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const res = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '2581' } });
  t.is(res.status, 400);
  t.is(res.body.error.code, 'VALIDATION_FAILED');
  t.is(res.body.error.details.issues[0].path, 'body.password');
  const unknownKey = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147', personId: 'x' } });
  t.is(unknownKey.status, 400);
});

test('stores the card number encrypted and the password only as a salted scrypt hash', async (t) => {
  const api = await startApi(t);
  const first = await personWithCard(api);
  const second = await personWithCard(api);
  const docs = await api.deps.models.Card.collection.find({}).toArray();
  const text = JSON.stringify(docs);
  for (const plain of [first.cardNumber, second.cardNumber, '123456']) t.false(text.includes(plain), plain);
  const hashes = docs.map((d) => d.password.hash as string);
  for (const hash of hashes) t.regex(hash, /^scrypt\$N=\d+,r=\d+,p=\d+\$[\w-]+\$[\w-]+$/);
  t.not(hashes[0], hashes[1], 'same password, different salt');
});

test('writes no card number, ID number or name to the logs', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' }, { name: '王建国' });
  await api.call('GET', '/api/v1/card', { token: holder.token });
  await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '147258' } });
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  await api.call('POST', '/api/v1/scanner/verify', { headers: { 'X-Api-Key': SCANNER_KEY }, body: { token: qr.body.token } });
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  await api.log.waitFor((e) => e.msg === 'request completed' && e.path === '/api/v1/card/loss');
  const text = api.log.text();
  t.true(text.includes('/api/v1/card/reveal'), 'requests were logged');
  for (const plain of [holder.cardNumber, holder.idNumber, holder.name, '258147']) t.false(text.includes(plain), plain);
});
