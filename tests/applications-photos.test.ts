import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import test from 'ava';
import { boundPerson, startApi } from './helpers/api';
import { jpegImage, pngImage, rawCall, uploadMultipart, uploadRaw } from './helpers/applications';

test('stores a raw PNG upload and serves it back to its owner only, uncached', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const image = pngImage(300, 420);
  const res = await uploadRaw(api, person.token, image, 'image/png');
  t.is(res.status, 201);
  t.like(res.body, { contentType: 'image/png', size: image.length, width: 300, height: 420, sha256: createHash('sha256').update(image).digest('hex') });
  const back = await rawCall(api, `/api/v1/photos/${res.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  t.is(back.status, 200);
  t.is(back.headers.get('content-type'), 'image/png');
  t.is(back.headers.get('cache-control'), 'no-store');
  t.true(back.bytes.equals(image));
});

test('accepts a JPEG sent as multipart/form-data, as WeChat uploadFile sends it', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const image = jpegImage(358, 441);
  const res = await uploadMultipart(api, person.token, image);
  t.is(res.status, 201);
  t.like(res.body, { contentType: 'image/jpeg', width: 358, height: 441, size: image.length });
  const stored = await api.deps.models.Photo.findById(res.body.id).lean();
  t.is(String(stored?.personId), person.personId);
});

test('answers 404 when another person asks for the photo, and 401 without a session', async (t) => {
  const api = await startApi(t);
  const owner = await boundPerson(api);
  const other = await boundPerson(api);
  const uploaded = await uploadRaw(api, owner.token, pngImage());
  const stranger = await api.call('GET', `/api/v1/photos/${uploaded.body.id}`, { token: other.token });
  t.is(stranger.status, 404);
  t.is(stranger.body.error.code, 'NOT_FOUND');
  t.is((await api.call('GET', `/api/v1/photos/${uploaded.body.id}`)).status, 401);
  t.is((await uploadRaw(api, undefined, pngImage())).status, 401);
});

test('judges the type by the bytes, not by the declared content type', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(2000, 1)]);
  const res = await uploadRaw(api, person.token, gif, 'image/png');
  t.is(res.status, 415);
  t.is(res.body.error.code, 'PHOTO_TYPE_UNSUPPORTED');
  const inForm = await uploadMultipart(api, person.token, gif, 'image/jpeg');
  t.is(inForm.status, 415);
  t.is(await api.deps.models.Photo.countDocuments({}), 0);
});

test('refuses a header that claims more pixels than any photo', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  // A real PNG's first 33 bytes with the size in its header rewritten to 100000×100000.
  const header = Buffer.from(pngImage(300, 420).subarray(0, 33));
  header.writeUInt32BE(100_000, 16);
  header.writeUInt32BE(100_000, 20);
  const res = await uploadRaw(api, person.token, Buffer.concat([header, Buffer.from('<html><script>x</script>')]));
  t.is(res.status, 415);
  t.is(res.body.error.code, 'PHOTO_TYPE_UNSUPPORTED');
  t.is(await api.deps.models.Photo.countDocuments({}), 0);
});

test('refuses bodies that are neither an image nor a form', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const res = await uploadRaw(api, person.token, Buffer.from('hello'), 'text/plain');
  t.is(res.status, 415);
  const noFile = await rawCall(api, '/api/v1/photos', { method: 'POST', headers: { authorization: `Bearer ${person.token}` }, body: new URLSearchParams({ a: 'b' }) });
  t.is(noFile.status, 415);
});

test('asks for a file part in a form without one', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const form = new FormData();
  form.append('purpose', 'idPhoto');
  const res = await rawCall(api, '/api/v1/photos', { method: 'POST', headers: { authorization: `Bearer ${person.token}` }, body: form });
  t.is(res.status, 400);
  t.is(res.body.error.details.issues[0].path, 'body.file');
});

test('refuses photos over 2 MB, raw or in a form', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const big = jpegImage(600, 800, 2 * 1024 * 1024 + 1);
  const raw = await uploadRaw(api, person.token, big, 'image/jpeg');
  t.is(raw.status, 413);
  t.is(raw.body.error.code, 'PHOTO_TOO_LARGE');
  const form = await uploadMultipart(api, person.token, big);
  t.is(form.status, 413);
  // Sent in chunks, without a Content-Length to refuse it by.
  const chunked = await rawCall(api, '/api/v1/photos', {
    method: 'POST',
    headers: { authorization: `Bearer ${person.token}`, 'content-type': 'image/jpeg' },
    body: new Blob([big]).stream(),
    duplex: 'half',
  } as RequestInit);
  t.is(chunked.status, 413);
  const atLimit = await uploadRaw(api, person.token, jpegImage(600, 800, 2 * 1024 * 1024), 'image/jpeg');
  t.is(atLimit.status, 201);
});

test('refuses photos too small to print on the card face', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const res = await uploadRaw(api, person.token, pngImage(200, 260));
  t.is(res.status, 422);
  t.is(res.body.error.code, 'PHOTO_TOO_SMALL');
  t.deepEqual(res.body.error.details, { minWidth: 295, minHeight: 413 });
});

test('the same picture uploaded twice is the same photo', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const image = pngImage(320, 440, 7);
  const first = await uploadRaw(api, person.token, image);
  const second = await uploadRaw(api, person.token, image);
  t.is(second.body.id, first.body.id);
  t.is(await api.deps.models.Photo.countDocuments({}), 1);
});

/** An APP1 segment as a phone camera writes it: "Exif\0\0" and a TIFF block (here, where the photo was taken). */
function exifSegment(text: string): Buffer {
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from('MM\0\x2a\0\0\0\x08', 'latin1'), Buffer.from(text, 'latin1')]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), length, body]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

test('keeps the picture and drops what the camera wrote besides it: EXIF in a JPEG, text in a PNG', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const where = 'GPSLatitude 22.5431N GPSLongitude 114.0579E Model PhoneX';
  const plain = jpegImage(358, 441);
  // Right after SOI, where cameras put it.
  const withExif = Buffer.concat([plain.subarray(0, 2), exifSegment(where), plain.subarray(2)]);
  const jpeg = await uploadRaw(api, person.token, withExif, 'image/jpeg');
  t.is(jpeg.status, 201);
  t.like(jpeg.body, { contentType: 'image/jpeg', width: 358, height: 441, size: plain.length, sha256: createHash('sha256').update(plain).digest('hex') });
  const storedJpeg = await rawCall(api, `/api/v1/photos/${jpeg.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  t.true(storedJpeg.bytes.equals(plain));
  t.false(storedJpeg.bytes.includes('GPSLatitude'));

  const png = pngImage(300, 420, 77);
  const iend = png.length - 12;
  const withText = Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', Buffer.from('Author\0Li Xiaomei, 13912345678', 'latin1')), png.subarray(iend)]);
  const uploaded = await uploadRaw(api, person.token, withText, 'image/png');
  t.is(uploaded.status, 201);
  t.like(uploaded.body, { width: 300, height: 420, size: png.length });
  const storedPng = await rawCall(api, `/api/v1/photos/${uploaded.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  t.true(storedPng.bytes.equals(png));
  t.false(storedPng.bytes.includes('13912345678'));
});
