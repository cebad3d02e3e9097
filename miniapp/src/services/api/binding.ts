import { BindingConfirmBody, BindingStartBody, ConsentNoticeResponse, MaskedPersonSchema, SmsSentResponse } from '@ssc/shared';
import { z } from 'zod';
import { http } from '../client';

/** The notice shown before the ID number is asked for; its version goes back with the consent. */
export const consentNotice = () => http.request(ConsentNoticeResponse, { path: '/consent/notice' });

/** Real-name binding, step 1: name, ID number and consent; a code goes to the phone on file. */
export const startBinding = (body: z.input<typeof BindingStartBody>) => http.request(SmsSentResponse, { method: 'POST', path: '/binding/start', body });

/** Step 2: the code. Answers the masked person now bound to the account. */
export const confirmBinding = (body: z.input<typeof BindingConfirmBody>) => http.request(MaskedPersonSchema, { method: 'POST', path: '/binding/confirm', body });

export const unbind = () => http.request(z.undefined(), { method: 'DELETE', path: '/binding' });
