import { CardView, LiftLossRequest, QrCode, RevealedCard, RevealRequest } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import type { ErrorCode } from '../i18n/messages';
import { getCard, revealCard } from '../services/card-service';
import { liftLoss, reportLoss } from '../services/loss-service';
import { issueQr } from '../services/qr-service';
import { cardPasswordRoutes } from './card-password';
import { actorOf, personOf } from './card-context';

const PASSWORD_ERRORS: Record<number, ErrorCode[]> = { 400: ['PASSWORD_WRONG'], 403: ['PASSWORD_CHANGE_REQUIRED'], 423: ['PASSWORD_LOCKED'], 429: ['RATE_LIMITED'] };

/** The signed-in person's own card: always theirs, never one named by the client. */
export function cardResource(deps: Deps): Resource {
  return {
    prefix: '/card',
    tag: 'Card',
    routes: [
      route({
        method: 'get',
        path: '/',
        operationId: 'getCard',
        summary: 'The card face, masked, with its state, loss report and password status',
        auth: 'person',
        response: CardView,
        errors: { 404: ['CARD_NOT_FOUND'] },
        handler: async (ctx) => getCard(deps, personOf(ctx), actorOf(ctx)),
      }),
      route({
        method: 'post',
        path: '/reveal',
        operationId: 'revealCard',
        summary: 'The full card number, name and ID number, with the service password',
        auth: 'person',
        body: RevealRequest,
        response: RevealedCard,
        errors: { ...PASSWORD_ERRORS, 404: ['CARD_NOT_FOUND'] },
        handler: async (ctx, { body }) => revealCard(deps, personOf(ctx), body.password, actorOf(ctx)),
      }),
      ...cardPasswordRoutes(deps),
      route({
        method: 'post',
        path: '/qr',
        operationId: 'issueCardQr',
        summary: 'A fresh single-use QR code, valid for a minute',
        auth: 'person',
        response: QrCode,
        errors: { 404: ['CARD_NOT_FOUND'], 409: ['CARD_NOT_USABLE'], 429: ['RATE_LIMITED'] },
        handler: async (ctx) => issueQr(deps, personOf(ctx)),
      }),
      route({
        method: 'post',
        path: '/loss',
        operationId: 'reportCardLoss',
        summary: 'Report the card lost (temporary, lifts itself after 7 days); no password needed',
        auth: 'person',
        response: CardView,
        errors: { 404: ['CARD_NOT_FOUND'], 409: ['CARD_FORMALLY_LOST', 'CARD_NOT_USABLE', 'CONFLICT'] },
        handler: async (ctx) => reportLoss(deps, personOf(ctx), actorOf(ctx)),
      }),
      // POST rather than DELETE with a body: content in a DELETE has no defined meaning
      // (RFC 9110 §9.3.5) and body parsers and proxies drop it.
      route({
        method: 'post',
        path: '/loss/lift',
        operationId: 'liftCardLoss',
        summary: 'Lift a temporary loss report early, with the service password',
        auth: 'person',
        body: LiftLossRequest,
        response: CardView,
        errors: { ...PASSWORD_ERRORS, 404: ['CARD_NOT_FOUND'], 409: ['CARD_FORMALLY_LOST', 'CARD_NOT_LOST', 'CONFLICT'] },
        handler: async (ctx, { body }) => liftLoss(deps, personOf(ctx), body.password, actorOf(ctx)),
      }),
    ],
  };
}
