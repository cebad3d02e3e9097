import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError, ValidationError } from '../errors';

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

function tooLarge(limit: number): AppError {
  return new AppError(413, 'PHOTO_TOO_LARGE', 'Upload over limit', { details: { maxBytes: limit } });
}

function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge(limit)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** The first file part of a multipart/form-data body (WeChat's `uploadFile` sends one, named as the page says). */
function readMultipart(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit, fields: 10, parts: 11 } });
    let file: Buffer | undefined;
    let over = false;
    parser.on('file', (_field, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (over = true));
      stream.on('end', () => (file ??= over ? undefined : Buffer.concat(chunks)));
    });
    parser.on('close', () => {
      if (over) reject(tooLarge(limit));
      else if (file) resolve(file);
      else reject(new ValidationError([{ path: 'body.file', code: 'required', message: 'a file part is required' }]));
    });
    parser.on('error', () => reject(new ValidationError([{ path: 'body', code: 'invalid_multipart', message: 'unreadable multipart body' }])));
    req.pipe(parser);
  });
}

/**
 * Reads an uploaded image: a multipart/form-data body with a file part, or the raw image/jpeg or
 * image/png bytes. What the bytes really are is the caller's to check; this only bounds the size.
 */
export async function readImageUpload(req: IncomingMessage, limit: number): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  const declared = Number(req.headers['content-length'] ?? 0);
  const multipart = type.startsWith('multipart/form-data');
  if (!multipart && !/^image\/(jpeg|png)\s*(;|$)/.test(type)) throw new AppError(415, 'PHOTO_TYPE_UNSUPPORTED', 'Upload is neither multipart nor JPEG/PNG');
  // Refused before reading when the length says so; the rest is drained by Node after the answer.
  if (declared > limit + (multipart ? MULTIPART_OVERHEAD : 0)) throw tooLarge(limit);
  if (!multipart) return readRaw(req, limit);
  try {
    return await readMultipart(req, limit);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // busboy throws synchronously on a multipart type without a boundary.
    throw new ValidationError([{ path: 'body', code: 'invalid_multipart', message: 'unreadable multipart body' }]);
  }
}
