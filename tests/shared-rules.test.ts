import test from 'ava';
import {
  canCancel,
  canTransition,
  gapRanges,
  paymentGaps,
  isPeriod,
  maskCardNumber,
  maskIdNumber,
  maskName,
  maskPhone,
  passwordProblems,
  periodOf,
  renewableFrom,
  sealedAt,
  yearsAndMonths,
} from '../shared/src';

test('masks phone, ID number, name and card number with one rule each', (t) => {
  t.is(maskPhone('13812341234'), '138****1234');
  t.is(maskIdNumber('11010519491231002X'), '1****************X');
  t.is(maskName('张三'), '张*');
  t.is(maskName('欧阳小明'), '欧**明');
  t.is(maskCardNumber('A12345678'), 'A******78');
});

test('names every broken password rule', (t) => {
  t.deepEqual(passwordProblems('12345'), ['sixDigits']);
  t.deepEqual(passwordProblems('111111'), ['notAllSame']);
  t.deepEqual(passwordProblems('123456'), ['notSequential', 'notInitial']);
  t.deepEqual(passwordProblems('987654'), ['notSequential']);
  t.deepEqual(passwordProblems('491231', '11010519491231002X'), ['notFromIdNumber']);
  t.deepEqual(passwordProblems('258147', '11010519491231002X'), []);
});

test('finds gaps between the first and last period as ranges', (t) => {
  t.deepEqual(gapRanges(['2020-01', '2020-02', '2020-06', '2020-07', '2021-01']), [
    { from: '2020-03', to: '2020-05', months: 3 },
    { from: '2020-08', to: '2020-12', months: 5 },
  ]);
  t.deepEqual(gapRanges(['2020-12', '2021-01']), []);
  t.deepEqual(yearsAndMonths(104), { years: 8, months: 8 });
});

test('accepts only real periods', (t) => {
  t.true(isPeriod('2024-01'));
  t.false(isPeriod('2024-13'));
  t.false(isPeriod('2024-1'));
  t.false(isPeriod('24-01'));
});

test('allows only the pipeline transitions and cancelling before production', (t) => {
  t.true(canTransition('submitted', 'review'));
  t.false(canTransition('submitted', 'inProduction'));
  t.true(canTransition('productionFailed', 'inProduction'));
  t.false(canTransition('activated', 'review'));
  t.true(canCancel('accountOpened'));
  t.false(canCancel('inProduction'));
});

test('counts arrears as gaps and money on its way as no gap, between the first and latest record', (t) => {
  const rows = [
    { period: '2025-01', status: 'paid' },
    { period: '2025-02', status: 'arrears' },
    { period: '2025-03', status: 'paid' },
    { period: '2025-05', status: 'paid' },
    { period: '2025-06', status: 'declared' },
  ];
  t.deepEqual(paymentGaps(rows), [
    { from: '2025-02', to: '2025-02', months: 1 },
    { from: '2025-04', to: '2025-04', months: 1 },
  ]);
  t.deepEqual(paymentGaps([{ period: '2024-12', status: 'arrears' }, { period: '2025-01', status: 'arrears' }]), [{ from: '2024-12', to: '2025-01', months: 2 }]);
  t.deepEqual(paymentGaps([]), []);
});

test('a date\'s month is China\'s: the evening of 31 December UTC is January there', (t) => {
  t.is(periodOf(new Date('2025-12-31T15:59:59.999Z')), '2025-12');
  t.is(periodOf(new Date('2025-12-31T16:00:00Z')), '2026-01');
  t.is(periodOf(new Date('2026-02-28T16:00:00Z')), '2026-03');
});

test('a card waiting at the branch is sealed a calendar year later, and renewal opens at midnight in China', (t) => {
  t.is(sealedAt(new Date('2027-03-01T02:00:00.000Z')).toISOString(), '2028-03-01T02:00:00.000Z', 'not 29 February of the leap year');
  t.is(sealedAt(new Date('2026-12-31T17:00:00.000Z')).toISOString(), '2027-12-31T17:00:00.000Z', 'already 1 January in China');
  // A card valid to the end of 10 March 2035 (China) can be renewed from the start of 9 January.
  t.is(renewableFrom(new Date('2035-03-10T15:59:59.999Z')).toISOString(), '2035-01-08T16:00:00.000Z');
  t.is(renewableFrom(new Date('2035-03-10T01:00:00.000Z')).toISOString(), '2035-01-08T16:00:00.000Z');
});
