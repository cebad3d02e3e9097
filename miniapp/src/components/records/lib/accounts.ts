import type { StatementAccountBasis } from '@ssc/shared';
import type { z } from 'zod';
import type { Say } from './texts';

export type AccountBasis = z.infer<typeof StatementAccountBasis>;

/**
 * What an account's figures are as of, and on a statement what they stand for. Figures from inside
 * the year are the latest known, not its end, and say so with their date.
 */
export function accountAsOfLines(say: Pick<Say, 't'> & { date(iso: string): string }, figures: { asOf: string; basis?: AccountBasis }): string[] {
  const date = say.date(figures.asOf);
  if (figures.basis === 'latest') return [say.t('records.statement.latest', { date })];
  const asOf = say.t('records.accounts.asOf', { date });
  return figures.basis ? [asOf, say.t(`records.statement.${figures.basis}`)] : [asOf];
}
