import { CardView, ChangePasswordRequest, QrCode, ResetCodeSent, ResetPasswordRequest, RevealedCard } from '@ssc/shared';
import { z } from 'zod';
import { http } from '../client';

export const getCard = () => http.request(CardView, { path: '/card' });

/** Unmasked name and numbers, behind the service password (the "eye" toggle). */
export const revealCard = (password: string) => http.request(RevealedCard, { method: 'POST', path: '/card/reveal', body: { password } });

/** A one-minute, single-use QR token; ask again after `refreshInSeconds`. */
export const issueQr = () => http.request(QrCode, { method: 'POST', path: '/card/qr' });

export const reportLoss = () => http.request(CardView, { method: 'POST', path: '/card/loss' });
export const liftLoss = (password: string) => http.request(CardView, { method: 'POST', path: '/card/loss/lift', body: { password } });

export const changePassword = (body: z.input<typeof ChangePasswordRequest>) =>
  http.request(z.undefined(), { method: 'POST', path: '/card/password/change', body });
export const sendPasswordResetCode = () => http.request(ResetCodeSent, { method: 'POST', path: '/card/password/reset/code' });
export const resetPassword = (body: z.input<typeof ResetPasswordRequest>) =>
  http.request(z.undefined(), { method: 'POST', path: '/card/password/reset', body });
