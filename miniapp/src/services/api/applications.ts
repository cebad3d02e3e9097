import { ApplicationDetail, ApplicationList, type ApplyBody } from '@ssc/shared';
import { http } from '../client';

export const listApplications = () => http.request(ApplicationList, { path: '/applications' });

export const getApplication = (id: string) => http.request(ApplicationDetail, { path: `/applications/${encodeURIComponent(id)}` });

/**
 * `idempotencyKey`: made once per filled-in form (not per tap), so a retry after a timeout cannot
 * apply twice.
 */
export const applyForCard = (body: ApplyBody, idempotencyKey: string) =>
  http.request(ApplicationDetail, { method: 'POST', path: '/applications', body, headers: { 'Idempotency-Key': idempotencyKey } });

export const cancelApplication = (id: string) => http.request(ApplicationDetail, { method: 'POST', path: `/applications/${encodeURIComponent(id)}/cancel` });
