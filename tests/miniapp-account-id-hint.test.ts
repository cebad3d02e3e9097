import { idCheckCharacter } from '@ssc/shared';
import test from 'ava';
import { idNumberHint } from '../miniapp/src/pages/bind/id-hint';

const TODAY = new Date('2025-06-01T00:00:00.000Z');
const VALID = '11010519491231002X';

test('accepts a valid id number, with a lower-case x and spaces as people type them', (t) => {
  t.is(idNumberHint(VALID, true, TODAY), undefined);
  t.is(idNumberHint('110105 19491231 002x', true, TODAY), undefined);
  t.is(idNumberHint('440524188001010014', false, TODAY), undefined);
});

test('says nothing while a number is being typed and nothing is wrong yet', (t) => {
  t.is(idNumberHint('', false, TODAY), undefined);
  t.is(idNumberHint('1101051949', false, TODAY), undefined);
  t.is(idNumberHint('11010519491231', false, TODAY), undefined);
});

test('reports a short number as a length problem once the person has finished', (t) => {
  t.deepEqual(idNumberHint('1101051949123100', true, TODAY), { problem: 'length', typed: 16 });
  t.deepEqual(idNumberHint('', true, TODAY), { problem: 'length', typed: 0 });
});

test('reports a number longer than 18 characters at once', (t) => {
  t.deepEqual(idNumberHint(`${VALID}1`, false, TODAY), { problem: 'length', typed: 19 });
});

test('reports a letter among the digits as soon as it is typed', (t) => {
  t.deepEqual(idNumberHint('1101A5', false, TODAY), { problem: 'characters', typed: 6 });
  t.deepEqual(idNumberHint('11010519491231X02X', false, TODAY), { problem: 'characters', typed: 18 });
});

test('reports an impossible birth date once its eight digits are typed', (t) => {
  t.deepEqual(idNumberHint('11010519490231', false, TODAY), { problem: 'birthDate', typed: 14 });
  const first17 = '11010520300101002'; // born in the future
  t.deepEqual(idNumberHint(first17 + idCheckCharacter(first17), false, TODAY), { problem: 'birthDate', typed: 18 });
});

test('reports a wrong check character with the character the first 17 call for', (t) => {
  t.deepEqual(idNumberHint('110105194912310021', false, TODAY), { problem: 'checkCharacter', typed: 18, expectedCheck: 'X' });
  t.deepEqual(idNumberHint('440524188001010015', false, TODAY), { problem: 'checkCharacter', typed: 18, expectedCheck: '4' });
});
