import test from 'ava';
import { chinaYear, defaultStatementYear, neighbours, pickYear, typeParam, yearParam } from '../miniapp/src/components/records/lib/years';

test('reads a year and an insurance type from the page query', (t) => {
  t.is(yearParam('2010'), 2010);
  t.is(yearParam('20x0'), undefined);
  t.is(yearParam(undefined), undefined);
  t.is(typeParam('medical'), 'medical');
  t.is(typeParam('dental'), 'pension');
  t.is(typeParam(undefined), 'pension');
});

test('opens the year asked for when it has records, else the latest one', (t) => {
  t.is(pickYear(2010, [2009, 2010, 2011]), 2010);
  t.is(pickYear(1999, [2009, 2010, 2011]), 2011);
  t.is(pickYear(undefined, [2011, 2009]), 2011);
  t.is(pickYear(2010, []), undefined);
});

test('steps to the nearest years with records, skipping empty years', (t) => {
  t.deepEqual(neighbours(2010, [2012, 2008, 2010]), { prev: 2008, next: 2012 });
  t.deepEqual(neighbours(2012, [2008, 2010, 2012]), { prev: 2010, next: undefined });
  t.deepEqual(neighbours(2008, [2008]), { prev: undefined, next: undefined });
});

test('takes the year in china time, where new year comes eight hours before utc', (t) => {
  t.is(chinaYear(new Date('2025-12-31T16:30:00Z')), 2026);
  t.is(chinaYear(new Date('2025-12-31T15:30:00Z')), 2025);
});

test('opens the statement of the latest finished year, or the running one for a first-year worker', (t) => {
  const now = new Date('2026-11-22T00:00:00Z');
  t.is(defaultStatementYear([2024, 2025, 2026], now), 2025);
  t.is(defaultStatementYear([2026], now), 2026);
  t.is(defaultStatementYear([], now), undefined);
});
