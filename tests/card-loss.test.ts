import test from 'ava';
import { maskCardNumber } from '../shared/src';
import { liftExpiredLossReports } from '../bff/src/services/loss-service';
import { AGENCY_KEY, boundPerson, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { DAY_MS, LONG_SESSIONS, personWithCard, type CardHolder } from './helpers/card';

const formalLoss = (api: TestApi, idNumber: string, key = AGENCY_KEY) =>
  api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': key }, body: { idNumber } });
const lift = (api: TestApi, holder: CardHolder, password: string) => api.call('POST', '/api/v1/card/loss/lift', { token: holder.token, body: { password } });

test('reports the card lost at once, without a password, for seven days', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const res = await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  t.is(res.status, 200);
  t.is(res.body.state, 'K');
  t.deepEqual(res.body.loss, {
    kind: 'temporary',
    reportedAt: api.clock.now.toISOString(),
    liftsAt: new Date(api.clock.now.getTime() + 7 * DAY_MS).toISOString(),
  });
  t.false(res.body.replacementOffered);
  t.true(Boolean(await api.deps.models.AccessLog.exists({ personId: holder.personId, action: 'card.lossReported' })));
});

test('reporting again keeps the first report and its deadline', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const holder = await personWithCard(api);
  const first = await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  api.clock.advance(DAY_MS);
  const again = await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  t.is(again.status, 200);
  t.deepEqual(again.body.loss, first.body.loss);
});

test('an expired card is not reported lost: it works nowhere already, and renewal is what is left', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { expiresAt: new Date(api.clock.now.getTime() - 1) });
  const res = await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'CARD_NOT_USABLE');
  t.like(res.body.error.details, { expired: true });
  t.is((await api.deps.models.Card.findById(holder.cardId).lean())?.state, 'A');
});

test('reports made at the same moment (two devices) all answer the one report', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const answers = await Promise.all(Array.from({ length: 4 }, () => api.call('POST', '/api/v1/card/loss', { token: holder.token })));
  t.deepEqual(answers.map((r) => `${r.status} ${r.body.state}`), ['200 K', '200 K', '200 K', '200 K']);
  t.is(new Set(answers.map((r) => r.body.loss.reportedAt)).size, 1, 'one report, one deadline');
  t.is(await api.deps.models.AccessLog.countDocuments({ personId: holder.personId, action: 'card.lossReported' }), 1);
});

test('a formal loss report and its retry sent while the first is under way both answer the same', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const answers = await Promise.all(Array.from({ length: 3 }, () => formalLoss(api, holder.idNumber)));
  t.deepEqual(answers.map((r) => `${r.status} ${r.body.state}`), ['200 L', '200 L', '200 L']);
  t.is(new Set(answers.map((r) => r.body.reportedAt)).size, 1);
  t.is(await api.deps.models.Outbox.countDocuments({ personId: holder.personId, kind: 'card.formalLoss' }), 1, 'announced once');
});

test('lifts a temporary report early with the service password', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  const wrong = await lift(api, holder, '147258');
  t.is(wrong.body.error.code, 'PASSWORD_WRONG');
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'K');
  const res = await lift(api, holder, '258147');
  t.is(res.status, 200);
  t.is(res.body.state, 'A');
  t.is(res.body.loss, null);
  t.is((await api.call('POST', '/api/v1/card/qr', { token: holder.token })).status, 200);
  t.is(await api.deps.models.Outbox.countDocuments({ kind: 'card.lossLifted' }), 0, 'the person lifted it themselves');
});

test('lifting needs the initial password changed first', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  const res = await lift(api, holder, '123456');
  t.is(res.status, 403);
  t.is(res.body.error.code, 'PASSWORD_CHANGE_REQUIRED');
});

test('lifting a card that is not lost is a conflict', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const res = await lift(api, holder, '258147');
  t.is(res.status, 409);
  t.is(res.body.error.code, 'CARD_NOT_LOST');
});

test('a temporary report lifts itself after seven days when the card is next read', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const holder = await personWithCard(api);
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  api.clock.advance(7 * DAY_MS - 1000);
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'K');
  t.is((await api.call('POST', '/api/v1/card/qr', { token: holder.token })).status, 409);
  api.clock.advance(1000);
  const res = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.is(res.body.state, 'A');
  t.is(res.body.loss, null);
  await api.call('GET', '/api/v1/card', { token: holder.token });
  const notices = await api.deps.models.Outbox.find({ personId: holder.personId }).lean();
  t.deepEqual(notices.map((n) => [n.kind, n.payload]), [['card.lossLifted', { cardId: holder.cardId, reason: 'expired' }]]);
  t.is((await api.call('POST', '/api/v1/card/qr', { token: holder.token })).status, 200);
});

