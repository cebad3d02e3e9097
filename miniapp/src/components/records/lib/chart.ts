export interface YearFigures {
  year: number;
  months: number;
  personal: number;
  employer: number;
  total: number;
}

export interface ChartBar extends YearFigures {
  /** Heights in percent of the chart's height (the tallest year fills it). */
  personalPct: number;
  employerPct: number;
  /** Show the year under the bar: the first, the last and every fifth, so labels do not collide. */
  labelled: boolean;
}

const pct = (value: number, max: number) => (max > 0 ? Math.round((value / max) * 1000) / 10 : 0);

/** Stacked bars, personal below employer, scaled to the year with the most paid. */
export function chartBars(years: readonly YearFigures[]): ChartBar[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const max = Math.max(0, ...sorted.map((y) => y.personal + y.employer));
  const last = sorted.length - 1;
  // Few bars are wide enough for every label; with many, a round year too close to an end one is left out.
  const labelled = (year: number, i: number) => sorted.length <= 8 || i === 0 || i === last || (year % 5 === 0 && i > 1 && i < last - 1);
  return sorted.map((y, i) => ({ ...y, personalPct: pct(y.personal, max), employerPct: pct(y.employer, max), labelled: labelled(y.year, i) }));
}
