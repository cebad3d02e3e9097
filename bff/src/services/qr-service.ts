import { isValidObjectId } from 'mongoose';
import { isCardExpired, type ScanResult } from '@ssc/shared';
import type { Deps } from '../deps';
import { readQrToken, signQrToken } from '../security/qr-token';
import { randomToken } from '../security/tokens';
import { recordAccess } from './access-log-service';
import type { Actor } from './card-service';
import { cardNotUsable, findCardById, requireCard } from './card-record';
import { maskedPerson } from './person-service';
import { consume } from './rate-limit-service';

/** A code lives a minute; the app asks for the next one a little before, so one is always valid. */
export const QR_TTL_SECONDS = 60;
export const QR_REFRESH_SECONDS = 50;
const QR_PER_MINUTE = 20;

/** A fresh single-use code for the person's card; 409 CARD_NOT_USABLE unless the card is active. */
export async function issueQr(deps: Deps, personId: string) {
  await consume(deps, { key: `card:qr:${personId}`, max: QR_PER_MINUTE, windowMs: 60_000 });
  const card = await requireCard(deps, personId);
  if (card.state !== 'A') throw cardNotUsable(card.state);
  // Past its expiry date a card is no longer valid at a clinic or window, whatever its state says.
  if (isCardExpired(card.expiresAt, deps.now())) throw cardNotUsable(card.state, { expired: true });
  const jti = randomToken(16);
  const exp = Math.floor(deps.now().getTime() / 1000) + QR_TTL_SECONDS;
  const expiresAt = new Date(exp * 1000);
  await deps.models.QrToken.create({ jti, cardId: card._id, expiresAt });
  const token = signQrToken(deps.secrets.qrKey, { jti, cardId: String(card._id), version: card.version, exp });
  return { token, expiresAt: expiresAt.toISOString(), refreshInSeconds: QR_REFRESH_SECONDS };
}

/**
 * What a scanner learns from a code: whether it can be accepted and, only then, the masked
 * holder. Every outcome is an answer, not an error, so the scanner shows it as it is.
 * A code made before the card last changed state is `expired`: the holder just shows a new one.
 */
export async function verifyQr(deps: Deps, token: string, scanner: Actor): Promise<ScanResult> {
  const claims = readQrToken(deps.secrets.qrKey, token);
  if (!claims || !isValidObjectId(claims.cardId)) return { result: 'invalid' };
  const now = deps.now();
  if (claims.exp * 1000 <= now.getTime()) return { result: 'expired' };
  // Marking it used is the check: of two scans racing, exactly one gets the record back.
  const entry = await deps.models.QrToken.findOneAndUpdate({ jti: claims.jti, cardId: claims.cardId, usedAt: null }, { $set: { usedAt: now, usedBy: scanner.actor } }, { lean: true });
  if (!entry) return { result: (await deps.models.QrToken.exists({ jti: claims.jti })) ? 'used' : 'invalid' };
  const card = await findCardById(deps, claims.cardId);
  if (!card) return { result: 'invalid' };
  if (card.state === 'A' && card.version !== claims.version) return { result: 'expired' };
  const personId = String(card.personId);
  await recordAccess(deps, { personId, ...scanner, action: 'card.scanned' });
  if (card.state !== 'A' || isCardExpired(card.expiresAt, now)) return { result: 'cardNotUsable', city: card.city, cardState: card.state };
  const holder = await maskedPerson(deps, personId);
  return { result: 'valid', holder: { name: holder?.name ?? '', idNumber: holder?.idNumber ?? '' }, city: card.city, cardState: card.state };
}
