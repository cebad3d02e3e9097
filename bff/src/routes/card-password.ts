import { ChangePasswordRequest, ResetCodeSent, ResetPasswordRequest } from '@ssc/shared';
import { z } from 'zod';
import type { Deps } from '../deps';
import { route, type RouteDef } from '../http/route';
import { changePassword, resetPassword, sendResetCode } from '../services/password-service';
import { actorOf, personOf } from './card-context';

/** The card's 6-digit service password: change, and reset by SMS code (which also unlocks). */
export function cardPasswordRoutes(deps: Deps): RouteDef[] {
  return [
    route({
      method: 'post',
      path: '/password/change',
      operationId: 'changeCardPassword',
      summary: 'Change the service password with the old one (also the first change from the initial password)',
      auth: 'person',
      body: ChangePasswordRequest,
      response: z.undefined(),
      status: 204,
      errors: { 400: ['PASSWORD_RULES', 'PASSWORD_WRONG'], 404: ['CARD_NOT_FOUND'], 423: ['PASSWORD_LOCKED'], 429: ['RATE_LIMITED'] },
      handler: async (ctx, { body }) => {
        await changePassword(deps, personOf(ctx), body, actorOf(ctx));
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/password/reset/code',
      operationId: 'sendCardPasswordResetCode',
      summary: 'Send a reset code to the phone number on file',
      auth: 'person',
      response: ResetCodeSent,
      errors: { 404: ['CARD_NOT_FOUND'], 429: ['SMS_COOLDOWN', 'RATE_LIMITED'] },
      handler: async (ctx) => sendResetCode(deps, personOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/password/reset',
      operationId: 'resetCardPassword',
      summary: 'Set a new service password with the SMS code; unlocks a locked password',
      auth: 'person',
      body: ResetPasswordRequest,
      response: z.undefined(),
      status: 204,
      errors: { 400: ['PASSWORD_RULES', 'SMS_CODE_INVALID', 'SMS_CODE_EXPIRED'], 404: ['CARD_NOT_FOUND'] },
      handler: async (ctx, { body }) => {
        await resetPassword(deps, personOf(ctx), body, actorOf(ctx));
        return undefined;
      },
    }),
  ];
}
