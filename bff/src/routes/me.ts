import { AccessLogResponse, MeResponse } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { accessHistory, describeAccount } from '../services/account-service';

/** The signed-in user's own account and data-access history. */
export function meResource(deps: Deps): Resource {
  return {
    prefix: '/me',
    tag: 'Me',
    routes: [
      route({
        method: 'get', path: '/', operationId: 'me', auth: 'session',
        summary: 'Platform, binding state, masked person and consent in force',
        response: MeResponse,
        handler: (ctx) => describeAccount(deps, ctx.state.session!.accountId),
      }),
      route({
        method: 'get', path: '/access-log', operationId: 'myAccessLog', auth: 'person',
        summary: 'Who read or changed my personal data, and when',
        response: AccessLogResponse,
        handler: (ctx) => accessHistory(deps, ctx.state.personId!),
      }),
    ],
  };
}
