import { checkIdNumber, idCheckCharacter, normalizeIdNumber, type IdNumberProblem } from '@ssc/shared';

export interface IdHint {
  problem: IdNumberProblem;
  /** How many characters were typed (for the length message). */
  typed: number;
  /** The check character the first 17 call for (checkCharacter only). */
  expectedCheck?: string;
}

const ID_LENGTH = 18;
/** Characters 7-14 are the birth date: it can be judged once they are all typed. */
const BIRTH_END = 14;

/**
 * What is wrong with the ID number as typed so far, judged by the shared GB 11643 check
 * (checkIdNumber) so the page and the BFF agree. While the person is still typing, only what is
 * already certain is reported (a wrong character, too many characters, an impossible birth date);
 * a short number counts as wrong once they have `finished` (left the field or tried to go on).
 */
export function idNumberHint(raw: string, finished: boolean, today = new Date()): IdHint | undefined {
  const value = normalizeIdNumber(raw);
  const typed = value.length;
  if (typed === 0) return finished ? { problem: 'length', typed } : undefined;
  // Digits only, and X only as the 18th character.
  if (!/^\d{0,17}[\dX]?$/.test(value.slice(0, ID_LENGTH))) return { problem: 'characters', typed };
  if (typed > ID_LENGTH) return { problem: 'length', typed };
  if (typed === ID_LENGTH) {
    const check = checkIdNumber(value, today);
    if (check.ok) return undefined;
    return check.expectedCheck ? { problem: check.problem, typed, expectedCheck: check.expectedCheck } : { problem: check.problem, typed };
  }
  if (typed >= BIRTH_END) {
    // Complete the number with a neutral sequence and its own check character: only the birth
    // date can then fail.
    const first17 = `${value.slice(0, BIRTH_END)}001`;
    const check = checkIdNumber(first17 + idCheckCharacter(first17), today);
    if (!check.ok && check.problem === 'birthDate') return { problem: 'birthDate', typed };
  }
  return finished ? { problem: 'length', typed } : undefined;
}
