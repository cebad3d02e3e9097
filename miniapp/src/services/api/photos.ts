import { PhotoUploaded } from '@ssc/shared';
import { http } from '../client';

/**
 * Uploads an ID photo picked with Taro.chooseMedia / chooseImage (its temp file path). It goes
 * multipart through the client's upload transport, with the same headers, errors and schema as
 * every other request. Refusals: PHOTO_TOO_SMALL and PHOTO_NOT_PORTRAIT (422), PHOTO_TOO_LARGE (413),
 * PHOTO_TYPE_UNSUPPORTED (415), RATE_LIMITED (429).
 */
export const uploadPhoto = (filePath: string) =>
  http.request(PhotoUploaded, { method: 'POST', path: '/photos', file: { path: filePath, field: 'photo' }, timeoutMs: 60_000 });
