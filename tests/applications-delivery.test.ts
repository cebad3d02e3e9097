import test from 'ava';
import { noticeContent } from '../bff/src/notify/content';
import { zhCN as ZH_TEXTS } from '../bff/src/notify/texts/zh-CN';
import { stageExplanation } from '../bff/src/services/application-texts';
import { startApi, type TestApi } from './helpers/api';
import { advanceTo, agencyStep, applicant, branchBody, mailBody, submit } from './helpers/applications';

async function detail(api: TestApi, token: string, id: string, language: string) {
  return api.call('GET', `/api/v1/applications/${id}`, { token, headers: { 'accept-language': language } });
}

test('a mailed card is explained as sent and activated at a branch, in every language, never as collected', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, mailBody(person.photoId));
  await advanceTo(api, created.body.id, 'branchReceived');
  const atBranch = await detail(api, person.token, created.body.id, 'en');
  t.is(atBranch.body.stageExplanation.code, 'branchReceived.mail');
  t.notRegex(atBranch.body.stageExplanation.text, /you chose/);
  t.is((await agencyStep(api, created.body.id, 'readyToCollect')).status, 200);
  const ready = {
    en: (await detail(api, person.token, created.body.id, 'en')).body.stageExplanation,
    zh: (await detail(api, person.token, created.body.id, 'zh-CN')).body.stageExplanation,
    es: (await detail(api, person.token, created.body.id, 'es')).body.stageExplanation,
  };
  t.is(ready.en.code, 'readyToCollect.mail');
  t.regex(ready.en.text, /mailed/);
  t.notRegex(ready.en.text, /collect/);
  t.regex(ready.zh.text, /寄出/);
  t.notRegex(ready.zh.text, /领卡/);
  t.regex(ready.es.text, /correo/);
  t.notRegex(ready.es.text, /recoger/);
});

test('a card collected at a branch keeps the branch wording', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  const res = await detail(api, person.token, created.body.id, 'en');
  t.deepEqual(res.body.stageExplanation, {
    code: 'readyToCollect',
    text: 'Your card is ready. Bring your ID card to the branch to collect and activate it. Cards not collected within a year are sealed.',
  });
});

test('the words differ by delivery exactly where collecting and mailing differ', (t) => {
  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    for (const stage of ['cityBankReceived', 'branchReceived', 'readyToCollect', 'activated', 'expiredUncollected'] as const) {
      t.not(stageExplanation(stage, null, locale, 'mail').text, stageExplanation(stage, null, locale, 'branch').text, `${locale} ${stage}`);
    }
    for (const stage of ['submitted', 'review', 'inProduction', 'cancelled'] as const) {
      t.deepEqual(stageExplanation(stage, null, locale, 'mail'), stageExplanation(stage, null, locale, 'branch'), `${locale} ${stage}`);
    }
    t.is(stageExplanation('reviewFailed', 'photoUnclear', locale, 'mail').code, 'reviewFailed.photoUnclear');
  }
});

test('each stage notice carries the delivery method, so it can be worded for a mailed card', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, mailBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  const notice = await api.deps.models.Outbox.findOne({ 'payload.applicationId': created.body.id, 'payload.to': 'readyToCollect' }).lean();
  t.like(notice?.payload, { from: 'branchReceived', to: 'readyToCollect', delivery: 'mail' });
});

test('names the collection branch in English too, for readers of other languages', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  t.like(created.body.branch, { code: 'ICBC-GZ-TH', name: '中国工商银行广州天河支行', nameEn: 'ICBC Guangzhou Tianhe Sub-branch' });
  const res = await detail(api, person.token, created.body.id, 'es');
  t.is(res.body.branch.nameEn, 'ICBC Guangzhou Tianhe Sub-branch');
});

test('the notice of a mailed card is worded for mail, and one queued without the method reads as before', (t) => {
  const payload = { applicationId: '65f000000000000000000009', from: 'branchReceived', to: 'readyToCollect' };
  const mailed = noticeContent('application.stageChanged', { ...payload, delivery: 'mail' }, 'en');
  t.is(mailed.status, 'Mailed to you');
  t.regex(mailed.detail, /mailed to the address you gave/);
  t.is(noticeContent('application.stageChanged', { ...payload, delivery: 'mail' }, 'zh-CN').status, '已寄出');
  t.is(noticeContent('application.stageChanged', { ...payload, delivery: 'mail' }, 'es').status, 'Enviada por correo');
  const collected = noticeContent('application.stageChanged', { ...payload, delivery: 'branch' }, 'en');
  t.is(collected.status, 'Ready to collect');
  t.regex(collected.detail, /Bring your ID card to the branch/);
  t.deepEqual(noticeContent('application.stageChanged', payload, 'en'), collected);
  // WeChat's phrase fields take five characters at most.
  for (const status of Object.values(ZH_TEXTS.mailStages)) t.true([...status].length <= 5, status);
});
