import test from 'ava';
import { startApi } from './helpers/api';

// fetch adds `Cache-Control: no-cache` to a request carrying its own If-None-Match, which asks for
// a full answer; a revalidating client (and the mini-program's wx.request) sends max-age=0 instead.
const revalidate = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });

test('help answers are publicly cacheable for five minutes with an etag', async (t) => {
  const api = await startApi(t);
  for (const path of ['/api/v1/help', '/api/v1/help/payment-gaps', '/api/v1/help/privacy-policy']) {
    const res = await api.call('GET', path);
    t.is(res.status, 200, path);
    t.is(res.headers.get('cache-control'), 'public, max-age=300', path);
    t.regex(res.headers.get('etag') ?? '', /^"[\w-]{20,}"$/, path);
  }
});

test('answers 304 without a body while the etag still matches', async (t) => {
  const api = await startApi(t);
  const first = await api.call('GET', '/api/v1/help/service-password?lang=en');
  const again = await api.call('GET', '/api/v1/help/service-password?lang=en', { headers: revalidate(first.headers.get('etag')!) });
  t.is(again.status, 304);
  t.is(again.body, undefined);
  t.is(again.headers.get('etag'), first.headers.get('etag'));
  const stale = await api.call('GET', '/api/v1/help/service-password?lang=en', { headers: revalidate('"an-older-version"') });
  t.is(stale.status, 200);
  t.is(stale.body.slug, 'service-password');
});

test('each language has its own etag', async (t) => {
  const api = await startApi(t);
  const english = await api.call('GET', '/api/v1/help?lang=en');
  const spanish = await api.call('GET', '/api/v1/help?lang=es', { headers: revalidate(english.headers.get('etag')!) });
  t.is(spanish.status, 200);
  t.is(spanish.body.locale, 'es');
  t.not(spanish.headers.get('etag'), english.headers.get('etag'));
});

test('varies on accept-language only when the language came from it', async (t) => {
  const api = await startApi(t);
  const negotiated = await api.call('GET', '/api/v1/help', { headers: { 'accept-language': 'en' } });
  t.regex(negotiated.headers.get('vary') ?? '', /accept-language/i);
  const chosen = await api.call('GET', '/api/v1/help?lang=en', { headers: { 'accept-language': 'en' } });
  t.is(chosen.headers.get('vary'), null);
});

test('errors from help routes stay uncacheable', async (t) => {
  const api = await startApi(t);
  for (const path of ['/api/v1/help/not-there', '/api/v1/help/Not_Valid']) {
    const res = await api.call('GET', path);
    t.is(res.headers.get('cache-control'), 'no-store', path);
    t.is(res.headers.get('etag'), null, path);
  }
});
