import type { CardView } from '@ssc/shared';
import test from 'ava';
import { cardActions, EXPIRED_REFUSAL_KEY, QR_REFUSAL_KEYS, qrRefusal, refusalOf, STATE_KEYS, stateOfRefusal, statusKey } from '../miniapp/src/components/card/logic/card-state';
import { groupIdNumber, revealSecondsLeft } from '../miniapp/src/components/card/logic/reveal';
import { formatDate } from '../miniapp/src/i18n/format';
import { translate } from '../miniapp/src/i18n/translate';

const NOW = Date.parse('2025-06-01T08:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function card(overrides: Partial<CardView> = {}): CardView {
  return {
    cardNumber: 'M****5678',
    holder: { name: '陈*', idNumber: '4****************9' },
    bank: '中国工商银行',
    city: '深圳市',
    issuedAt: new Date(NOW - 400 * DAY).toISOString(),
    expiresAt: new Date(NOW + 3000 * DAY).toISOString(),
    expired: false,
    state: 'A',
    loss: null,
    password: { mustChange: false, locked: false, attemptsLeft: 6 },
    renewableFrom: new Date(NOW + 2940 * DAY).toISOString(),
    replacementOffered: false,
    ...overrides,
  };
}

test('an active card shows its code and can be reported lost, renewal later', (t) => {
  t.deepEqual(cardActions(card(), NOW), { qr: true, reportLoss: true, liftLoss: false, replacement: false, renewal: 'later', mustChangePassword: false, passwordLocked: false });
});

test('renewal opens on the day renewableFrom names', (t) => {
  const expiring = card({ renewableFrom: new Date(NOW - 1).toISOString(), expiresAt: new Date(NOW + 59 * DAY).toISOString() });
  t.is(cardActions(expiring, NOW).renewal, 'open');
  t.is(cardActions(card({ renewableFrom: new Date(NOW).toISOString() }), NOW).renewal, 'open');
  t.is(cardActions(card({ renewableFrom: new Date(NOW + 1).toISOString() }), NOW).renewal, 'later');
});

test('a temporarily lost card has no code and can be lifted, not reported again', (t) => {
  const lost = card({ state: 'K', loss: { kind: 'temporary', reportedAt: new Date(NOW).toISOString(), liftsAt: new Date(NOW + 7 * DAY).toISOString() } });
  const actions = cardActions(lost, NOW);
  t.false(actions.qr);
  t.false(actions.reportLoss);
  t.true(actions.liftLoss);
  t.false(actions.replacement);
  t.is(actions.renewal, 'none');
});

test('a formally lost card offers a replacement and nothing to lift', (t) => {
  const lost = card({ state: 'L', loss: { kind: 'formal', reportedAt: new Date(NOW).toISOString(), liftsAt: null }, replacementOffered: true });
  const actions = cardActions(lost, NOW);
  t.false(actions.qr);
  t.false(actions.liftLoss);
  t.true(actions.replacement);
});

test('a card not enabled yet has no code but may be renewed; cancelled and replaced cards have nothing', (t) => {
  t.like(cardActions(card({ state: 'S', renewableFrom: new Date(NOW - DAY).toISOString() }), NOW), { qr: false, reportLoss: false, renewal: 'open' });
  for (const state of ['G', 'T'] as const) {
    t.like(cardActions(card({ state }), NOW), { qr: false, reportLoss: false, liftLoss: false, replacement: false, renewal: 'none' });
  }
});

test('an expired card says so, has no code and no loss report, and points to renewal', (t) => {
  // Expired in the BFF's eyes: the phone's clock is not asked, so a wrong one changes nothing.
  const expired = card({ expired: true, expiresAt: new Date(NOW - DAY).toISOString(), renewableFrom: new Date(NOW - 61 * DAY).toISOString() });
  t.deepEqual(cardActions(expired, NOW), { qr: false, reportLoss: false, liftLoss: false, replacement: false, renewal: 'expired', mustChangePassword: false, passwordLocked: false });
  t.is(statusKey(expired), 'card.state.expired');
  t.is(qrRefusal(expired), EXPIRED_REFUSAL_KEY);
  t.like(cardActions(card({ state: 'S', expired: true }), NOW), { qr: false, renewal: 'expired' });
  t.is(statusKey(card({ state: 'S', expired: true })), 'card.state.expired');
  // Before its date it is in use, even when the phone's clock has run past it.
  const late = card({ expired: false, expiresAt: new Date(NOW - DAY).toISOString() });
  t.like(cardActions(late, NOW), { qr: true, reportLoss: true });
  t.is(statusKey(late), STATE_KEYS.A);
  t.is(qrRefusal(late), null);
});

