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

export type Renewal = 'open' | 'later' | 'none';

export interface CardActions {
  /** A QR code can be asked for (the BFF still has the last word: 409 CARD_NOT_USABLE). */
  qr: boolean;
  reportLoss: boolean;
  /** A temporary loss report that the person may lift early with the password. */
  liftLoss: boolean;
  /** Formally lost: the card is finished and a replacement can be applied for. */
  replacement: boolean;
  /** `open` from `renewableFrom` on; `later` says when it opens; `none` for cards past use. */
  renewal: Renewal;
  /** The password must be changed from the initial one before reveal or lift. */
  mustChangePassword: boolean;
  passwordLocked: boolean;
}

export function cardActions(card: CardView, now: number): CardActions {
  const usable = card.state === 'A' || card.state === 'S';
  return {
    qr: card.state === 'A',
    reportLoss: card.state === 'A',
    liftLoss: card.state === 'K' && card.loss?.kind !== 'formal',
    replacement: card.state === 'L' || card.replacementOffered,
    renewal: !usable ? 'none' : Date.parse(card.renewableFrom) <= now ? 'open' : 'later',
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
