import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExifTransformer from 'exif-be-gone';
import type { Deps } from '../deps';
import { AppError, NotFoundError } from '../errors';
import { sniffImage } from './photo-image';
import { consume } from './rate-limit-service';

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** A one-inch ID photo scanned at 300 dpi; anything smaller prints blurred on the card face. */
export const PHOTO_MIN = { width: 295, height: 413 };
const PHOTO_MAX_SIDE = 8000;
const PHOTO_MAX_PIXELS = 40_000_000;
const UPLOADS_PER_HOUR = 30;

function view(photo: { _id: unknown; contentType: string; size: number; width: number; height: number; sha256: string }) {
  return { id: String(photo._id), contentType: photo.contentType as 'image/jpeg' | 'image/png', size: photo.size, width: photo.width, height: photo.height, sha256: photo.sha256 };
}

/**
 * The photo without what a phone camera writes besides the picture: EXIF (where and when it was
 * taken, the device), XMP, and PNG text chunks. The card needs the face only, and the photo is
 * kept for months and seen by reviewers and the card maker.
 */
async function withoutMetadata(data: Buffer): Promise<Buffer> {
  return buffer(Readable.from([data]).pipe(new ExifTransformer()));
}

/** Stores an uploaded ID photo for the person after checking what it really is. */
export async function savePhoto(deps: Deps, personId: string, data: Buffer) {
  if (data.length > PHOTO_MAX_BYTES) throw new AppError(413, 'PHOTO_TOO_LARGE', 'Photo over 2 MB', { details: { maxBytes: PHOTO_MAX_BYTES } });
  const image = sniffImage(data);
  // A header claiming more pixels than any ID photo (a 64-byte "100000×100000 PNG") is no photo:
  // whoever decodes it later (card production, review tools) would be asked for gigabytes.
  if (!image || image.width > PHOTO_MAX_SIDE || image.height > PHOTO_MAX_SIDE || image.width * image.height > PHOTO_MAX_PIXELS) {
    throw new AppError(415, 'PHOTO_TYPE_UNSUPPORTED', 'Not a readable JPEG or PNG of a plausible size');
  }
  if (image.width < PHOTO_MIN.width || image.height < PHOTO_MIN.height) {
    throw new AppError(422, 'PHOTO_TOO_SMALL', 'Photo below minimum size', { details: { minWidth: PHOTO_MIN.width, minHeight: PHOTO_MIN.height } });
  }
  await consume(deps, { key: `photo:${personId}`, max: UPLOADS_PER_HOUR, windowMs: 60 * 60 * 1000 });
  const kept = await withoutMetadata(data);
  const still = sniffImage(kept);
  if (!still || still.width !== image.width || still.height !== image.height) throw new AppError(415, 'PHOTO_TYPE_UNSUPPORTED', 'Not a readable JPEG or PNG once its metadata is removed');
  const sha256 = createHash('sha256').update(kept).digest('hex');
  // The same picture sent again (a retried upload) is the same photo.
  const same = await deps.models.Photo.findOne({ personId, sha256 }, { data: 0 }).lean();
  if (same) return view(same);
  const created = await deps.models.Photo.create({ personId, ...image, data: kept, size: kept.length, sha256, uploadedAt: deps.now() });
  return view(created);
}

/** The photo's bytes, for its owner only; anyone else is told it does not exist. */
export async function readPhoto(deps: Deps, personId: string, photoId: string): Promise<{ contentType: string; data: Buffer }> {
  const photo = await deps.models.Photo.findOne({ _id: photoId, personId }).lean();
  if (!photo) throw new NotFoundError('No such photo for this person');
  // Lean reads give the driver's Binary; the response needs a Buffer.
  const data = Buffer.isBuffer(photo.data) ? photo.data : Buffer.from((photo.data as { buffer: Uint8Array }).buffer);
  return { contentType: photo.contentType, data };
}
