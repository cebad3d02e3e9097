import test from 'ava';
import { groupFlatGaps, groupGaps, isEmptySummary, paidTotals, pensionProgress, typesWithGaps } from '../miniapp/src/components/records/lib/summary';
import type { InsuranceType } from '../shared/src';

const gap = (from: string, to: string, months: number) => ({ from, to, months });

function typeRow(type: InsuranceType, gaps: ReturnType<typeof gap>[], totals = { personal: 0, employer: 0 }, firstPeriod: string | null = '2002-07') {
  return { type, monthsPaid: 0, paidFor: { years: 0, months: 0 }, firstPeriod, lastPeriod: firstPeriod, gaps, totals };
}

test('says a gap shared by every type once, with all the types it concerns', (t) => {
  const same = [gap('2010-07', '2011-02', 8)];
  const groups = groupGaps([typeRow('pension', same), typeRow('medical', same), typeRow('unemployment', same)]);
  t.deepEqual(groups, [{ types: ['pension', 'medical', 'unemployment'], gaps: same }]);
});

test('keeps types with different gaps apart and leaves out types without gaps', (t) => {
  const groups = groupGaps([
    typeRow('pension', [gap('2010-07', '2011-02', 8)]),
    typeRow('medical', [gap('2010-07', '2010-09', 3)]),
    typeRow('workInjury', []),
  ]);
  t.deepEqual(
    groups.map((g) => g.types),
    [['pension'], ['medical']],
  );
  t.deepEqual(typesWithGaps([typeRow('pension', [gap('2010-07', '2010-07', 1)]), typeRow('medical', [])]), ['pension']);
});

test('measures pension progress against the minimum and caps the bar when it is reached', (t) => {
  t.deepEqual(pensionProgress({ requiredMonths: 180, paidMonths: 90, remainingMonths: 90 }), { percent: 50, reached: false, paidMonths: 90, requiredMonths: 180, remainingMonths: 90 });
  const done = pensionProgress({ requiredMonths: 180, paidMonths: 283, remainingMonths: 0 });
  t.is(done.percent, 100);
  t.true(done.reached);
});

test('adds up what the person and the employers paid over every type', (t) => {
  const totals = paidTotals([typeRow('pension', [], { personal: 100, employer: 200 }), typeRow('maternity', [], { personal: 0, employer: 50 })]);
  t.deepEqual(totals, { personal: 100, employer: 250 });
});

test('treats a summary without any record as empty', (t) => {
  const summary = {
    types: [typeRow('pension', [], undefined, null)],
    pension: { requiredMonths: 180 as const, paidMonths: 0, remainingMonths: 180 },
    accounts: { pension: null, medical: null, note: 'PERSONAL_ACCOUNT_ONLY' as const },
    places: [],
    pending: [],
  };
  t.true(isEmptySummary(summary));
  t.false(isEmptySummary({ ...summary, types: [typeRow('pension', [])] }));
});

test('groups the per-type gaps of a statement into ranges, oldest first', (t) => {
  const ranges = groupFlatGaps([
    { type: 'pension', ...gap('2010-07', '2010-12', 6) },
    { type: 'medical', ...gap('2010-07', '2010-12', 6) },
    { type: 'medical', ...gap('2010-02', '2010-02', 1) },
  ]);
  t.deepEqual(ranges, [
    { from: '2010-02', to: '2010-02', months: 1, types: ['medical'] },
    { from: '2010-07', to: '2010-12', months: 6, types: ['pension', 'medical'] },
  ]);
});
