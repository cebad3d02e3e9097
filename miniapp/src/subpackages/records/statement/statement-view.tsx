import { AnnualStatement } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import { Banner } from '../../../components/Banner';
import { PageState } from '../../../components/PageState';
import { Accounts } from '../../../components/records/Accounts';
import { Figures } from '../../../components/records/Figures';
import { groupFlatGaps } from '../../../components/records/lib/summary';
import { rangeText, typeList } from '../../../components/records/lib/texts';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getStatement } from '../../../services/api/records';
import { ApiError } from '../../../services/errors';
import './index.scss';
import { StatementTypes } from './types';

type Statement = z.infer<typeof AnnualStatement>;

/** A year without records has no statement: that is an empty state, not an error. */
async function loadStatement(year: number): Promise<Statement | null> {
  try {
    return await getStatement(year);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'RECORDS_YEAR_EMPTY') return null;
    throw error;
  }
}

const hasLatest = (s: Statement) => s.accounts.pension?.basis === 'latest' || s.accounts.medical?.basis === 'latest';

export function StatementView({ year }: { year: number }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const statement = useResource(() => loadStatement(year), { deps: [year] });
  return (
    <PageState resource={statement} isEmpty={(s) => s === null} emptyText={t('records.statement.empty', { year })}>
      {(s) =>
        s === null ? null : (
          <>
            <Section title={t('records.statement.heading', { year: s.year })}>
              {s.complete ? null : <Banner tone="info">{t('records.statement.running', { year: s.year })}</Banner>}
              <Figures
                rows={[
                  { label: t('records.statement.name'), value: s.person.name },
                  { label: t('records.statement.idNumber'), value: s.person.idNumber },
                ]}
              />
            </Section>
            <Section title={t('records.statement.contributions')}>
              <StatementTypes types={s.types} />
            </Section>
            <Section title={t('records.statement.gaps')}>
              {s.gaps.length === 0 ? (
                <Text>{t('records.statement.noGaps')}</Text>
              ) : (
                groupFlatGaps(s.gaps).map((g) => (
                  <View key={`${g.from}|${g.to}`} className="rec-statement__gap">
                    <Text className="muted">{typeList(i18n, g.types)}</Text>
                    <Text>{rangeText(i18n, g)}</Text>
                  </View>
                ))
              )}
            </Section>
            {/* Figures from inside the year are not its end: the heading does not call them so. */}
            <Section title={t(hasLatest(s) ? 'records.accounts.title' : 'records.statement.accounts')}>
              <Accounts {...s.accounts} />
            </Section>
            <Text className="muted rec-statement__foot">{t('records.statement.right')}</Text>
            <Text className="muted rec-statement__foot">{t('records.statement.generatedAt', { time: dateTime(s.generatedAt) })}</Text>
          </>
        )
      }
    </PageState>
  );
}
