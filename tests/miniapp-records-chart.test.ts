import test from 'ava';
import { chartBars } from '../miniapp/src/components/records/lib/chart';

const year = (y: number, personal: number, employer: number) => ({ year: y, months: 12, personal, employer, total: personal + employer });

test('scales the stacked bars to the year with the most paid', (t) => {
  const bars = chartBars([year(2011, 100, 200), year(2010, 50, 50)]);
  t.deepEqual(
    bars.map((b) => [b.year, b.personalPct, b.employerPct]),
    [
      [2010, 16.7, 16.7],
      [2011, 33.3, 66.7],
    ],
  );
});

test('draws nothing tall when nothing was paid', (t) => {
  const [bar] = chartBars([year(2020, 0, 0)]);
  t.is(bar?.personalPct, 0);
  t.is(bar?.employerPct, 0);
});

test('labels every year of a short career', (t) => {
  t.true(chartBars([year(2021, 1, 1), year(2022, 1, 1), year(2023, 1, 1)]).every((b) => b.labelled));
});

test('labels the ends and the round years of a long career without crowding the ends', (t) => {
  const years = Array.from({ length: 25 }, (_, i) => year(2002 + i, 1, 2));
  const labelled = chartBars(years)
    .filter((b) => b.labelled)
    .map((b) => b.year);
  t.deepEqual(labelled, [2002, 2005, 2010, 2015, 2020, 2026]);
});
