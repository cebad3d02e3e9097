/**
 * Citizen ID numbers (GB 11643-1999), which are also social security numbers: 6-digit address
 * code, 8-digit birth date, 3-digit sequence (odd for men, even for women), 1 check character
 * computed with ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'length' | 'characters' | 'birthDate' | 'checkCharacter';

export type IdNumberCheck =
  | { ok: true; value: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; problem: IdNumberProblem; expectedCheck?: string };

/**
 * Trims spaces and upper-cases a final `x`, as people type it either way; full-width digits and
 * `Ｘ`, which Chinese input methods often produce, become their ASCII forms (NFKC).
 */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

export function checkIdNumber(raw: string, today = new Date()): IdNumberCheck {
  const value = normalizeIdNumber(raw);
  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'characters' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const valid = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!valid || y < 1850 || birth.getTime() > today.getTime()) return { ok: false, problem: 'birthDate' };
  const expected = idCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, problem: 'checkCharacter', expectedCheck: expected };
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`, sex };
}

export function isValidIdNumber(raw: string): boolean {
  return checkIdNumber(raw).ok;
}
