import test from 'ava';
import { subscriptionResults, templatesToAsk } from '../miniapp/src/components/applications/template-ids';

const templates = {
  'application.stageChanged': 'tplProgress',
  'card.lossLifted': 'tplLifted',
  'card.passwordLocked': null,
  'card.formalLoss': 'tplProgress',
};

test('asks about the templates of the kinds given, in their order, without repeats or blanks', (t) => {
  t.deepEqual(templatesToAsk(templates, ['application.stageChanged']), ['tplProgress']);
  t.deepEqual(templatesToAsk(templates, ['card.lossLifted', 'card.passwordLocked', 'card.formalLoss', 'application.stageChanged']), ['tplLifted', 'tplProgress']);
  t.deepEqual(templatesToAsk(templates, ['card.passwordLocked']), [], 'nothing configured, nothing to ask');
});

test('asks about at most three templates at a tap', (t) => {
  const four = { 'application.stageChanged': 'a', 'card.lossLifted': 'b', 'card.passwordLocked': 'c', 'card.formalLoss': 'd' };
  t.deepEqual(templatesToAsk(four, ['card.formalLoss', 'card.passwordLocked', 'card.lossLifted', 'application.stageChanged']), ['d', 'c', 'b']);
});

test('reports each asked template, accepted only when wechat answered accept', (t) => {
  const answer = { errMsg: 'requestSubscribeMessage:ok', a: 'accept', b: 'reject', c: 'ban' };
  t.deepEqual(subscriptionResults(['a', 'b', 'c', 'd'], answer), [
    { templateId: 'a', accepted: true },
    { templateId: 'b', accepted: false },
    { templateId: 'c', accepted: false },
    { templateId: 'd', accepted: false },
  ]);
});
