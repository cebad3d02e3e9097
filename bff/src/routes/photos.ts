import { PhotoIdParams, PhotoUploaded } from '@ssc/shared';
import { z } from 'zod';
import type { Deps } from '../deps';
import { readImageUpload } from '../http/upload';
import { route, type Resource } from '../http/route';
import { PHOTO_MAX_BYTES, readPhoto, savePhoto } from '../services/photo-service';

/** ID photos for the card face: uploaded by the person, readable by that person only. */
export function photosResource(deps: Deps): Resource {
  return {
    prefix: '/photos',
    tag: 'Card applications',
    routes: [
      route({
        method: 'post',
        path: '/',
        operationId: 'uploadPhoto',
        summary: 'Upload an ID photo (JPEG or PNG, at most 2 MB, at least 295x413): multipart/form-data with one file part, or the raw image/jpeg or image/png body',
        auth: 'person',
        bodyContentType: 'multipart/form-data',
        response: PhotoUploaded,
        status: 201,
        errors: { 400: ['VALIDATION_FAILED'], 413: ['PHOTO_TOO_LARGE'], 415: ['PHOTO_TYPE_UNSUPPORTED'], 422: ['PHOTO_TOO_SMALL', 'PHOTO_NOT_PORTRAIT'], 429: ['RATE_LIMITED'] },
        async handler(ctx) {
          return savePhoto(deps, ctx.state.personId as string, await readImageUpload(ctx.req, PHOTO_MAX_BYTES));
        },
      }),
      route({
        method: 'get',
        path: '/:id',
        operationId: 'getPhoto',
        summary: 'The photo itself (image/jpeg or image/png), for its owner only',
        auth: 'person',
        params: PhotoIdParams,
        response: z.instanceof(Buffer).describe('The image bytes'),
        errors: { 404: ['NOT_FOUND'] },
        async handler(ctx, { params }) {
          const photo = await readPhoto(deps, ctx.state.personId as string, params.id);
          ctx.type = photo.contentType;
          return photo.data;
        },
      }),
    ],
  };
}
