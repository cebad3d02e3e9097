import test from 'ava';
import { monthRows } from '../miniapp/src/components/records/lib/months';
import type { RecordView } from '../shared/src';

const record = (period: string): RecordView => ({
  id: period.replace('-', '').padEnd(24, '0'),
  period,
  type: 'pension',
  base: 286900,
  personal: 22952,
  employer: 45904,
  total: 68856,
  payer: 'employer',
  employerName: '广州明德贸易有限公司',
  place: { city: '广州市', district: '天河区' },
  status: 'paid',
});

const describe = (rows: ReturnType<typeof monthRows>) => rows.map((r) => (r.kind === 'gap' ? `gap ${r.from}..${r.to} (${r.months})` : r.period));

test('puts the months of a gap in their place as one row, newest first', (t) => {
  const rows = monthRows([record('2010-05'), record('2010-06')], 2010, [{ from: '2010-07', to: '2011-02' }]);
  t.deepEqual(describe(rows), ['gap 2010-07..2010-12 (6)', '2010-06', '2010-05']);
});

test('keeps only the months of a gap that fall in the year shown', (t) => {
  const rows = monthRows([record('2011-03')], 2011, [{ from: '2010-07', to: '2011-02' }]);
  t.deepEqual(describe(rows), ['2011-03', 'gap 2011-01..2011-02 (2)']);
});

test('shows each gap of a year apart, between the records around it', (t) => {
  const rows = monthRows([record('2012-01'), record('2012-03'), record('2012-06')], 2012, [
    { from: '2012-02', to: '2012-02' },
    { from: '2012-04', to: '2012-05' },
  ]);
  t.deepEqual(describe(rows), ['2012-06', 'gap 2012-04..2012-05 (2)', '2012-03', 'gap 2012-02..2012-02 (1)', '2012-01']);
});

test('shows no rows for a year without records or gaps', (t) => {
  t.deepEqual(monthRows([], 1999, [{ from: '2010-07', to: '2011-02' }]), []);
});
