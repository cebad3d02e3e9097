import test from 'ava';
import { maskIdNumber, maskName } from '../shared/src';
import { signQrToken } from '../bff/src/security/qr-token';
import { AGENCY_KEY, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { personWithCard } from './helpers/card';

const scan = (api: TestApi, token: unknown) => api.call('POST', '/api/v1/scanner/verify', { headers: { 'X-Api-Key': SCANNER_KEY }, body: { token } });

test('an expired card gets no code, and a code scanned after the card expired is not valid', async (t) => {
  const api = await startApi(t);
  const expired = await personWithCard(api, { expiresAt: new Date(api.clock.now.getTime() - 1000) });
  const refused = await api.call('POST', '/api/v1/card/qr', { token: expired.token });
  t.is(refused.status, 409);
  t.is(refused.body.error.code, 'CARD_NOT_USABLE');
  const expiring = await personWithCard(api, { expiresAt: new Date(api.clock.now.getTime() + 10_000) });
  const qr = await api.call('POST', '/api/v1/card/qr', { token: expiring.token });
  t.is(qr.status, 200);
  api.clock.advance(20_000);
  const scanned = await scan(api, qr.body.token);
  t.is(scanned.body.result, 'cardNotUsable');
  t.is(scanned.body.holder, undefined);
});

test('issues a signed code valid for a minute and a new one on every refresh', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const first = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is(first.status, 200);
  t.is(Date.parse(first.body.expiresAt) - Math.floor(api.clock.now.getTime() / 1000) * 1000, 60_000);
  t.true(first.body.refreshInSeconds < 60);
  const second = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.not(second.body.token, first.body.token);
  t.false(first.body.token.includes(holder.cardNumber));
  t.is(await api.deps.models.QrToken.countDocuments({ cardId: holder.cardId }), 2);
});

test('a scanner accepts a code once and then answers used', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, {}, { name: '王建国', city: '深圳市' });
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  const first = await scan(api, qr.body.token);
  t.is(first.status, 200);
  t.deepEqual(first.body, { result: 'valid', holder: { name: maskName('王建国'), idNumber: maskIdNumber(holder.idNumber) }, city: '深圳市', cardState: 'A' });
  const second = await scan(api, qr.body.token);
  t.deepEqual(second.body, { result: 'used' });
});

test('two scanners racing on one code: exactly one is accepted', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  const results = await Promise.all([1, 2, 3, 4].map(() => scan(api, qr.body.token)));
  t.deepEqual(results.map((r) => r.body.result).sort(), ['used', 'used', 'used', 'valid']);
});

test('records each scan in the holder access log under the scanner name', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  await scan(api, qr.body.token);
  const entries = await api.deps.models.AccessLog.find({ personId: holder.personId }).lean();
  t.deepEqual(entries.map((e) => [e.action, e.actor, e.accountId]), [['card.scanned', 'test-clinic', null]]);
});

test('a code is expired once its minute is over', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  api.clock.advance(61_000);
  t.deepEqual((await scan(api, qr.body.token)).body, { result: 'expired' });
  t.is(await api.deps.models.AccessLog.countDocuments({ action: 'card.scanned' }), 0);
});

test('answers invalid for an altered, foreign or garbage code', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  const [prefix, body, signature] = qr.body.token.split('.');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
  const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url');
  const foreign = signQrToken(Buffer.alloc(32, 1), { jti: claims.jti, cardId: claims.cid, version: claims.ver, exp: claims.exp });
  for (const token of [`${prefix}.${longer}.${signature}`, foreign, 'hello', 'ssc1..', `${qr.body.token}x`]) {
    const res = await scan(api, token);
    t.is(res.status, 200, token);
    t.deepEqual(res.body, { result: 'invalid' }, token);
  }
  t.deepEqual((await scan(api, qr.body.token)).body.result, 'valid', 'the real code was not used up by the fakes');
  t.is((await scan(api, 42)).status, 400);
});

test('a code signed with the right key but never issued is invalid', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const exp = Math.floor(api.clock.now.getTime() / 1000) + 60;
  const token = signQrToken(api.deps.secrets.qrKey, { jti: 'never-issued', cardId: holder.cardId, version: 0, exp });
  t.deepEqual((await scan(api, token)).body, { result: 'invalid' });
});

test('only scanner keys reach the scanner route', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  const body = { token: qr.body.token };
  t.is((await api.call('POST', '/api/v1/scanner/verify', { body })).status, 401);
  t.is((await api.call('POST', '/api/v1/scanner/verify', { token: holder.token, body })).status, 401);
  t.is((await api.call('POST', '/api/v1/scanner/verify', { headers: { 'X-Api-Key': AGENCY_KEY }, body })).status, 401);
  t.is((await scan(api, qr.body.token)).body.result, 'valid');
});

test('refuses a code while the card is reported lost', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  const res = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'CARD_NOT_USABLE');
  t.deepEqual(res.body.error.details, { state: 'K' });
});

for (const state of ['S', 'G', 'T'] as const) {
  test(`refuses a code for a card in state ${state}`, async (t) => {
    const api = await startApi(t);
    const holder = await personWithCard(api, { state });
    const res = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
    t.is(res.status, 409);
    t.deepEqual(res.body.error.details, { state });
  });
}

test('a code made before the card was reported lost scans as card not usable', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  t.deepEqual((await scan(api, qr.body.token)).body, { result: 'cardNotUsable', city: '广州市', cardState: 'K' });
});

test('a code made before the card changed state is stale once it is active again', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const qr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  const lifted = await api.call('POST', '/api/v1/card/loss/lift', { token: holder.token, body: { password: '258147' } });
  t.is(lifted.body.state, 'A');
  t.deepEqual((await scan(api, qr.body.token)).body, { result: 'expired' });
  const fresh = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is((await scan(api, fresh.body.token)).body.result, 'valid');
});

test('limits codes to twenty a minute per person', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  for (let i = 0; i < 20; i++) t.is((await api.call('POST', '/api/v1/card/qr', { token: holder.token })).status, 200);
  const over = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is(over.status, 429);
  t.is(over.body.error.code, 'RATE_LIMITED');
});

test('a code always shows the holder of the session that asked for it', async (t) => {
  const api = await startApi(t);
  const first = await personWithCard(api, {}, { name: '陈一' });
  const second = await personWithCard(api, {}, { name: '林二二' });
  const qr = await api.call('POST', '/api/v1/card/qr', { token: second.token });
  const res = await scan(api, qr.body.token);
  t.is(res.body.holder.idNumber, maskIdNumber(second.idNumber));
  t.is(res.body.holder.name, maskName('林二二'));
  t.is(await api.deps.models.AccessLog.countDocuments({ personId: first.personId }), 0);
});
