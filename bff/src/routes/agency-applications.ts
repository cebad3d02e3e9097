import { AgencyApplication, AgencyApplicationList, AgencyListQuery, ApplicationIdParams, TransitionBody } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { agencyTransition, agencyWorklist } from '../services/application-agency';

/** The card bank's and production centre's side: the worklist and each step of an application. */
export function agencyApplicationsResource(deps: Deps): Resource {
  return {
    prefix: '/agency/applications',
    tag: 'Agency',
    routes: [
      route({
        method: 'get',
        path: '/',
        operationId: 'agencyListApplications',
        summary: "Open applications (or those in one stage), longest waiting first; no personal data. A bank's key sees its own bank's only.",
        auth: 'agencyOrBank',
        query: AgencyListQuery,
        response: AgencyApplicationList,
        handler: (ctx, { query }) => agencyWorklist(deps, { ...query, bankCode: ctx.state.bankScope }),
      }),
      route({
        method: 'post',
        path: '/:id/transitions',
        operationId: 'agencyTransitionApplication',
        summary: 'Record the next step of an application (reviewFailed needs a reason). Repeating the last step exactly is answered as a retry, without a second record.',
        auth: 'agencyOrBank',
        params: ApplicationIdParams,
        body: TransitionBody,
        response: AgencyApplication,
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 409: ['ILLEGAL_TRANSITION', 'CARD_NUMBER_TAKEN', 'CONFLICT'] },
        handler: (ctx, { params, body }) => agencyTransition(deps, { ...body, applicationId: params.id, client: ctx.state.client as string, bankCode: ctx.state.bankScope, requestId: ctx.state.requestId }),
      }),
    ],
  };
}
