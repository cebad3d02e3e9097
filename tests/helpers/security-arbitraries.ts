import fc from 'fast-check';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days in a month by the Gregorian rule, written apart from the code under test. */
export function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real birth date as YYYYMMDD, from 1850 up to the end of 2020 (always in the past). */
export const birthDate = fc
  .record({ year: fc.integer({ min: 1850, max: 2020 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${pad(year, 4)}${pad(month, 2)}${pad(Math.min(day, daysIn(year, month)), 2)}`);

/** The first 17 characters of an ID number with a real birth date. */
export const first17 = fc.tuple(fc.stringMatching(/^\d{6}$/), birthDate, fc.stringMatching(/^\d{3}$/)).map(([area, birth, seq]) => area + birth + seq);

/**
 * ISO 7064 MOD 11-2 from its definition: weight of position i (from the left, 0-based) is
 * 2^(17-i) mod 11, and the check value makes the weighted sum of all 18 equal 1 mod 11.
 */
export function referenceCheck(first: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** A period `YYYY-MM` of any four-digit year. */
export const anyPeriod = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);

/** A period within the years records exist for. */
export const recordPeriod = fc.tuple(fc.integer({ min: 1950, max: 2200 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);

/** Chinese names of 1 to 6 characters from the common CJK block. */
export const cjkName = fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));

/** Strings of every kind: ASCII, unicode with surrogate pairs, and lone surrogates. */
const surrogateOrChar = fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.string({ unit: 'binary', maxLength: 1 }));
export const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: surrogateOrChar }));

export const mainlandPhone = fc.stringMatching(/^1[3-9]\d{9}$/);
