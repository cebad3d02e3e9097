import { FormalLossRecorded, FormalLossRequest } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { recordFormalLoss } from '../services/loss-service';
import { actorOf } from './card-context';

/** The bank's and card production system's acts on cards (X-Api-Key). */
export function agencyCardsResource(deps: Deps): Resource {
  return {
    prefix: '/agency/cards',
    tag: 'Agency',
    routes: [
      route({
        method: 'post',
        path: '/formal-loss',
        operationId: 'recordFormalCardLoss',
        summary: 'Record a formal loss report made at the bank (final; the card is to be replaced)',
        auth: 'agencyOrBank',
        body: FormalLossRequest,
        response: FormalLossRecorded,
        errors: { 404: ['CARD_NOT_FOUND'], 409: ['CARD_NOT_USABLE', 'CONFLICT'] },
        handler: async (ctx, { body }) => recordFormalLoss(deps, { ...body, bankCode: ctx.state.bankScope }, actorOf(ctx)),
      }),
    ],
  };
}
