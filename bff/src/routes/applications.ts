import { ApplicationDetail, ApplicationIdParams, ApplicationList, ApplyBody, IdempotencyKeySchema } from '@ssc/shared';
import type { Deps } from '../deps';
import { ValidationError } from '../errors';
import { route, type Resource } from '../http/route';
import { pickLocale } from '../i18n/locale';
import { apply, applicationDetail, cancelApplication, getApplication, listApplications } from '../services/application-service';
import type { SessionInfo } from '../services/session-service';
import type { AppContext } from '../types';

function idempotencyKey(ctx: AppContext): string {
  const parsed = IdempotencyKeySchema.safeParse(ctx.get('Idempotency-Key'));
  if (!parsed.success) throw new ValidationError([{ path: 'headers.idempotency-key', code: 'invalid', message: '8-128 printable characters required' }]);
  return parsed.data;
}

/** The person's own card applications: apply, follow, cancel. */
export function applicationsResource(deps: Deps): Resource {
  return {
    prefix: '/applications',
    tag: 'Card applications',
    routes: [
      route({
        method: 'post',
        path: '/',
        operationId: 'applyForCard',
        summary:
          'Apply for a new, replacement or renewed card. Requires an Idempotency-Key header (8-128 characters, kept 24 h): ' +
          'a retry with the same key and body answers 201 with the same application (and Idempotent-Replayed: true); ' +
          'the same key with another body answers 422.',
        auth: 'person',
        body: ApplyBody,
        response: ApplicationDetail,
        status: 201,
        errors: { 404: ['PHOTO_NOT_FOUND'], 409: ['APPLICATION_NOT_ALLOWED', 'APPLICATION_IN_PROGRESS', 'CONFLICT'], 422: ['IDEMPOTENCY_KEY_REUSED'] },
        async handler(ctx, { body }) {
          const { accountId, platform } = ctx.state.session as SessionInfo;
          const person = { personId: ctx.state.personId as string, accountId, actor: platform, requestId: ctx.state.requestId };
          const { application, replayed } = await apply(deps, { ...person, key: idempotencyKey(ctx), body });
          if (replayed) ctx.set('Idempotent-Replayed', 'true');
          return applicationDetail(deps, application, pickLocale(ctx));
        },
      }),
      route({
        method: 'get',
        path: '/',
        operationId: 'listApplications',
        summary: "The person's applications, newest first",
        auth: 'person',
        response: ApplicationList,
        handler: (ctx) => listApplications(deps, ctx.state.personId as string),
      }),
      route({
        method: 'get',
        path: '/:id',
        operationId: 'getApplication',
        summary: 'One application: stage in plain words, timeline, expected dates, masked delivery',
        auth: 'person',
        params: ApplicationIdParams,
        response: ApplicationDetail,
        errors: { 404: ['NOT_FOUND'] },
        handler: (ctx, { params }) => getApplication(deps, ctx.state.personId as string, params.id, pickLocale(ctx)),
      }),
      route({
        method: 'post',
        path: '/:id/cancel',
        operationId: 'cancelApplication',
        summary: 'Cancel an application before the card goes into production',
        auth: 'person',
        params: ApplicationIdParams,
        response: ApplicationDetail,
        errors: { 404: ['NOT_FOUND'], 409: ['CANNOT_CANCEL'] },
        handler: (ctx, { params }) => cancelApplication(deps, ctx.state.personId as string, params.id, pickLocale(ctx)),
      }),
    ],
  };
}
