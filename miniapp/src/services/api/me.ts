import { AccessLogResponse, MeResponse } from '@ssc/shared';
import { http } from '../client';

export const getMe = () => http.request(MeResponse, { path: '/me' });

/** Who read or changed the person's data, and when. */
export const getAccessLog = () => http.request(AccessLogResponse, { path: '/me/access-log' });
