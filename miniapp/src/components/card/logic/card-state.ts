import type { CardState, CardView } from '@ssc/shared';

/**
 * What the card page offers for a card in a given state. Pure (no Taro), so the rules are tested
 * under Node: tests/miniapp-card-state.test.ts.
 */

/** The state in plain words: a message key of the card area. */
export const STATE_KEYS = {
  A: 'card.state.A',
  S: 'card.state.S',
  K: 'card.state.K',
  L: 'card.state.L',
  G: 'card.state.G',
  T: 'card.state.T',
} as const satisfies Record<CardState, string>;

/** Why there is no QR code for a card that is not active. */
export const QR_REFUSAL_KEYS = {
  S: 'card.qr.refused.S',
  K: 'card.qr.refused.K',
  L: 'card.qr.refused.L',
  G: 'card.qr.refused.G',
  T: 'card.qr.refused.T',
} as const satisfies Record<Exclude<CardState, 'A'>, string>;

/** Why there is no QR code for a card past its expiry date, whatever its state says. */
export const EXPIRED_REFUSAL_KEY = 'card.qr.refused.expired';

export type QrRefusalKey = (typeof QR_REFUSAL_KEYS)[keyof typeof QR_REFUSAL_KEYS] | typeof EXPIRED_REFUSAL_KEY;

/**
 * A card that would work but for its date: active or not enabled yet, and past its expiry. The
 * BFF decides (`expired`, from its clock) so the page and the scanner agree; a phone's clock may
 * be off. Lost, cancelled and replaced cards keep their own words: those say more.
 */
export function isExpiredCard(card: Pick<CardView, 'state' | 'expired'>): boolean {
  return card.expired === true && (card.state === 'A' || card.state === 'S');
}

/** The card's status in plain words: its state, or "expired" for a card past its date. */
export function statusKey(card: Pick<CardView, 'state' | 'expired'>): (typeof STATE_KEYS)[CardState] | 'card.state.expired' {
  return isExpiredCard(card) ? 'card.state.expired' : STATE_KEYS[card.state];
}

/** Why this card has no QR code, or null when one can be asked for. */
export function qrRefusal(card: Pick<CardView, 'state' | 'expired'>): QrRefusalKey | null {
  if (isExpiredCard(card)) return EXPIRED_REFUSAL_KEY;
  return card.state === 'A' ? null : QR_REFUSAL_KEYS[card.state];
}

/** `expired`: past its date, renewal is what is left to do (the BFF allows it for A and S cards). */
export type Renewal = 'open' | 'later' | 'expired' | 'none';

export interface CardActions {
  /** A QR code can be asked for (the BFF still has the last word: 409 CARD_NOT_USABLE). */
  qr: boolean;
  reportLoss: boolean;
  /** A temporary loss report that the person may lift early with the password. */
  liftLoss: boolean;
  /** Formally lost: the card is finished and a replacement can be applied for. */
  replacement: boolean;
  /** `open` from `renewableFrom` on; `later` says when it opens; `expired` past the date; `none` for cards past use. */
  renewal: Renewal;
  /** The password must be changed from the initial one before reveal or lift. */
  mustChangePassword: boolean;
  passwordLocked: boolean;
}

export function cardActions(card: CardView, now: number): CardActions {
  const usable = card.state === 'A' || card.state === 'S';
  const expired = isExpiredCard(card);
  return {
    qr: qrRefusal(card) === null,
    // An expired card already works nowhere (no code, refused at the scanner), and a temporary
    // report would only stand in the way of renewal; the bank account on it is the bank's business.
    reportLoss: card.state === 'A' && !expired,
    liftLoss: card.state === 'K' && card.loss?.kind !== 'formal',
    replacement: card.state === 'L' || card.replacementOffered,
    renewal: !usable ? 'none' : expired ? 'expired' : Date.parse(card.renewableFrom) <= now ? 'open' : 'later',
    mustChangePassword: card.password.mustChange,
    passwordLocked: card.password.locked,
  };
}

/** The state a 409 CARD_NOT_USABLE names (`details.state`), when it is one we know. */
export function stateOfRefusal(details: unknown): Exclude<CardState, 'A'> | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const state = (details as { state?: unknown }).state;
  return typeof state === 'string' && state in QR_REFUSAL_KEYS ? (state as Exclude<CardState, 'A'>) : undefined;
}

/** Why a 409 CARD_NOT_USABLE gives no code (`details`: the state, and `expired` past the date), when we know it. */
export function refusalOf(details: unknown): QrRefusalKey | undefined {
  if (typeof details === 'object' && details !== null && (details as { expired?: unknown }).expired === true) return EXPIRED_REFUSAL_KEY;
  const state = stateOfRefusal(details);
  return state ? QR_REFUSAL_KEYS[state] : undefined;
}
