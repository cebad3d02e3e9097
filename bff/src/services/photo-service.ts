import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Deps } from '../deps';
import { AppError, NotFoundError } from '../errors';
import { sniffImage, type ImageInfo } from './photo-image';
import { consume } from './rate-limit-service';

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** A one-inch ID photo scanned at 300 dpi; anything smaller prints blurred on the card face. */
export const PHOTO_MIN = { width: 295, height: 413 };
/**
 * An upright photo: height over width from an ID photo's 1.2–1.45 to a phone's tall 9:19.5 frame.
 * A landscape picture or a long strip would be scaled to a sliver that prints as nothing.
 */
export const PHOTO_SHAPE = { minRatio: 1.1, maxRatio: 2.25 };
const PHOTO_MAX_SIDE = 8000;
/** A 24 MP phone photo at most: decoding one takes about 100 MB, turning it as much again. */
const PHOTO_MAX_PIXELS = 24_000_000;
/** What is kept: ample for a card face printed at 300 dpi (358×441), and bounded in bytes. */
const KEPT_BOX = { width: 1200, height: 1600 };
const KEPT_MAX_BYTES = 4 * 1024 * 1024;
/** Photos decoded at once in this process; others wait their turn (uploads are rate-limited too). */
const DECODES_AT_ONCE = 2;

// One libvips thread per image and no cache of decoded images: memory stays bounded by the
// decodes at once, and the thread pool stays free for the password hashing that shares it.
sharp.concurrency(1);
sharp.cache(false);

let decoding = 0;
const waiting: (() => void)[] = [];

async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (decoding >= DECODES_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  decoding += 1;
  try {
    return await work();
  } finally {
    decoding -= 1;
    waiting.shift()?.();
  }
}
const UPLOADS_PER_HOUR = 30;

function view(photo: { _id: unknown; contentType: string; size: number; width: number; height: number; sha256: string }) {
  return { id: String(photo._id), contentType: photo.contentType as 'image/jpeg' | 'image/png', size: photo.size, width: photo.width, height: photo.height, sha256: photo.sha256 };
}

/**
 * The photo as it is kept: decoded and encoded again (JPEG stays JPEG, PNG stays PNG), turned the
 * way the camera's orientation tag says, and with nothing but the picture. What a phone writes
 * besides it (EXIF with where and when it was taken and the device, XMP, IPTC, comments, PNG text)
 * is left behind, and a file that does not decode as the image it claims to be is refused. A photo
 * larger than needed is scaled down to fit 1200×1600. libvips does the work off the event loop, so
 * a hostile file cannot hold up other requests, and at most two photos are decoded at once.
 */
async function normalised(data: Buffer, contentType: ImageInfo['contentType']) {
  const input = () => sharp(data, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'warning' });
  try {
    // Upright size from the header (orientations 5 to 8 turn the picture a quarter).
    const meta = await input().metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    const upright = { width: (turned ? meta.height : meta.width) ?? 0, height: (turned ? meta.width : meta.height) ?? 0 };
    if (upright.width < PHOTO_MIN.width || upright.height < PHOTO_MIN.height) throw tooSmall();
    const ratio = upright.height / upright.width;
    if (ratio < PHOTO_SHAPE.minRatio || ratio > PHOTO_SHAPE.maxRatio) {
      throw new AppError(422, 'PHOTO_NOT_PORTRAIT', 'Photo is not an upright portrait', { details: { ...PHOTO_SHAPE } });
    }
    const image = input().rotate().resize({ ...KEPT_BOX, fit: 'inside', withoutEnlargement: true });
    const encoded = contentType === 'image/png' ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 92 });
    const { data: bytes, info } = await encoded.toBuffer({ resolveWithObject: true });
    // The shape bounds keep a scaled photo above the minimum; checked all the same, on what is kept.
    if (info.width < PHOTO_MIN.width || info.height < PHOTO_MIN.height) throw tooSmall();
    if (bytes.length > KEPT_MAX_BYTES) throw new AppError(413, 'PHOTO_TOO_LARGE', 'Photo too large once decoded', { details: { maxBytes: PHOTO_MAX_BYTES } });
    return { bytes, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(415, 'PHOTO_TYPE_UNSUPPORTED', 'The image does not decode');
  }
}

function tooSmall(): AppError {
  return new AppError(422, 'PHOTO_TOO_SMALL', 'Photo below minimum size', { details: { minWidth: PHOTO_MIN.width, minHeight: PHOTO_MIN.height } });
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
  // Too small whichever way it is turned: refused before it counts against the hourly uploads.
  if (Math.min(image.width, image.height) < PHOTO_MIN.width || Math.max(image.width, image.height) < PHOTO_MIN.height) throw tooSmall();
  await consume(deps, { key: `photo:${personId}`, max: UPLOADS_PER_HOUR, windowMs: 60 * 60 * 1000 });
  const kept = await oneAtATime(() => normalised(data, image.contentType));
  const sha256 = createHash('sha256').update(kept.bytes).digest('hex');
  // The same picture sent again (a retried upload) is the same photo.
  const same = await deps.models.Photo.findOne({ personId, sha256 }, { data: 0 }).lean();
  if (same) return view(same);
  const stored = { contentType: image.contentType, width: kept.width, height: kept.height, data: kept.bytes, size: kept.bytes.length };
  const created = await deps.models.Photo.create({ personId, ...stored, sha256, uploadedAt: deps.now() });
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
