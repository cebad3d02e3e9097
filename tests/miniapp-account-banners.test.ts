import type { ApplicationSummary, CardView } from '@ssc/shared';
import test from 'ava';
import type { z } from 'zod';
import { createSeenMark } from '../miniapp/src/components/account/seen-mark';
import { homeBanners, latestApplication, UNSEEN_WINDOW_MS } from '../miniapp/src/pages/home/banners';
import { createSnapshotCache } from '../miniapp/src/services/cache';
import { memoryStore } from '../miniapp/src/services/kv';

const NOW = new Date('2025-06-01T08:00:00.000Z');

function card(overrides: Partial<CardView> = {}): CardView {
  return {
    cardNumber: 'G*******35',
    holder: { name: '陈*强', idNumber: '4****************9' },
    bank: 'ICBC',
    city: '深圳市',
    issuedAt: '2016-11-20T00:00:00.000Z',
    expiresAt: '2026-11-20T00:00:00.000Z',
    state: 'A',
    loss: null,
    password: { mustChange: false, locked: false, attemptsLeft: 6 },
    renewableFrom: '2026-09-21T00:00:00.000Z',
    replacementOffered: false,
    ...overrides,
  };
}

function application(id: string, stageChangedAt: string): z.infer<typeof ApplicationSummary> {
  return { id, kind: 'new', stage: 'inProduction', bank: { code: 'ICBC', name: '工商银行' }, submittedAt: '2025-05-01T00:00:00.000Z', stageChangedAt, canCancel: false, deliveryMethod: 'branch' };
}

const none = { card: null, applications: [], seenUpTo: undefined, now: NOW };

test('shows no banner for an active card with its own password and no applications', (t) => {
  t.deepEqual(homeBanners({ ...none, card: card() }), []);
  t.deepEqual(homeBanners(none), []);
});

test('warns of a temporary loss with the day it lifts itself', (t) => {
  const lost = card({ state: 'K', loss: { kind: 'temporary', reportedAt: '2025-05-30T00:00:00.000Z', liftsAt: '2025-06-06T00:00:00.000Z' } });
  t.deepEqual(homeBanners({ ...none, card: lost }), [{ kind: 'temporaryLoss', liftsAt: '2025-06-06T00:00:00.000Z' }]);
});

test('warns of a formal loss and not of the password of a card that is gone', (t) => {
  const gone = card({ state: 'L', password: { mustChange: true, locked: false, attemptsLeft: 6 } });
  t.deepEqual(homeBanners({ ...none, card: gone }), [{ kind: 'formalLoss' }]);
});

test('asks to renew an expired card, unless an application is under way', (t) => {
  const expired = card({ expired: true, expiresAt: '2025-05-20T15:59:59.999Z' });
  t.deepEqual(homeBanners({ ...none, card: expired }), [{ kind: 'cardExpired', expiresAt: '2025-05-20T15:59:59.999Z' }]);
  const applying = [application('r', '2025-05-21T00:00:00.000Z')];
  t.deepEqual(homeBanners({ ...none, card: expired, applications: applying, seenUpTo: '2025-05-22T00:00:00.000Z' }), []);
  t.deepEqual(homeBanners({ ...none, card: card({ expired: false }) }), []);
  t.deepEqual(homeBanners({ ...none, card: card({ expired: true, state: 'L' }) }), [{ kind: 'formalLoss' }], 'a card gone for good needs no renewal');
});

test('asks to change an initial password', (t) => {
  t.deepEqual(homeBanners({ ...none, card: card({ password: { mustChange: true, locked: false, attemptsLeft: 6 } }) }), [{ kind: 'passwordMustChange' }]);
});

test('announces the latest application when it moved after the person last looked', (t) => {
  const apps = [application('a', '2025-05-20T00:00:00.000Z'), application('b', '2025-05-31T00:00:00.000Z')];
  t.deepEqual(homeBanners({ ...none, applications: apps, seenUpTo: '2025-05-25T00:00:00.000Z' }), [
    { kind: 'applicationMoved', applicationId: 'b', stageChangedAt: '2025-05-31T00:00:00.000Z' },
  ]);
  t.deepEqual(homeBanners({ ...none, applications: apps, seenUpTo: '2025-05-31T00:00:00.000Z' }), []);
});

test('without a mark counts only the changes of the last 30 days as news', (t) => {
  const recent = new Date(NOW.getTime() - UNSEEN_WINDOW_MS + 60_000).toISOString();
  const old = new Date(NOW.getTime() - UNSEEN_WINDOW_MS - 60_000).toISOString();
  t.is(homeBanners({ ...none, applications: [application('r', recent)] }).length, 1);
  t.deepEqual(homeBanners({ ...none, applications: [application('o', old)] }), []);
});

test('picks the application whose stage changed last', (t) => {
  t.is(latestApplication([application('a', '2025-05-20T00:00:00.000Z'), application('b', '2025-05-31T00:00:00.000Z'), application('c', '2025-01-01T00:00:00.000Z')])?.id, 'b');
  t.is(latestApplication([]), undefined);
});

test('the seen mark only moves forward and goes with the personal copies', (t) => {
  const cache = createSnapshotCache(memoryStore(), () => NOW);
  const seen = createSeenMark(cache);
  t.is(seen.get(), undefined);
  seen.markSeen('2025-05-31T00:00:00.000Z');
  seen.markSeen('2025-05-01T00:00:00.000Z');
  t.is(seen.get(), '2025-05-31T00:00:00.000Z');
  cache.clear();
  t.is(seen.get(), undefined);
});
