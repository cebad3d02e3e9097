import test from 'ava';
import { stageLabelKey } from '../miniapp/src/components/applications/stages';
import { localName } from '../miniapp/src/i18n/local-name';
import { translate } from '../miniapp/src/i18n/translate';

const BRANCH = { name: '中国工商银行广州天河支行', nameEn: 'ICBC Guangzhou Tianhe Sub-branch' };

test('names the branch in chinese for a chinese reader and in english for the others', (t) => {
  t.is(localName(BRANCH, 'zh-CN'), '中国工商银行广州天河支行');
  t.is(localName(BRANCH, 'en'), 'ICBC Guangzhou Tianhe Sub-branch');
  t.is(localName(BRANCH, 'es'), 'ICBC Guangzhou Tianhe Sub-branch');
});

test('a mailed card’s stage is never named as collected or waiting at the applicant’s branch', (t) => {
  const label = (stage: Parameters<typeof stageLabelKey>[0], locale: 'zh-CN' | 'en' | 'es') => translate(locale, stageLabelKey(stage, 'mail'));
  t.is(label('readyToCollect', 'en'), 'Mailed to you');
  t.is(label('activated', 'zh-CN'), '已激活');
  t.is(label('expiredUncollected', 'es'), 'No activada a tiempo');
  for (const locale of ['en', 'es'] as const) {
    for (const stage of ['branchReceived', 'readyToCollect', 'activated', 'expiredUncollected'] as const) t.notRegex(label(stage, locale), /collect|recog|your branch|su sucursal/i, `${locale} ${stage}`);
  }
  t.is(label('review', 'en'), 'Being checked');
});

test('a card collected at a branch keeps the branch names of its stages', (t) => {
  t.is(translate('en', stageLabelKey('readyToCollect', 'branch')), 'Ready to collect');
  t.is(translate('zh-CN', stageLabelKey('activated', 'branch')), '已领卡并激活');
});
