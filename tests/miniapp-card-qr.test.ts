import test from 'ava';
import jsQR from 'jsqr';
import { QR_CELL_PIXELS, QR_MARGIN_MODULES, qrDataUrl, qrMatrix } from '../miniapp/src/components/card/logic/qr-image';
import { isExpired, lifetimeMs, refreshDelayMs, secondsToRefresh } from '../miniapp/src/components/card/logic/qr-schedule';
import { decodeGifDataUrl } from './helpers/gif-decode';

// Shaped like the BFF's codes: `ssc1.<base64url claims>.<base64url HMAC>`, about 160 characters.
const TOKEN = `ssc1.${Buffer.from(JSON.stringify({ jti: 'k2Jx9QmZ0aPq7rTu1vWy3A', cid: '665f1c2e9b1e8a0012345678', ver: 3, exp: 1767225600 })).toString('base64url')}.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5`;

test('the picture of a code reads back as the token, as a scanner would read it', (t) => {
  const image = decodeGifDataUrl(qrDataUrl(TOKEN));
  const read = jsQR(image.data, image.width, image.height);
  t.truthy(read);
  t.is(read?.data, TOKEN);
});

test('the picture keeps a four-module quiet zone around the code', (t) => {
  const { size } = qrMatrix(TOKEN);
  const image = decodeGifDataUrl(qrDataUrl(TOKEN));
  const side = (size + 2 * QR_MARGIN_MODULES) * QR_CELL_PIXELS;
  t.is(image.width, side);
  t.is(image.height, side);
  const dark = (x: number, y: number) => image.data[(y * image.width + x) * 4]! < 128;
  const margin = QR_MARGIN_MODULES * QR_CELL_PIXELS;
  for (let i = 0; i < side; i++) {
    t.false(dark(i, margin - 1) || dark(margin - 1, i) || dark(i, side - margin) || dark(side - margin, i), `dark pixel in the quiet zone at ${i}`);
  }
  // The top-left finder pattern starts right inside the quiet zone.
  t.true(dark(margin, margin));
});

test('a new token gives a different picture', (t) => {
  t.not(qrDataUrl(TOKEN), qrDataUrl(`${TOKEN}x`));
  t.is(qrDataUrl(TOKEN), qrDataUrl(TOKEN));
});

test('the picture stays small enough for one setData on weapp', (t) => {
  // WeChat warns past 256 KB of data per setData; a code is a few kilobytes.
  t.true(qrDataUrl(TOKEN).length < 32 * 1024, `${qrDataUrl(TOKEN).length} characters`);
});

const NOW = Date.parse('2025-06-01T08:00:00.000Z');
const code = (expiresInMs: number, refreshInSeconds = 50) => ({ receivedAt: NOW, refreshInSeconds, expiresAt: new Date(NOW + expiresInMs).toISOString() });

test('counts down to the refresh from the moment the code arrived', (t) => {
  t.is(secondsToRefresh(code(60_000), NOW), 50);
  t.is(secondsToRefresh(code(60_000), NOW + 200), 50);
  t.is(secondsToRefresh(code(60_000), NOW + 49_001), 1);
  t.is(secondsToRefresh(code(60_000), NOW + 50_000), 0);
  t.is(secondsToRefresh(code(60_000), NOW + 90_000), 0);
  t.is(refreshDelayMs(code(60_000), NOW + 10_000), 40_000);
  t.is(refreshDelayMs(code(60_000), NOW + 70_000), 0);
});

test('a code stops working at its expiry when the phone clock agrees with the server', (t) => {
  t.is(lifetimeMs(code(60_000)), 60_000);
  t.false(isExpired(code(60_000), NOW + 59_999));
  t.true(isExpired(code(60_000), NOW + 60_000));
});

test('a phone clock that is off does not make a code dead on arrival or everlasting', (t) => {
  // Phone 10 minutes ahead: expiresAt looks long past; behind: it looks far away.
  t.is(lifetimeMs(code(-9 * 60_000)), 50_000);
  t.false(isExpired(code(-9 * 60_000), NOW + 1000));
  t.is(lifetimeMs(code(11 * 60_000)), 50_000);
  t.true(isExpired(code(11 * 60_000), NOW + 50_000));
  t.is(lifetimeMs({ ...code(60_000), expiresAt: 'not a date' }), 50_000);
});
