import test from 'ava';
import { flushPendingCardNotices } from '../bff/src/services/card-notices';
import { liftExpiredLossReports } from '../bff/src/services/loss-service';
import { AGENCY_KEY, startApi, type TestApi } from './helpers/api';
import { DAY_MS, LONG_SESSIONS, personWithCard } from './helpers/card';

/**
 * The process "dies" right after the card changed: the next outbox write fails, as it would if the
 * process stopped between the two. The change must still be announced, once.
 */
function crashBeforeTheOutbox(api: TestApi) {
  const { Outbox } = api.deps.models;
  const create = Outbox.create;
  Outbox.create = (async () => {
    Outbox.create = create;
    throw new Error('process stopped');
  }) as unknown as typeof create;
  return () => (Outbox.create = create);
}

async function announced(api: TestApi, personId: string, kind: string) {
  return api.deps.models.Outbox.countDocuments({ personId, kind });
}

test('a formal loss whose process stopped before its notice was queued is announced by the sweep, once', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  t.teardown(crashBeforeTheOutbox(api));
  const report = () => api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber } });
  t.is((await report()).status, 500);
  t.is((await api.deps.models.Card.findById(holder.cardId).lean())?.state, 'L', 'the change landed');
  t.is(await announced(api, holder.personId, 'card.formalLoss'), 0);
  // The bank's retry finds the card lost already: it has nothing to announce of its own.
  t.is((await report()).status, 200);
  t.is(await flushPendingCardNotices(api.deps), 0, 'a notice is left to its request for a minute');
  api.clock.advance(61_000);
  t.is(await flushPendingCardNotices(api.deps), 1);
  t.is(await flushPendingCardNotices(api.deps), 0);
  t.is(await announced(api, holder.personId, 'card.formalLoss'), 1);
  const card = await api.deps.models.Card.findById(holder.cardId).lean();
  t.deepEqual([card?.pendingNotices.length, card?.noticesPending], [0, undefined]);
});

test('a password locked as its process stopped is announced by the sweep, once', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147' });
  const reveal = () => api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '111222' } });
  for (let i = 0; i < 5; i += 1) t.is((await reveal()).status, 400);
  t.teardown(crashBeforeTheOutbox(api));
  t.is((await reveal()).status, 500);
  t.like((await api.call('GET', '/api/v1/card', { token: holder.token })).body.password, { locked: true });
  api.clock.advance(61_000);
  t.is(await flushPendingCardNotices(api.deps), 1);
  t.is(await announced(api, holder.personId, 'card.passwordLocked'), 1);
});

test('a loss report lifted by the sweep as its process stopped is announced by the next sweep, once', async (t) => {
  const api = await startApi(t, { settings: LONG_SESSIONS });
  const holder = await personWithCard(api);
  await api.call('POST', '/api/v1/card/loss', { token: holder.token });
  api.clock.advance(7 * DAY_MS + 1);
  t.teardown(crashBeforeTheOutbox(api));
  await t.throwsAsync(liftExpiredLossReports(api.deps));
  t.is((await api.deps.models.Card.findById(holder.cardId).lean())?.state, 'A');
  api.clock.advance(61_000);
  t.is(await flushPendingCardNotices(api.deps), 1);
  t.is(await announced(api, holder.personId, 'card.lossLifted'), 1);
  t.is(await liftExpiredLossReports(api.deps), 0);
  t.is(await announced(api, holder.personId, 'card.lossLifted'), 1);
});

test('a change that is not interrupted queues its notice at once and leaves nothing pending', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  const res = await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber } });
  t.is(res.status, 200);
  t.is(await announced(api, holder.personId, 'card.formalLoss'), 1);
  const card = await api.deps.models.Card.findById(holder.cardId).lean();
  t.deepEqual([card?.pendingNotices.length, card?.noticesPending], [0, undefined]);
  const indexes = await api.deps.models.Card.collection.indexes();
  t.like(indexes.find((i) => i.name === 'notices_pending'), { partialFilterExpression: { noticesPending: true } });
});
