import { randomInt, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { addChinaYears, CARD_VALIDITY_YEARS, chinaDate } from '../../shared/src';
import { AGENCY_KEY, boundPerson, type ApiResponse, type TestApi, type TestPerson } from './api';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real (decodable) grey PNG of the given size; `seed` varies the shade so images differ. */
export function pngImage(width = 300, height = 420, seed = 128): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, seed % 256)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG of a flat colour, written by sharp; `orientation` and `exif` as a phone camera would write them. */
export async function realJpeg(width = 358, height = 441, options: { orientation?: number; exif?: Record<string, Record<string, string>>; shade?: number } = {}): Promise<Buffer> {
  const shade = options.shade ?? 128;
  let image = sharp({ create: { width, height, channels: 3, background: { r: shade, g: shade, b: shade } } }).jpeg();
  if (options.exif) image = image.withExif(options.exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.toBuffer();
}

/** `jpeg` made exactly `size` bytes long with comment segments after SOI: still a valid JPEG. */
export function paddedJpeg(jpeg: Buffer, size: number): Buffer {
  let missing = size - jpeg.length;
  // A comment segment is a 2-byte marker, a 2-byte length and 0 to 65,533 bytes of text.
  if (missing < 0 || (missing > 0 && missing < 4)) throw new Error(`cannot pad to ${size} bytes`);
  const segments: Buffer[] = [];
  while (missing > 0) {
    let take = Math.min(missing, 4 + 65_533);
    if (missing - take > 0 && missing - take < 4) take -= 4; // leave room for a last segment
    const segment = Buffer.alloc(take, 0x20);
    segment.set([0xff, 0xfe, (take - 2) >> 8, (take - 2) & 0xff]);
    segments.push(segment);
    missing -= take;
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** The marker structure of a baseline JPEG (SOI, APP0, SOF0 with the size, EOI), padded to `size` bytes: not decodable. */
export function jpegImage(width = 358, height = 441, size = 2048): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00]);
  const head = Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0]);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - 2), 0x55), Buffer.from([0xff, 0xd9])]);
}

export async function uploadRaw(api: TestApi, token: string | undefined, bytes: Buffer, contentType = 'image/png'): Promise<ApiResponse> {
  return rawCall(api, '/api/v1/photos', { method: 'POST', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: bytes });
}

/** What WeChat's `uploadFile` sends: multipart/form-data with one file part (plus form fields). */
export async function uploadMultipart(api: TestApi, token: string, bytes: Buffer, type = 'image/jpeg'): Promise<ApiResponse> {
  const form = new FormData();
  form.append('purpose', 'idPhoto');
  form.append('file', new Blob([bytes], { type }), 'photo.jpg');
  return rawCall(api, '/api/v1/photos', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

export async function rawCall(api: TestApi, path: string, init: RequestInit): Promise<ApiResponse & { bytes: Buffer }> {
  const response = await fetch(`${api.url}${path}`, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, bytes };
}

export interface CardSetup {
  state?: 'A' | 'S' | 'K' | 'L' | 'G' | 'T';
  expiresInDays?: number;
  loss?: { kind: 'temporary' | 'formal'; liftsInDays?: number };
}

/** Gives the person a card in the registry (directly, as the card bank's import would). */
export async function giveCard(api: TestApi, personId: string, setup: CardSetup = {}): Promise<void> {
  const now = api.clock.now.getTime();
  const loss = setup.loss
    ? { kind: setup.loss.kind, reportedAt: new Date(now), liftsAt: setup.loss.liftsInDays === undefined ? null : new Date(now + setup.loss.liftsInDays * DAY_MS) }
    : null;
  await api.deps.models.Card.create({
    personId,
    cardNumberEnc: api.deps.cipher.encrypt(`M${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`),
    bank: '中国工商银行',
    city: '广州市',
    issuedAt: new Date(now - 3000 * DAY_MS),
    expiresAt: new Date(now + (setup.expiresInDays ?? 1000) * DAY_MS),
    state: setup.state ?? 'A',
    loss,
    password: { hash: 'not-used-by-these-tests' },
  });
}

/** A bound person with an uploaded ID photo, ready to apply. */
export async function applicant(api: TestApi, overrides: Parameters<typeof boundPerson>[1] = {}): Promise<TestPerson & { photoId: string }> {
  const person = await boundPerson(api, overrides);
  const uploaded = await uploadRaw(api, person.token, pngImage(300, 420, Math.floor(Math.random() * 256)));
  if (uploaded.status !== 201) throw new Error(`photo upload failed: ${uploaded.status}`);
  return { ...person, photoId: uploaded.body.id };
}

export function branchBody(photoId: string, overrides: Record<string, unknown> = {}) {
  return { kind: 'new', bankCode: 'ICBC', delivery: { method: 'branch', branchCode: 'ICBC-GZ-TH' }, photoId, ...overrides };
}

export const MAIL_ADDRESS = {
  recipient: '陈秀英',
  phone: '13912345678',
  province: '广东省',
  city: '广州市',
  district: '天河区',
  line: '林和西路 9 号耀中广场 B 座 2708 室',
  postcode: '510610',
};

export function mailBody(photoId: string, overrides: Record<string, unknown> = {}) {
  return { kind: 'new', bankCode: 'CCB', delivery: { method: 'mail', address: MAIL_ADDRESS }, photoId, ...overrides };
}

export function submit(api: TestApi, token: string, body: unknown, key: string = randomUUID()): Promise<ApiResponse> {
  return api.call('POST', '/api/v1/applications', { token, body, headers: { 'idempotency-key': key } });
}

export function agencyStep(api: TestApi, applicationId: string, to: string, extra: Record<string, unknown> = {}, key = AGENCY_KEY): Promise<ApiResponse> {
  return api.call('POST', `/api/v1/agency/applications/${applicationId}/transitions`, {
    headers: { 'x-api-key': key },
    body: { to, office: '市社会保障卡服务中心', officePhone: '020-12333', ...extra },
  });
}

/** The card a branch hands over on activation: issued today (China time), valid ten years; a new number unless given. */
export function handedOverCard(api: TestApi, number = `H${String(randomInt(100_000_000)).padStart(8, '0')}`) {
  return { number, issuedOn: chinaDate(api.clock.now), expiresOn: chinaDate(addChinaYears(api.clock.now, CARD_VALIDITY_YEARS)) };
}

/** Walks an application along the main path up to (and including) `last`. */
export async function advanceTo(api: TestApi, applicationId: string, last: string): Promise<void> {
  const path = ['review', 'accountOpened', 'inProduction', 'cityBankReceived', 'branchReceived', 'readyToCollect', 'activated'];
  for (const stage of path.slice(0, path.indexOf(last) + 1)) {
    const res = await agencyStep(api, applicationId, stage, stage === 'activated' ? { card: handedOverCard(api) } : {});
    if (res.status !== 200) throw new Error(`step to ${stage} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
