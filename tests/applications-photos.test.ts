import { createHash } from 'node:crypto';
import test from 'ava';
import sharp from 'sharp';
import { sniffImage } from '../bff/src/services/photo-image';
import { boundPerson, startApi } from './helpers/api';
import { jpegImage, paddedJpeg, pngChunk, pngImage, rawCall, realJpeg, uploadMultipart, uploadRaw } from './helpers/applications';

test('stores a raw PNG upload and serves it back to its owner only, uncached', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const image = pngImage(300, 420);
  const res = await uploadRaw(api, person.token, image, 'image/png');
  t.is(res.status, 201);
  t.like(res.body, { contentType: 'image/png', width: 300, height: 420 });
  const back = await rawCall(api, `/api/v1/photos/${res.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  t.is(back.status, 200);
  t.is(back.headers.get('content-type'), 'image/png');
  t.is(back.headers.get('cache-control'), 'no-store');
  t.like(res.body, { size: back.bytes.length, sha256: createHash('sha256').update(back.bytes).digest('hex') });
  // Encoded again, the same picture: a 300×420 PNG of the same grey.
  const { data, info } = await sharp(back.bytes).raw().toBuffer({ resolveWithObject: true });
  t.like(info, { format: 'raw', width: 300, height: 420 });
  t.true(data.every((value) => value === 128));
});

test('accepts a JPEG sent as multipart/form-data, as WeChat uploadFile sends it', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const image = await realJpeg(358, 441);
  const res = await uploadMultipart(api, person.token, image);
  t.is(res.status, 201);
  t.like(res.body, { contentType: 'image/jpeg', width: 358, height: 441 });
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
  const atLimit = await uploadRaw(api, person.token, paddedJpeg(await realJpeg(600, 800), 2 * 1024 * 1024), 'image/jpeg');
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

test('refuses a picture that is not an upright portrait, however large, and keeps nothing of it', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  // Scaled to fit 1200×1600, each would have been kept as a strip a few dozen pixels high.
  for (const [bytes, type] of [
    [pngImage(6000, 420), 'image/png'],
    [await realJpeg(4000, 500), 'image/jpeg'],
    [await realJpeg(800, 600), 'image/jpeg'],
    [await realJpeg(500, 500), 'image/jpeg'],
    [await realJpeg(300, 1400), 'image/jpeg'],
    // Stored 500×800 but turned by its orientation: upright 800×500, lying down.
    [await realJpeg(500, 800, { orientation: 6 }), 'image/jpeg'],
  ] as const) {
    const res = await uploadRaw(api, person.token, bytes, type);
    t.is(res.status, 422);
    t.is(res.body.error.code, 'PHOTO_NOT_PORTRAIT');
    t.deepEqual(res.body.error.details, { minRatio: 1.1, maxRatio: 2.25 });
  }
  t.is(await api.deps.models.Photo.countDocuments(), 0);
  // A phone's tall frame (9:19.5) is still a portrait.
  const tall = await uploadRaw(api, person.token, await realJpeg(540, 1170), 'image/jpeg');
  t.is(tall.status, 201);
  t.like(tall.body, { width: 540, height: 1170 });
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

test('keeps the picture, turned upright, and drops what the camera wrote besides it', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  // Held sideways: stored 600×400 with "turn 90° clockwise" (orientation 6), as phones write it.
  const taken = await realJpeg(600, 400, {
    orientation: 6,
    exif: { IFD0: { Make: 'PhoneMaker', Model: 'PhoneX', ImageDescription: 'at 22.5431N 114.0579E' }, IFD3: { GPSLatitudeRef: 'N' } },
  });
  t.true(taken.includes('PhoneX'));
  const jpeg = await uploadRaw(api, person.token, taken, 'image/jpeg');
  t.is(jpeg.status, 201);
  t.like(jpeg.body, { contentType: 'image/jpeg', width: 400, height: 600 });
  const stored = await rawCall(api, `/api/v1/photos/${jpeg.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  const meta = await sharp(stored.bytes).metadata();
  t.like(meta, { format: 'jpeg', width: 400, height: 600, orientation: undefined, exif: undefined, xmp: undefined, iptc: undefined });
  for (const text of ['PhoneX', 'PhoneMaker', '22.5431N', 'Exif']) t.false(stored.bytes.includes(text), text);

  const png = pngImage(300, 420, 77);
  const iend = png.length - 12;
  const withText = Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', Buffer.from('Author\0Li Xiaomei, 13912345678', 'latin1')), png.subarray(iend)]);
  const uploaded = await uploadRaw(api, person.token, withText, 'image/png');
  t.is(uploaded.status, 201);
  t.like(uploaded.body, { width: 300, height: 420 });
  const storedPng = await rawCall(api, `/api/v1/photos/${uploaded.body.id}`, { headers: { authorization: `Bearer ${person.token}` } });
  t.false(storedPng.bytes.includes('13912345678'));
  t.is((await sharp(storedPng.bytes).metadata()).width, 300);
});

test('a file that only looks like an image is refused, however it is built, and nothing is stored', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const real = await realJpeg(400, 600);
  // The JPEG's start and size, then 200,000 tiny "Exif" segments and no picture at all.
  const tiny = Buffer.from([0xff, 0xe1, 0x00, 0x08, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00]);
  const segments = Buffer.concat(Array.from({ length: 200_000 }, () => tiny));
  const hollow = Buffer.concat([jpegImage(400, 600, 64).subarray(0, 33), segments, Buffer.from([0xff, 0xd9])]);
  const cut = real.subarray(0, Math.floor(real.length * 0.6));
  const pngTextBomb = Buffer.concat([pngImage(300, 420).subarray(0, 33), Buffer.from([0x7f, 0xff, 0xff, 0xff]), Buffer.from('tEXt', 'latin1'), Buffer.alloc(64)]);
  // Each passes the header check: only decoding finds them out.
  for (const bytes of [hollow, cut, pngTextBomb]) t.truthy(sniffImage(bytes));
  for (const [name, bytes, type] of [
    ['hollow', hollow, 'image/jpeg'],
    ['cut short', cut, 'image/jpeg'],
    ['png with a huge text chunk', pngTextBomb, 'image/png'],
    ['padding only', jpegImage(400, 600, 4096), 'image/jpeg'],
  ] as const) {
    const res = await uploadRaw(api, person.token, bytes, type);
    t.is(res.status, 415, name);
    t.is(res.body.error?.code, 'PHOTO_TYPE_UNSUPPORTED', name);
  }
  t.is(await api.deps.models.Photo.countDocuments({}), 0);
});

test('a large photo is kept scaled down to fit 1200×1600, and a sideways one is judged by its upright size', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const large = await uploadRaw(api, person.token, await realJpeg(3000, 4000), 'image/jpeg');
  t.is(large.status, 201);
  t.like(large.body, { width: 1200, height: 1600 });
  // 413×295 stored, turned a quarter by its orientation: upright it is 295×413, big enough.
  const sideways = await uploadRaw(api, person.token, await realJpeg(413, 295, { orientation: 6 }), 'image/jpeg');
  t.is(sideways.status, 201);
  t.like(sideways.body, { width: 295, height: 413 });
  // 295×413 stored but turned: upright 413×295, too short for the card face.
  const lying = await uploadRaw(api, person.token, await realJpeg(295, 413, { orientation: 6, shade: 90 }), 'image/jpeg');
  t.is(lying.status, 422);
  t.is(lying.body.error.code, 'PHOTO_TOO_SMALL');
});
