/**
 * Recognises an image by its first bytes (the declared content type proves nothing) and reads its
 * size from the header. JPEG and PNG only: what the card maker accepts for the card face.
 */
export interface ImageInfo {
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function png(data: Buffer): ImageInfo | null {
  // The IHDR chunk comes first (PNG spec §5.6): length, "IHDR", width, height.
  if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { contentType: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Start-of-frame markers carry the size: C0-CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpeg(data: Buffer): ImageInfo | null {
  let at = 2;
  while (at + 9 <= data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (isStartOfFrame(marker)) return { contentType: 'image/jpeg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    // Markers without a length (RSTn, SOI, EOI, TEM) are two bytes; the rest give their length.
    at += (marker >= 0xd0 && marker <= 0xd9) || marker === 0x01 ? 2 : 2 + data.readUInt16BE(at + 2);
  }
  return null;
}

/** The image's type and size, or null when it is not a readable JPEG or PNG. */
export function sniffImage(data: Buffer): ImageInfo | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return png(data);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return jpeg(data);
  return null;
}
