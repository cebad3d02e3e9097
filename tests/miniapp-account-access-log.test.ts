import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { translate } from '../miniapp/src/i18n/translate';
import { actionWords, actorWords } from '../miniapp/src/pages/me/access-words';

const BFF_SRC = path.resolve(__dirname, '..', 'bff', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every access-log action code the BFF writes: `action: 'x.y'` and the records routes' logRead codes. */
function actionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(BFF_SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAccess') && !text.includes('recordRead')) continue;
    for (const match of text.matchAll(/action: '([a-z]+\.[A-Za-z]+)'/g)) codes.add(match[1] as string);
    for (const match of text.matchAll(/logRead\(deps, ctx, '([a-z]+\.[A-Za-z]+)'\)/g)) codes.add(match[1] as string);
  }
  return [...codes].sort();
}

test('finds the action codes in the bff sources', (t) => {
  const codes = actionCodes();
  for (const expected of ['card.read', 'card.reveal', 'records.read', 'binding.bound']) t.true(codes.includes(expected), expected);
});

test('has plain words for every action code the bff writes', (t) => {
  for (const code of actionCodes()) t.not(actionWords(code).key, 'account.access.action.other', code);
});

test('words a known action in each language', (t) => {
  const words = actionWords('card.reveal');
  t.deepEqual(words, { key: 'account.access.action.cardReveal' });
  if (words.key === 'account.access.action.other') return t.fail();
  t.is(translate('zh-CN', words.key), '查看了完整的姓名和证件号码');
  t.is(translate('en', words.key), 'Showed your full name and ID number');
});

test('shows an unknown action with its code', (t) => {
  const words = actionWords('card.teleported');
  t.deepEqual(words, { key: 'account.access.action.other', code: 'card.teleported' });
  t.is(translate('es', 'account.access.action.other', { code: 'card.teleported' }), 'Otra acción (card.teleported)');
});

test('does not take inherited object properties for action codes', (t) => {
  t.is(actionWords('toString').key, 'account.access.action.other');
  t.is(actorWords('constructor').key, 'account.access.actor.system');
});

test('names the person on their platform, and machine clients by their name', (t) => {
  t.deepEqual(actorWords('weapp'), { key: 'account.access.actor.weapp' });
  t.deepEqual(actorWords('alipay'), { key: 'account.access.actor.alipay' });
  t.deepEqual(actorWords('h5'), { key: 'account.access.actor.h5' });
  t.deepEqual(actorWords('unknown'), { key: 'account.access.actor.unknown' });
  t.deepEqual(actorWords('dev-clinic'), { key: 'account.access.actor.system', name: 'dev-clinic' });
  t.is(translate('en', 'account.access.actor.system', { name: 'dev-clinic' }), 'Service system "dev-clinic"');
});
