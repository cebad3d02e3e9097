import { DeadLetterList, DeadLetterQuery, NotificationIdParams, RetryResult } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { listDeadLetters, retryDeadLetter } from '../services/dead-letter-service';

/** Notices that ran out of attempts: an operator lists them and, once the cause is fixed, retries them. */
export function operatorNotificationsResource(deps: Deps): Resource {
  return {
    prefix: '/operator/notifications',
    tag: 'Operator',
    routes: [
      route({
        method: 'get', path: '/dead-letters', operationId: 'listDeadLetters', auth: 'operator',
        summary: 'Notices that ran out of attempts, most recent first: kind, attempts and errors per channel (no personal data)',
        query: DeadLetterQuery,
        response: DeadLetterList,
        handler: (_ctx, { query }) => listDeadLetters(deps, query.limit),
      }),
      route({
        method: 'post', path: '/dead-letters/:id/retry', operationId: 'retryDeadLetter', auth: 'operator',
        summary: 'Queue a dead notice again with fresh attempts; channels already sent are not sent again',
        params: NotificationIdParams,
        response: RetryResult,
        errors: { 404: ['NOT_FOUND'], 409: ['NOT_DEAD_LETTER'] },
        handler: (ctx, { params }) => retryDeadLetter(deps, params.id, ctx.state.client as string),
      }),
    ],
  };
}
