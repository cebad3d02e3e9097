import test from 'ava';
import fc from 'fast-check';
import { checkIdNumber, idCheckCharacter, maskCardNumber, maskIdNumber, maskName, maskPhone } from '../shared/src';
import { anyText, birthDate, cjkName, first17, mainlandPhone, referenceCheck } from './helpers/security-arbitraries';

const visible = (masked: string) => [...masked].filter((c) => c !== '*').length;

test('the check character is ISO 7064 MOD 11-2 as defined', (t) => {
  t.notThrows(() => fc.assert(fc.property(first17, (first) => idCheckCharacter(first) === referenceCheck(first))));
});

test('an ID number is accepted exactly when its last character is the check character, x in either case', (t) => {
  const lastChar = fc.constantFrom(...'0123456789Xx');
  t.notThrows(() =>
    fc.assert(
      fc.property(first17, lastChar, (first, last) => {
        const result = checkIdNumber(first + last);
        const right = last.toUpperCase() === idCheckCharacter(first);
        return result.ok === right && (!result.ok || result.value === first + last.toUpperCase());
      }),
    ),
  );
});

test('an ID number with an impossible or future birth date is refused for its date, whatever its check character', (t) => {
  const two = (n: number) => String(n).padStart(2, '0');
  const impossible = fc.oneof(
    fc.tuple(fc.integer({ min: 1900, max: 2020 }), fc.constantFrom(0, 13, 19, 99), fc.integer({ min: 1, max: 28 })),
    fc.tuple(fc.integer({ min: 1900, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 32, 99)),
    fc.tuple(fc.constantFrom(1900, 2021, 2023), fc.constant(2), fc.integer({ min: 29, max: 31 })),
    fc.tuple(fc.integer({ min: 0, max: 1849 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
    fc.tuple(fc.integer({ min: 2100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
  );
  const check = fc.constantFrom(...'0123456789X');
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), impossible, fc.stringMatching(/^\d{3}$/), check, (area, [y, m, d], seq, last) => {
        const result = checkIdNumber(`${area}${String(y).padStart(4, '0')}${two(m)}${two(d)}${seq}${last}`);
        return !result.ok && result.problem === 'birthDate';
      }),
    ),
  );
});

test('checking any text never throws and accepts only 17 digits and a digit or X', (t) => {
  t.notThrows(() =>
    fc.assert(
      fc.property(anyText, (text) => {
        const result = checkIdNumber(text);
        return !result.ok || /^\d{17}[\dX]$/.test(result.value);
      }),
    ),
  );
  t.notThrows(() => fc.assert(fc.property(birthDate, (birth) => checkIdNumber(`110105${birth}001${idCheckCharacter(`110105${birth}001`)}`).ok)));
});

test('a masked ID number keeps its length and shows exactly its first and last character', (t) => {
  const idLike = fc.tuple(first17, fc.constantFrom(...'0123456789X')).map(([f, c]) => f + c);
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.oneof(idLike, fc.string({ minLength: 3, unit: fc.constantFrom(...'0123456789Xabc') })), (id) => {
        const masked = maskIdNumber(id);
        return masked.length === id.length && visible(masked) === 2 && masked[0] === id[0] && masked.at(-1) === id.at(-1) && /^.\**.$/.test(masked);
      }),
    ),
  );
  t.notThrows(() => fc.assert(fc.property(fc.string({ maxLength: 2 }), (short) => maskIdNumber(short) === '*'.repeat(short.length))));
});

test('a masked mainland phone shows only its first three and last four digits', (t) => {
  t.notThrows(() => fc.assert(fc.property(mainlandPhone, (phone) => maskPhone(phone) === `${phone.slice(0, 3)}****${phone.slice(7)}`)));
  // Whatever it is given, no more than seven digits show; from eleven digits on, all but seven are hidden.
  t.notThrows(() =>
    fc.assert(
      fc.property(anyText, (text) => {
        const digits = text.replace(/\D/g, '').length;
        const shown = maskPhone(text).replace(/\D/g, '').length;
        return shown <= 7 && shown <= digits && (digits < 11 || shown === 7);
      }),
    ),
  );
});

test('a masked name hides all but the first and, from three characters on, the last character', (t) => {
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.oneof(cjkName, fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('*'))), (name) => {
        const chars = [...name.trim()];
        const masked = [...maskName(name)];
        if (chars.length === 0) return masked.length === 0;
        const expectedVisible = chars.length === 1 ? 0 : chars.length === 2 ? 1 : 2;
        return masked.length === chars.length && masked.filter((c) => c !== '*').length === expectedVisible && (chars.length === 1 || masked[0] === chars[0]);
      }),
    ),
  );
});

test('a masked card number keeps its length and shows only its first and last two characters', (t) => {
  const cardNumber = fc.stringMatching(/^[A-Z]\d{8}$/);
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.oneof(cardNumber, fc.string({ minLength: 4, unit: fc.constantFrom(...'0123456789ABC') })), (card) => {
        const masked = maskCardNumber(card);
        return masked === `${card[0]}${'*'.repeat(card.length - 3)}${card.slice(-2)}`;
      }),
    ),
  );
  t.notThrows(() => fc.assert(fc.property(fc.string({ maxLength: 3 }), (short) => visible(maskCardNumber(short)) === 0)));
});
