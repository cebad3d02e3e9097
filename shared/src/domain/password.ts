/**
 * Rules for the card's 6-digit service password. Each broken rule is reported by its code so the
 * mini-program can name it in the person's language.
 */
export const INITIAL_PASSWORD = '123456';
export const MAX_PASSWORD_ATTEMPTS = 6;

export type PasswordRule = 'sixDigits' | 'notAllSame' | 'notSequential' | 'notFromIdNumber' | 'notInitial';

export function passwordProblems(password: string, idNumber?: string): PasswordRule[] {
  if (!/^\d{6}$/.test(password)) return ['sixDigits'];
  const problems: PasswordRule[] = [];
  if (/^(\d)\1{5}$/.test(password)) problems.push('notAllSame');
  const steps = [...password].slice(1).map((c, i) => Number(c) - Number(password[i]));
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) problems.push('notSequential');
  if (idNumber && idNumber.toUpperCase().includes(password)) problems.push('notFromIdNumber');
  if (password === INITIAL_PASSWORD) problems.push('notInitial');
  return problems;
}
