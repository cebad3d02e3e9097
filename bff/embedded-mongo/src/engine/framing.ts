import { crc32 } from 'node:zlib';
import { calculateObjectSize, deserialize, serialize, type Document } from 'bson';

/** Record framing shared by the journal and the snapshot: u32 length, u32 CRC-32, BSON payload. */
export const HEADER_BYTES = 8;
const BSON_OPTIONS = { checkKeys: false, ignoreUndefined: true } as const;

export function frame(payload: Document): Buffer {
  const body = serialize(payload, BSON_OPTIONS);
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.length);
  out.writeUInt32LE(body.length, 0);
  out.writeUInt32LE(crc32(body), 4);
  out.set(body, HEADER_BYTES);
  return out;
}

export interface ReadResult {
  records: Document[];
  /** Byte offset just past each record. */
  ends: number[];
  /** Byte offset just past the last intact record. */
  goodBytes: number;
  /** Why reading stopped early, if it did. */
  tornReason?: string;
}

/** Reads records until the end or the first record that is incomplete or fails its checksum. */
export function readRecords(buf: Buffer): ReadResult {
  const records: Document[] = [];
  const ends: number[] = [];
  let offset = 0;
  while (offset < buf.length) {
    if (buf.length - offset < HEADER_BYTES) return { records, ends, goodBytes: offset, tornReason: 'incomplete header' };
    const length = buf.readUInt32LE(offset);
    const end = offset + HEADER_BYTES + length;
    if (end > buf.length) return { records, ends, goodBytes: offset, tornReason: 'incomplete record' };
    const body = buf.subarray(offset + HEADER_BYTES, end);
    if (crc32(body) !== buf.readUInt32LE(offset + 4)) return { records, ends, goodBytes: offset, tornReason: 'checksum mismatch' };
    try {
      records.push(deserialize(body));
    } catch {
      return { records, ends, goodBytes: offset, tornReason: 'unreadable record' };
    }
    ends.push(end);
    offset = end;
  }
  return { records, ends, goodBytes: offset };
}

/** Splits items into groups whose BSON size stays well under the 16 MiB document limit. */
export function chunkBySize<T>(items: T[], limit = 4 * 1024 * 1024): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = calculateObjectSize({ item }, BSON_OPTIONS);
    if (current.length > 0 && size + itemSize > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
