import { passwordProblems, type PasswordRule } from '@ssc/shared';

/**
 * The service password rules as the person sees them: listed before they type, each one marked
 * as kept or broken once six digits are in, and the BFF's own verdict (PASSWORD_RULES
 * `details.rules`) merged in, since only the BFF knows the full ID number.
 */
export const RULES: readonly PasswordRule[] = ['sixDigits', 'notAllSame', 'notSequential', 'notFromIdNumber', 'notInitial'];

export const RULE_KEYS = {
  sixDigits: 'card.rules.sixDigits',
  notAllSame: 'card.rules.notAllSame',
  notSequential: 'card.rules.notSequential',
  notFromIdNumber: 'card.rules.notFromIdNumber',
  notInitial: 'card.rules.notInitial',
} as const satisfies Record<PasswordRule, string>;

export type RuleStatus = 'unknown' | 'kept' | 'broken';

/**
 * Each rule's status for what is typed so far. Until six digits are in, nothing is judged (a
 * half-typed password breaks "six digits" by definition, and saying so would only nag).
 * `fromServer` are rules the BFF named for this same value.
 */
export function ruleStatuses(value: string, fromServer: readonly PasswordRule[] = [], idNumber?: string): Record<PasswordRule, RuleStatus> {
  const complete = /^\d{6}$/.test(value);
  const broken = new Set<PasswordRule>([...(complete ? passwordProblems(value, idNumber) : []), ...fromServer]);
  const status = (rule: PasswordRule): RuleStatus => {
    if (broken.has(rule)) return 'broken';
    // Without the full ID number the app cannot tell: the BFF checks it when the password is sent.
    if (!complete || (rule === 'notFromIdNumber' && !idNumber)) return 'unknown';
    return 'kept';
  };
  return Object.fromEntries(RULES.map((rule) => [rule, status(rule)])) as Record<PasswordRule, RuleStatus>;
}

export function brokenRules(statuses: Record<PasswordRule, RuleStatus>): PasswordRule[] {
  return RULES.filter((rule) => statuses[rule] === 'broken');
}

/** The rules a PASSWORD_RULES answer names, ignoring any this app does not know. */
export function rulesFromDetails(details: unknown): PasswordRule[] {
  if (typeof details !== 'object' || details === null) return [];
  const rules = (details as { rules?: unknown }).rules;
  return Array.isArray(rules) ? RULES.filter((rule) => rules.includes(rule)) : [];
}

/** `details.attemptsLeft` of a PASSWORD_WRONG (or SMS_CODE_INVALID) answer. */
export function attemptsLeftFromDetails(details: unknown): number | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const left = (details as { attemptsLeft?: unknown }).attemptsLeft;
  return typeof left === 'number' && Number.isInteger(left) && left >= 0 ? left : undefined;
}
