import { issueCard, type NewCard } from '../../bff/src/services/card-factory';
import { boundPerson, type TestApi, type TestPerson } from './api';

const DAY_MS = 24 * 60 * 60 * 1000;
let serial = 0;

export interface CardHolder extends TestPerson {
  cardNumber: string;
  cardId: string;
}

/** A bound person with a card: active, on the initial password unless `card` says otherwise. */
export async function personWithCard(api: TestApi, card: Partial<NewCard> = {}, person: Parameters<typeof boundPerson>[1] = {}): Promise<CardHolder> {
  const holder = await boundPerson(api, person);
  serial += 1;
  const cardNumber = card.cardNumber ?? `M${String(70000000 + serial * 7919).slice(-8)}`;
  const created = await issueCard(api.deps, holder.personId, {
    bank: '中国工商银行',
    city: holder.city,
    issuedAt: new Date(api.clock.now.getTime() - 400 * DAY_MS),
    expiresAt: new Date(api.clock.now.getTime() + 3000 * DAY_MS),
    ...card,
    cardNumber,
  });
  return { ...holder, cardNumber, cardId: String(created._id) };
}

/** Settings for tests that move the clock by days: sessions must outlive the jump. */
export const LONG_SESSIONS = { sessionIdleMs: 30 * DAY_MS, sessionAbsoluteMs: 30 * DAY_MS };
export { DAY_MS };
