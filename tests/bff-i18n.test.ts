import test from 'ava';
import { startApp } from './helpers/bff-app';

async function notFound(url: string, acceptLanguage?: string) {
  const response = await fetch(`${url}/api/v1/nothing-here`, {
    headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
  });
  const body = (await response.json()) as { error: { message: string } };
  return { message: body.error.message, language: response.headers.get('content-language'), vary: response.headers.get('vary') };
}

test('answers in Chinese when the client states no language', async (t) => {
  const { url } = await startApp(t);
  t.deepEqual(await notFound(url), { message: '请求的内容不存在。', language: 'zh-CN', vary: 'Accept-Language' });
});

test('answers in English for an English Accept-Language, regional variants included', async (t) => {
  const { url } = await startApp(t);
  for (const header of ['en', 'en-US,en;q=0.9', 'en-GB']) {
    t.like(await notFound(url, header), { message: 'The requested item does not exist.', language: 'en' }, header);
  }
});

test('answers in Spanish for a Spanish Accept-Language', async (t) => {
  const { url } = await startApp(t);
  t.like(await notFound(url, 'es-MX,es;q=0.8'), { message: 'El elemento solicitado no existe.', language: 'es' });
});

test('follows the quality values of Accept-Language', async (t) => {
  const { url } = await startApp(t);
  t.like(await notFound(url, 'en;q=0.4, es;q=0.9, zh-CN;q=0.1'), { language: 'es' });
  t.like(await notFound(url, 'zh;q=1, en;q=0.5'), { language: 'zh-CN' });
});

test('falls back to Chinese for a language it does not have', async (t) => {
  const { url } = await startApp(t);
  t.like(await notFound(url, 'fr-FR, de;q=0.8'), { message: '请求的内容不存在。', language: 'zh-CN' });
});
