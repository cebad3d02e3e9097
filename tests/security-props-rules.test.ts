import test from 'ava';
import fc from 'fast-check';
import { addMonths, canCancel, canTransition, gapRanges, isFinal, isPeriod, MAIN_STAGES, nextStages, passwordProblems, periodFromIndex, periodIndex, STAGES, type Stage } from '../shared/src';
import { anyPeriod, anyText, first17, recordPeriod } from './helpers/security-arbitraries';

/** The password rules as DOMAIN.md states them, written apart from the code under test. */
function expectedProblems(password: string, idNumber?: string): string[] {
  if (!/^\d{6}$/.test(password)) return ['sixDigits'];
  return [
    new Set(password).size === 1 && 'notAllSame',
    ('0123456789'.includes(password) || '9876543210'.includes(password)) && 'notSequential',
    Boolean(idNumber?.toUpperCase().includes(password)) && 'notFromIdNumber',
    password === '123456' && 'notInitial',
  ].filter((rule): rule is string => typeof rule === 'string');
}

test('password rules name exactly the rules a password breaks', (t) => {
  const idNumber = first17.map((f) => `${f}X`);
  const sixDigits = fc.oneof(
    fc.stringMatching(/^\d{6}$/),
    fc.integer({ min: 0, max: 9 }).map((d) => String(d).repeat(6)),
    fc.integer({ min: 0, max: 4 }).map((i) => '0123456789'.slice(i, i + 6)),
    fc.integer({ min: 0, max: 4 }).map((i) => '9876543210'.slice(i, i + 6)),
    fc.constant('123456'),
  );
  const password = fc.oneof(sixDigits, anyText, fc.stringMatching(/^\d{1,8}$/));
  t.notThrows(() => fc.assert(fc.property(password, fc.option(idNumber, { nil: undefined }), (p, id) => JSON.stringify(passwordProblems(p, id)) === JSON.stringify(expectedProblems(p, id)))));
  // Any six digits taken from the ID number are refused.
  t.notThrows(() => fc.assert(fc.property(idNumber, fc.integer({ min: 0, max: 11 }), (id, at) => passwordProblems(id.slice(at, at + 6), id).includes('notFromIdNumber'))));
});

test('a period and its month index convert both ways and keep their order', (t) => {
  t.notThrows(() => fc.assert(fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), (i) => periodIndex(periodFromIndex(i)) === i)));
  t.notThrows(() => fc.assert(fc.property(anyPeriod, (p) => periodFromIndex(periodIndex(p)) === p)));
  t.notThrows(() => fc.assert(fc.property(anyPeriod, anyPeriod, (a, b) => Math.sign(periodIndex(a) - periodIndex(b)) === Math.sign(a.localeCompare(b)))));
  t.notThrows(() => fc.assert(fc.property(recordPeriod, fc.integer({ min: -600, max: 600 }), (p, n) => periodIndex(addMonths(p, n)) - periodIndex(p) === n)));
  t.notThrows(() => fc.assert(fc.property(anyPeriod, (p) => isPeriod(p) === (Number(p.slice(0, 4)) >= 1950 && Number(p.slice(0, 4)) <= 2200))));
  t.notThrows(() => fc.assert(fc.property(anyText, (text) => !isPeriod(text) || /^\d{4}-(0[1-9]|1[0-2])$/.test(text))));
});

test('gaps cover exactly the months missing between the first and the last present month', (t) => {
  const months = fc.array(fc.integer({ min: 1950 * 12, max: 1950 * 12 + 240 }), { maxLength: 60 });
  t.notThrows(() =>
    fc.assert(
      fc.property(months, (indexes) => {
        const present = new Set(indexes);
        // Unsorted and with duplicates, as records come.
        const gaps = gapRanges([...indexes].reverse().concat(indexes).map(periodFromIndex));
        const covered = gaps.flatMap((g) => Array.from({ length: periodIndex(g.to) - periodIndex(g.from) + 1 }, (_, k) => periodIndex(g.from) + k));
        const lo = Math.min(...indexes);
        const hi = Math.max(...indexes);
        const missing = indexes.length === 0 ? [] : Array.from({ length: hi - lo + 1 }, (_, k) => lo + k).filter((i) => !present.has(i));
        const ordered = gaps.every((g, k) => k === 0 || periodIndex(g.from) > periodIndex((gaps[k - 1] as (typeof gaps)[number]).to) + 1);
        return JSON.stringify(covered) === JSON.stringify(missing) && ordered && gaps.every((g) => g.months === periodIndex(g.to) - periodIndex(g.from) + 1);
      }),
    ),
  );
});

const stage = fc.constantFrom(...STAGES);
const PRODUCTION = MAIN_STAGES.indexOf('inProduction');

test('nothing leaves a final stage, and every stage can be reached from submitted', (t) => {
  t.notThrows(() => fc.assert(fc.property(stage, stage, (from, to) => !isFinal(from) || !canTransition(from, to))));
  const reached = new Set<Stage>(['submitted']);
  const queue: Stage[] = ['submitted'];
  while (queue.length > 0) {
    for (const next of nextStages(queue.shift() as Stage)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  t.deepEqual([...reached].sort(), [...STAGES].sort());
  t.notThrows(() => fc.assert(fc.property(stage, (s) => !canTransition(s, 'submitted'))));
});

test('an application can be cancelled only before its card goes into production', (t) => {
  const before = (s: Stage) => (MAIN_STAGES as readonly string[]).includes(s) && MAIN_STAGES.indexOf(s as (typeof MAIN_STAGES)[number]) < PRODUCTION;
  t.notThrows(() => fc.assert(fc.property(stage, (s) => canCancel(s) === before(s))));
  // Along any path the machine allows, once production has started cancelling stays impossible.
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (choices) => {
        let current: Stage = 'submitted';
        let produced = false;
        for (const choice of choices) {
          const options = nextStages(current);
          if (options.length === 0) break;
          current = options[choice % options.length] as Stage;
          produced ||= current === 'inProduction';
          if (produced && canCancel(current)) return false;
        }
        return true;
      }),
    ),
  );
});
