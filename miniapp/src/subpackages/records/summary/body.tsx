import type { RecordsSummary } from '@ssc/shared';
import type { z } from 'zod';
import { Accounts } from '../../../components/records/Accounts';
import { Figures } from '../../../components/records/Figures';
import { GapNotice } from '../../../components/records/GapNotice';
import { groupGaps, paidTotals, pensionProgress, typesWithGaps } from '../../../components/records/lib/summary';
import { PendingMonths } from '../../../components/records/PendingMonths';
import { PensionProgress } from '../../../components/records/PensionProgress';
import { Places } from '../../../components/records/Places';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';

/** The overview's sections, most consequential first: pension years, gaps, pending months. */
export function SummaryBody({ summary }: { summary: z.infer<typeof RecordsSummary> }) {
  const { t, money, yearsMonths } = useI18n();
  const totals = paidTotals(summary.types);
  const gaps = groupGaps(summary.types);
  return (
    <>
      <Section title={t('records.pension.title')}>
        <PensionProgress progress={pensionProgress(summary.pension)} />
      </Section>
      <Section title={t('records.gaps.title')}>
        <GapNotice groups={gaps} types={typesWithGaps(summary.types)} />
      </Section>
      {summary.pending.length > 0 ? (
        <Section title={t('records.pending.title')}>
          <PendingMonths pending={summary.pending} />
        </Section>
      ) : null}
      <Section title={t('records.types.title')}>
        <Figures
          rows={summary.types.map((type) => ({
            label: t(`records.type.${type.type}`),
            value: type.firstPeriod === null ? t('records.types.none') : yearsMonths(type.paidFor),
          }))}
        />
      </Section>
      <Section title={t('records.totals.title')}>
        <Figures
          rows={[
            { label: t('records.totals.personal'), value: money(totals.personal), strong: true },
            { label: t('records.totals.employer'), value: money(totals.employer), strong: true },
          ]}
        />
      </Section>
      <Section title={t('records.accounts.title')}>
        <Accounts {...summary.accounts} />
      </Section>
      {summary.places.length > 0 ? (
        <Section title={t('records.places.title')}>
          <Places places={summary.places} />
        </Section>
      ) : null}
    </>
  );
}
