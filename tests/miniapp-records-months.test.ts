import test from 'ava';
import { monthRows } from '../miniapp/src/components/records/lib/months';
import type { RecordView } from '../shared/src';
import { AGENCY_KEY, boundPerson, startApi } from './helpers/api';
import { agencyMonth, records } from './helpers/records';

const record = (period: string, status: RecordView['status'] = 'paid'): RecordView => ({
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
  status,
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

test('a month in arrears shows as its unpaid record, not also as a gap', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api);
  const months = [agencyMonth('2021-03'), agencyMonth('2021-04', { status: 'arrears' }), agencyMonth('2021-05')];
  const sent = await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: months } });
  t.is(sent.status, 200);
  const list = await records(api, person, '?year=2021&type=pension');
  const summary = await records(api, person, '/summary');
  const gaps = summary.body.types[0].gaps;
  t.deepEqual(gaps, [{ from: '2021-04', to: '2021-04', months: 1 }], 'the unpaid month is still a gap for the pension');
  const rows = monthRows(list.body.records, 2021, gaps);
  t.deepEqual(describe(rows), ['2021-05', '2021-04', '2021-03']);
  t.is(rows[1]?.kind === 'record' ? rows[1].record.status : null, 'arrears');
});

test('splits a gap around the months in it that have a record', (t) => {
  const rows = monthRows([record('2013-01'), record('2013-04', 'arrears'), record('2013-07', 'arrears'), record('2013-08')], 2013, [
    { from: '2013-02', to: '2013-07' },
  ]);
  t.deepEqual(describe(rows), ['2013-08', '2013-07', 'gap 2013-05..2013-06 (2)', '2013-04', 'gap 2013-02..2013-03 (2)', '2013-01']);
});
