import { INITIAL_PASSWORD, type CardState } from '@ssc/shared';
import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { hashPassword } from '../security/password-hash';

export interface NewCard {
  cardNumber: string;
  bank: string;
  city: string;
  issuedAt: Date;
  expiresAt: Date;
  state?: CardState;
  /** Whether the password is still the initial one; defaults to true unless `password` is given. */
  initialPassword?: boolean;
  /** A password already chosen (seed data, tests); the initial 123456 otherwise. */
  password?: string;
}

/**
 * Records a person's card as the card production system hands it over (seed data, tests): the
 * card number encrypted, the service password hashed, the initial 123456 unless told otherwise.
 */
export async function issueCard(deps: Deps, personId: string | Types.ObjectId, card: NewCard) {
  const password = card.password ?? INITIAL_PASSWORD;
  return deps.models.Card.create({
    personId,
    cardNumberEnc: deps.cipher.encrypt(card.cardNumber),
    bank: card.bank,
    city: card.city,
    issuedAt: card.issuedAt,
    expiresAt: card.expiresAt,
    state: card.state ?? 'A',
    loss: null,
    password: { hash: await hashPassword(password), initial: card.initialPassword ?? card.password === undefined, failedAttempts: 0, lockedAt: null, changedAt: null },
    version: 0,
  });
}
