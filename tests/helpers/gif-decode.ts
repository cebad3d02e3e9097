/**
 * Decodes a single-image, non-interlaced GIF (as qrcode-generator writes them) to RGBA pixels, so a
 * test can read the QR picture back the way a scanner would. GIF89a spec, sections 18-22 and
 * appendix F (variable-length LZW).
 */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function lzw(minCodeSize: number, bytes: Uint8Array, pixelCount: number): Uint8Array {
  const out = new Uint8Array(pixelCount);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = minCodeSize + 1;
  };
  reset();
  let bit = 0;
  let written = 0;
  let previous: number[] | null = null;
  while (bit + size <= bytes.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) code |= ((bytes[bit >> 3]! >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      previous = null;
      continue;
    }
    if (code === end) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code]!;
    else if (previous) entry = [...previous, previous[0]!];
    else throw new Error(`bad LZW code ${code}`);
    for (const value of entry) if (written < pixelCount) out[written++] = value;
    if (previous && dict.length < 4096) dict.push([...previous, entry[0]!]);
    previous = entry;
    if (dict.length === 1 << size && size < 12) size += 1;
  }
  return out;
}

export function decodeGif(buffer: Uint8Array): Rgba {
  const text = String.fromCharCode(...buffer.subarray(0, 6));
  if (text !== 'GIF87a' && text !== 'GIF89a') throw new Error(`not a GIF: ${text}`);
  const u16 = (at: number) => buffer[at]! | (buffer[at + 1]! << 8);
  const width = u16(6);
  const height = u16(8);
  let at = 13;
  let palette: Uint8Array = new Uint8Array(0);
  if (buffer[10]! & 0x80) {
    const length = 3 * (1 << ((buffer[10]! & 7) + 1));
    palette = buffer.subarray(at, at + length);
    at += length;
  }
  const subBlocks = () => {
    const parts: number[] = [];
    for (let n = buffer[at++]!; n > 0; n = buffer[at++]!) {
      parts.push(...buffer.subarray(at, at + n));
      at += n;
    }
    return Uint8Array.from(parts);
  };
  while (at < buffer.length) {
    const block = buffer[at++];
    if (block === 0x21) {
      at += 1; // extension label
      subBlocks();
    } else if (block === 0x2c) {
      const [w, h, packed] = [u16(at + 4), u16(at + 6), buffer[at + 8]!];
      at += 9;
      if (packed & 0x40) throw new Error('interlaced GIFs are not supported here');
      if (packed & 0x80) {
        const length = 3 * (1 << ((packed & 7) + 1));
        palette = buffer.subarray(at, at + length);
        at += length;
      }
      const minCodeSize = buffer[at++]!;
      const indices = lzw(minCodeSize, subBlocks(), w * h);
      const data = new Uint8ClampedArray(width * height * 4);
      indices.forEach((index, i) => {
        data.set([palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, 255], i * 4);
      });
      return { width, height, data };
    } else {
      break;
    }
  }
  throw new Error('no image in the GIF');
}

/** `data:image/gif;base64,...` -> pixels. */
export function decodeGifDataUrl(url: string): Rgba {
  const match = /^data:image\/gif;base64,(.+)$/.exec(url);
  if (!match) throw new Error('not a GIF data URL');
  return decodeGif(Buffer.from(match[1]!, 'base64'));
}