test('the sweep lifts every expired temporary report once', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const due = [await personWithCard(api), await personWithCard(api)];
  const recent = await personWithCard(api);
  for (const holder of due) await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  api.clock.advance(3 * DAY_MS);
  t.is((await api.call('POST', '/api/v1/card/loss', { token: recent.token })).body.state, 'K');
  api.clock.advance(4 * DAY_MS);
  t.is(await liftExpiredLossReports(api.deps), 2);
  t.is(await liftExpiredLossReports(api.deps), 0);
  const states = await api.deps.models.Card.find({}, { personId: 1, state: 1 }).lean();
  const stateOf = (holder: CardHolder) => states.find((c) => String(c.personId) === holder.personId)?.state;
  t.deepEqual([...due, recent].map(stateOf), ['A', 'A', 'K']);
  t.is(await api.deps.models.Outbox.countDocuments({ kind: 'card.lossLifted' }), 2);
});

test('the bank records a formal loss by ID number and a replacement is offered', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const res = await formalLoss(api, holder.idNumber.replace(/X$/, 'x'));
  t.is(res.status, 200);
  t.deepEqual(res.body, { cardNumber: maskCardNumber(holder.cardNumber), state: 'L', reportedAt: api.clock.now.toISOString() });
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.is(view.body.state, 'L');
  t.true(view.body.replacementOffered);
  t.deepEqual(view.body.loss, { kind: 'formal', reportedAt: api.clock.now.toISOString(), liftsAt: null });
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.loss?.recordedBy, 'test-card-bank');
  const notices = await api.deps.models.Outbox.find({ personId: holder.personId }).lean();
  t.deepEqual(notices.map((n) => n.kind), ['card.formalLoss']);
  t.is((await formalLoss(api, holder.idNumber)).body.state, 'L', 'recording it again answers the same');
  t.is(await api.deps.models.Outbox.countDocuments({ kind: 'card.formalLoss' }), 1);
});

test('a formal loss follows a temporary one and cannot be lifted or reported over by the person', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const holder = await personWithCard(api, { password: '258147' });
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  await formalLoss(api, holder.idNumber);
  const lifted = await lift(api, holder, '258147');
  t.is(lifted.status, 409);
  t.is(lifted.body.error.code, 'CARD_FORMALLY_LOST');
  t.is((await api.call('POST', '/api/v1/card/loss', { token: holder.token })).body.error.code, 'CARD_FORMALLY_LOST');
  api.clock.advance(8 * DAY_MS);
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'L', 'a formal report never lifts itself');
  t.is((await api.call('POST', '/api/v1/card/qr', { token: holder.token })).body.error.details.state, 'L');
});

test('formal loss needs an agency key and a known, valid ID number', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const noCard = await boundPerson(api);
  t.is((await formalLoss(api, holder.idNumber, SCANNER_KEY)).status, 401);
  t.is((await api.call('POST', '/api/v1/agency/cards/formal-loss', { token: holder.token, body: { idNumber: holder.idNumber } })).status, 401);
  t.is((await formalLoss(api, '11010519491231002Y')).status, 400);
  t.is((await formalLoss(api, noCard.idNumber)).body.error.code, 'CARD_NOT_FOUND');
  t.is((await formalLoss(api, '440524188001010014')).body.error.code, 'CARD_NOT_FOUND');
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'A');
});

test('a cancelled card cannot be reported lost', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { state: 'G' });
  const res = await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  t.is(res.status, 409);
  t.deepEqual(res.body.error.details, { state: 'G' });
  t.is((await formalLoss(api, holder.idNumber)).body.error.code, 'CARD_NOT_USABLE');
});

test('a loss report touches only the reporting person card', async (t) => {
  const api = await startApi(t);
  const owner = await personWithCard(api);
  const other = await personWithCard(api);
  const stranger = await boundPerson(api);
  await api.call('POST', '/api/v1/card/loss', { token: other.token });
  t.is((await api.call('GET', '/api/v1/card', { token: owner.token })).body.state, 'A');
  t.is((await api.call('POST', '/api/v1/card/loss', { token: stranger.token })).status, 404);
  t.is((await api.call('POST', '/api/v1/card/loss')).status, 401);
  t.is((await api.call('POST', '/api/v1/card/loss/lift', { body: { password: '258147' } })).status, 401);
});