test('a lost, cancelled or replaced card past its date keeps the words of its state', (t) => {
  const lost = card({ state: 'K', expired: true, loss: { kind: 'temporary', reportedAt: new Date(NOW).toISOString(), liftsAt: new Date(NOW + 7 * DAY).toISOString() } });
  t.is(statusKey(lost), STATE_KEYS.K);
  t.like(cardActions(lost, NOW), { liftLoss: true, renewal: 'none' });
  for (const state of ['L', 'G', 'T'] as const) {
    t.is(statusKey(card({ state, expired: true })), STATE_KEYS[state]);
    t.is(qrRefusal(card({ state, expired: true })), QR_REFUSAL_KEYS[state]);
  }
});

test('says the expired card has expired on its date, in every language', (t) => {
  const day = (locale: 'zh-CN' | 'en' | 'es') => formatDate('2025-05-31T23:59:59.999+08:00', locale);
  t.true(translate('zh-CN', 'card.renewal.expired', { date: day('zh-CN') }).startsWith('您的卡已于 2025年5月31日 到期'));
  t.true(translate('en', 'card.renewal.expired', { date: day('en') }).startsWith('Your card expired on 31 May 2025.'));
  t.true(translate('es', 'card.renewal.expired', { date: day('es') }).startsWith('Su tarjeta caducó el 31 de mayo de 2025.'));
  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    const words = [...Object.values(STATE_KEYS), 'card.state.expired' as const].map((key) => translate(locale, key));
    t.is(new Set(words).size, words.length, locale);
    t.true(translate(locale, EXPIRED_REFUSAL_KEY).length > 10, locale);
  }
});

test('passes on the password state', (t) => {
  t.like(cardActions(card({ password: { mustChange: true, locked: false, attemptsLeft: 6 } }), NOW), { mustChangePassword: true, passwordLocked: false });
  t.like(cardActions(card({ password: { mustChange: false, locked: true, attemptsLeft: 0 } }), NOW), { mustChangePassword: false, passwordLocked: true });
});

test('reads the state a CARD_NOT_USABLE answer names, and nothing else', (t) => {
  t.is(stateOfRefusal({ state: 'K' }), 'K');
  t.is(stateOfRefusal({ state: 'A' }), undefined);
  t.is(stateOfRefusal({ state: 'X' }), undefined);
  t.is(stateOfRefusal({ state: 3 }), undefined);
  t.is(stateOfRefusal(null), undefined);
  t.is(stateOfRefusal('K'), undefined);
});

test('reads an expired refusal as the expiry, before the state it names', (t) => {
  t.is(refusalOf({ state: 'A', expired: true }), EXPIRED_REFUSAL_KEY);
  t.is(refusalOf({ state: 'K' }), QR_REFUSAL_KEYS.K);
  t.is(refusalOf({ state: 'A' }), undefined);
  t.is(refusalOf({ state: 'A', expired: 'yes' }), undefined);
  t.is(refusalOf(null), undefined);
});

test('every state is said in plain words in every language', (t) => {
  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    const words = Object.values(STATE_KEYS).map((key) => translate(locale, key));
    t.is(new Set(words).size, words.length, locale);
    for (const key of Object.values(QR_REFUSAL_KEYS)) t.true(translate(locale, key).length > 10, `${locale} ${key}`);
  }
  t.is(translate('en', STATE_KEYS.K), 'Reported lost (temporary)');
});

test('groups a revealed ID number by address, birth date and sequence', (t) => {
  t.is(groupIdNumber('440106197803120039'), '440106 19780312 0039');
  t.is(groupIdNumber('11010519491231002X'), '110105 19491231 002X');
  t.is(groupIdNumber('12345'), '12345');
});

test('a reveal lasts thirty seconds', (t) => {
  t.is(revealSecondsLeft(NOW, NOW), 30);
  t.is(revealSecondsLeft(NOW, NOW + 29_001), 1);
  t.is(revealSecondsLeft(NOW, NOW + 30_000), 0);
  t.is(revealSecondsLeft(NOW, NOW + 95_000), 0);
});
