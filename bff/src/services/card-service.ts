import { isCardExpired, MAX_PASSWORD_ATTEMPTS, maskCardNumber, renewableFrom, type CardView } from '@ssc/shared';
import type { Deps } from '../deps';
import { recordAccess } from './access-log-service';
import { requireCard, type CardDoc } from './card-record';
import { checkPassword } from './password-service';
import { maskedHolder, personSecrets } from './person-service';

/** Who acts on a card, for the access log: a session's account and platform, or a machine client. */
export interface Actor {
  accountId: string | null;
  actor: string;
  requestId?: string;
}

type Holder = Awaited<ReturnType<typeof maskedHolder>>;

/** The card face as a response may carry it: masked values only. */
export async function cardView(deps: Deps, card: CardDoc): Promise<CardView> {
  return cardFace(deps, card, await maskedHolder(deps, String(card.personId)));
}

function cardFace(deps: Deps, card: CardDoc, holder: Holder): CardView {
  const activeLoss = card.loss && !card.loss.liftedAt && (card.state === 'K' || card.state === 'L') ? card.loss : null;
  return {
    cardNumber: maskCardNumber(deps.cipher.decrypt(card.cardNumberEnc)),
    holder: { name: holder?.name ?? '', idNumber: holder?.idNumber ?? '' },
    bank: card.bank,
    city: card.city,
    issuedAt: card.issuedAt.toISOString(),
    expiresAt: card.expiresAt.toISOString(),
    // The rule QR codes and scans apply too, so the page never calls a card valid that a scanner refuses.
    expired: isCardExpired(card.expiresAt, deps.now()),
    state: card.state,
    loss: activeLoss ? { kind: activeLoss.kind, reportedAt: activeLoss.reportedAt.toISOString(), liftsAt: activeLoss.liftsAt?.toISOString() ?? null } : null,
    password: {
      mustChange: card.password.initial,
      locked: Boolean(card.password.lockedAt),
      attemptsLeft: card.password.lockedAt ? 0 : Math.max(0, MAX_PASSWORD_ATTEMPTS - card.password.failedAttempts),
    },
    renewableFrom: renewableFrom(card.expiresAt).toISOString(),
    replacementOffered: card.state === 'L',
  };
}

export async function getCard(deps: Deps, personId: string, who: Actor): Promise<CardView> {
  // The card and its holder are read together; the read is logged before anything is answered.
  const [card, holder] = await Promise.all([requireCard(deps, personId), maskedHolder(deps, personId)]);
  await recordAccess(deps, { personId, ...who, action: 'card.read' });
  return cardFace(deps, card, holder);
}

/** The unmasked card number, name and ID number, behind the service password ("eye" toggle). */
export async function revealCard(deps: Deps, personId: string, password: string, who: Actor) {
  const card = await requireCard(deps, personId);
  await checkPassword(deps, card, password, { allowInitial: false });
  const secrets = await personSecrets(deps, personId);
  await recordAccess(deps, { personId, ...who, action: 'card.reveal' });
  return { cardNumber: deps.cipher.decrypt(card.cardNumberEnc), name: secrets?.name ?? '', idNumber: secrets?.idNumber ?? '' };
}
