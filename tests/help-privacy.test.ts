import test from 'ava';
import { HelpBlock } from '../shared/src';
import { startApi } from './helpers/api';

const LOCALES = ['zh-CN', 'en', 'es'] as const;

interface Section {
  heading: string;
  body: { type: string; phone?: string; items?: string[] }[];
}

test('serves the privacy policy in each locale with one version and one shape', async (t) => {
  const api = await startApi(t);
  const titles = { 'zh-CN': '隐私政策', en: 'Privacy policy', es: 'Política de privacidad' };
  const policies = [];
  for (const locale of LOCALES) {
    const res = await api.call('GET', `/api/v1/help/privacy-policy?lang=${locale}`);
    t.is(res.status, 200);
    t.is(res.headers.get('content-language'), locale);
    t.is(res.body.title, titles[locale]);
    policies.push(res.body);
  }
  const shape = (p: { sections: Section[] }) => p.sections.map((s) => s.body.map((b) => `${b.type}:${b.items?.length ?? ''}`).join());
  t.true(policies[0].sections.length >= 6);
  t.regex(policies[0].version, /\S/);
  for (const other of policies.slice(1)) {
    t.is(other.version, policies[0].version);
    t.deepEqual(shape(other), shape(policies[0]));
  }
  for (const block of policies.flatMap((p) => p.sections.flatMap((s: Section) => s.body))) {
    t.true(HelpBlock.safeParse(block).success, JSON.stringify(block));
    t.notRegex(JSON.stringify(block), /<\/?[a-z][^>]*>/i);
  }
});

test('the policy names every kind of personal data it handles', async (t) => {
  const api = await startApi(t);
  const data = {
    'zh-CN': ['姓名', '身份证号码', '手机号码', '卡号', '缴费记录', '证件照片', '邮寄地址'],
    en: ['name', 'ID number', 'phone number', 'card number', 'contribution records', 'ID photo', 'mailing address'],
    es: ['nombre', 'número de identidad', 'teléfono', 'número de su tarjeta', 'cotizaciones', 'foto de carné', 'dirección postal'],
  };
  for (const locale of LOCALES) {
    const text = JSON.stringify((await api.call('GET', `/api/v1/help/privacy-policy?lang=${locale}`)).body.sections[1]);
    for (const word of data[locale]) t.true(text.includes(word), `${locale}: ${word}`);
  }
});

test('the policy states protection, rights and the 12333 contact', async (t) => {
  const api = await startApi(t);
  const words = {
    'zh-CN': ['加密', '138****1234', '访问记录', '查阅', '更正', '解除绑定', '撤回同意'],
    en: ['encrypted', '138****1234', 'access history', 'Access:', 'Correction:', 'unlink', 'Withdrawing consent'],
    es: ['cifrados', '138****1234', 'historial de accesos', 'Acceso:', 'Rectificación:', 'Desvincular', 'Retirar el consentimiento'],
  };
  for (const locale of LOCALES) {
    const { sections } = (await api.call('GET', `/api/v1/help/privacy-policy?lang=${locale}`)).body as { sections: Section[] };
    const text = JSON.stringify(sections);
    for (const word of words[locale]) t.true(text.toLowerCase().includes(word.toLowerCase()), `${locale}: ${word}`);
    t.deepEqual(sections.flatMap((s) => s.body.filter((b) => b.type === 'contact').map((b) => b.phone)), ['12333']);
  }
});

test('the privacy policy follows accept-language when no lang is given', async (t) => {
  const api = await startApi(t);
  const res = await api.call('GET', '/api/v1/help/privacy-policy', { headers: { 'accept-language': 'es-ES' } });
  t.is(res.headers.get('content-language'), 'es');
  t.is(res.body.title, 'Política de privacidad');
});
