import { BindingConfirmBody, BindingStartBody, ConsentNoticeResponse, MaskedPersonSchema, SmsSentResponse } from '@ssc/shared';
import { z } from 'zod';
import { consentNotice } from '../content/consent';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { pickLocale } from '../i18n/locale';
import { confirmBinding, startBinding, unbind, type Actor } from '../services/binding-service';
import type { AppContext } from '../types';

function actor(ctx: AppContext): Actor {
  const session = ctx.state.session!;
  return { accountId: session.accountId, platform: session.platform, requestId: ctx.state.requestId };
}

/** Real-name binding: link the logged-in account to a person of the registry, or unlink it. */
export function bindingResource(deps: Deps): Resource {
  return {
    prefix: '/binding',
    tag: 'Binding',
    routes: [
      route({
        method: 'post', path: '/start', operationId: 'startBinding', auth: 'session',
        summary: 'Check name and ID number against the registry; sends a code to the phone on file',
        body: BindingStartBody, response: SmsSentResponse,
        errors: {
          400: ['CONSENT_REQUIRED', 'ID_NUMBER_INVALID'], 404: ['PERSON_NOT_FOUND'],
          409: ['ALREADY_BOUND', 'ACCOUNT_ALREADY_BOUND'], 429: ['RATE_LIMITED', 'SMS_COOLDOWN'],
        },
        handler: (ctx, { body }) => startBinding(deps, actor(ctx), body),
      }),
      route({
        method: 'post', path: '/confirm', operationId: 'confirmBinding', auth: 'session',
        summary: 'Complete the binding with the SMS code; answers the masked person',
        body: BindingConfirmBody, response: MaskedPersonSchema,
        errors: { 400: ['SMS_CODE_INVALID', 'SMS_CODE_EXPIRED'], 409: ['ALREADY_BOUND', 'ACCOUNT_ALREADY_BOUND', 'BINDING_NOT_STARTED'] },
        handler: (ctx, { body }) => confirmBinding(deps, actor(ctx), body.code),
      }),
      route({
        method: 'delete', path: '/', operationId: 'unbind', auth: 'person', status: 204,
        summary: 'Unlink the person, withdraw the consent and end every session of the account',
        response: z.undefined(),
        handler: async (ctx) => {
          await unbind(deps, actor(ctx), ctx.state.personId!);
          return undefined;
        },
      }),
    ],
  };
}

/** The notice a person agrees to before binding, in the request's language. */
export function consentResource(): Resource {
  return {
    prefix: '/consent',
    tag: 'Binding',
    routes: [
      route({
        method: 'get', path: '/notice', operationId: 'consentNotice', auth: 'none',
        summary: 'Current ID-number processing notice',
        response: ConsentNoticeResponse,
        handler: async (ctx) => {
          const locale = pickLocale(ctx);
          ctx.set('Content-Language', locale);
          ctx.vary('Accept-Language');
          return consentNotice(locale);
        },
      }),
    ],
  };
}
