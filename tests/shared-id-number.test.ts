import test from 'ava';
import { checkIdNumber, idCheckCharacter, normalizeIdNumber } from '../shared/src';

test('accepts the published valid examples', (t) => {
  for (const id of ['11010519491231002X', '440524188001010014']) t.true(checkIdNumber(id).ok, id);
});

test('accepts a lower-case x and normalises it to X', (t) => {
  const result = checkIdNumber('11010519491231002x');
  t.true(result.ok);
  if (result.ok) t.is(result.value, '11010519491231002X');
  t.is(normalizeIdNumber(' 110105 19491231002x '), '11010519491231002X');
});

test('accepts the full-width digits and X that chinese input methods type', (t) => {
  const result = checkIdNumber('１１０１０５１９４９１２３１００２Ｘ');
  t.true(result.ok);
  if (result.ok) t.is(result.value, '11010519491231002X');
  t.is(normalizeIdNumber('11010519491231002ｘ'), '11010519491231002X');
});

test('rejects an ID number with a wrong check character and says which is expected', (t) => {
  t.deepEqual(checkIdNumber('110105194912310021'), { ok: false, problem: 'checkCharacter', expectedCheck: 'X' });
});

test('rejects wrong length, letters inside and impossible birth dates', (t) => {
  t.like(checkIdNumber('1101051949123100'), { ok: false, problem: 'length' });
  t.like(checkIdNumber('1101051949A231002X'), { ok: false, problem: 'characters' });
  // 1949-02-30 does not exist; the check character is made valid so only the date is wrong.
  const first17 = '11010519490230002';
  t.like(checkIdNumber(first17 + idCheckCharacter(first17)), { ok: false, problem: 'birthDate' });
  const future = '11010530010101002';
  t.like(checkIdNumber(future + idCheckCharacter(future)), { ok: false, problem: 'birthDate' });
});

test('reads birth date and sex from a valid number', (t) => {
  t.like(checkIdNumber('11010519491231002X'), { ok: true, birthDate: '1949-12-31', sex: 'female' });
  t.like(checkIdNumber('440524188001010014'), { ok: true, birthDate: '1880-01-01', sex: 'male' });
});
