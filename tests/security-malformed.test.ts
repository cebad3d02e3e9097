import test, { type ExecutionContext } from 'ava';
import { jpegImage, uploadMultipart, uploadRaw } from './helpers/applications';
import { MARK, type Case } from './helpers/security-injection';
import { badJsonCases, deepCase, oversizeCase, unicodeBodyCases, unicodeParamCases, unknownFieldCases, wrongTypeCases } from './helpers/security-malformed';
import { fillPath, queryString, type Operation } from './helpers/security-openapi';
import { assertNoFailures, baseline, expectRefused, hostileSetUp, readsBody, send, tally } from './helpers/security-requests';
import { BAD_PERIODS, BAD_YEARS, INVALID_ID_NUMBERS } from './helpers/security-values';

const count = tally();
let total = 0;

async function setUp(t: ExecutionContext) {
  const set = await hostileSetUp(t);
  total = set.ops.length;
  return set;
}

async function run(t: ExecutionContext, casesOf: (op: Operation) => Case[]): Promise<number> {
  const { tg, ops } = await setUp(t);
  const failedBefore = count.failures.length;
  let routes = 0;
  for (const op of ops) {
    const cases = casesOf(op);
    routes += cases.length > 0 ? 1 : 0;
    for (const { label, request, codes, status } of cases) {
      expectRefused(count, op, await send(tg, op, request), label, { status: status ?? [400, 404, 409, 422], codes, markers: [MARK] });
    }
  }
  assertNoFailures(t, count, failedBefore);
  return routes;
}

/** Replaces the body field `name` (at any depth) of the untouched request with `value`. */
function withField(op: Operation, name: string, value: string): string | null {
  const { body } = baseline(op);
  if (!body || !body.includes(`"${name}":`)) return null;
  return JSON.stringify(JSON.parse(body), (key, v) => (key === name ? value : v));
}

test.serial('every field of every body refuses values of the wrong type, and no body takes unknown fields', async (t) => {
  const cases = (op: Operation) => (op.body ? [...wrongTypeCases(op), ...unknownFieldCases(op)] : []);
  t.true((await run(t, (op) => cases(op).map((c) => ({ ...c, codes: ['VALIDATION_FAILED'], status: 400 })))) >= 15);
});

test.serial('unicode edge cases and 10k-character strings are refused in bodies, paths and queries', async (t) => {
  t.true((await run(t, (op) => [...unicodeBodyCases(op), ...unicodeParamCases(op)].map((c) => ({ ...c, codes: ['VALIDATION_FAILED'], status: 400 })))) >= 20);
});

test.serial('unreadable JSON is refused on every route that reads a body', async (t) => {
  t.true((await run(t, (op) => (readsBody(op) ? badJsonCases(op) : []))) >= 20);
});

test.serial('JSON nested too deep is refused on every route that reads a body', async (t) => {
  t.true((await run(t, (op) => (readsBody(op) ? [{ ...deepCase(op), codes: ['VALIDATION_FAILED'], status: 400 }] : []))) >= 20);
});

test.serial('bodies over the limit are refused with 413 on every route that reads one', async (t) => {
  t.true((await run(t, (op) => (readsBody(op) && !op.upload ? [oversizeCase(op)] : []))) >= 20);
});

test.serial('photos over 2 MB are refused with 413, however they are sent', async (t) => {
  const { tg, ops } = await setUp(t);
  const failedBefore = count.failures.length;
  const op = ops.find((o) => o.upload) as Operation;
  const big = jpegImage(600, 800, 2 * 1024 * 1024 + 1);
  for (const [label, res] of [['raw', await uploadRaw(tg.api, tg.holder.token, big, 'image/jpeg')], ['multipart', await uploadMultipart(tg.api, tg.holder.token, big)]] as const) {
    expectRefused(count, op, { ...res, text: JSON.stringify(res.body) }, `photo ${label} over 2 MB`, { status: 413, codes: ['PHOTO_TOO_LARGE'] });
  }
  assertNoFailures(t, count, failedBefore);
  t.is(await tg.api.deps.models.Photo.countDocuments(), 0);
});

test.serial('invalid ID numbers of each kind are refused wherever an ID number is taken', async (t) => {
  const problems: string[] = [];
  const routes = await run(t, (op) =>
    INVALID_ID_NUMBERS.flatMap(([kind, idNumber]) => {
      const body = withField(op, 'idNumber', idNumber);
      return body ? [{ label: `idNumber ${kind} ${idNumber}`, request: { ...baseline(op), body }, codes: ['VALIDATION_FAILED', 'ID_NUMBER_INVALID'], status: 400 }] : [];
    }),
  );
  t.is(routes, 4, 'binding, formal loss report, records import and withdrawal take ID numbers');
  // Binding tells the person what is wrong with what they typed.
  const { tg, ops } = await setUp(t);
  const start = ops.find((op) => op.operationId === 'startBinding') as Operation;
  for (const [kind, idNumber] of INVALID_ID_NUMBERS) {
    const res = await send(tg, start, { ...baseline(start), body: withField(start, 'idNumber', idNumber) as string });
    if (res.body?.error?.details?.problem !== kind) problems.push(`${idNumber}: ${res.text}`);
  }
  t.deepEqual(problems, []);
});

test.serial('impossible months and years are refused in queries, paths and bodies', async (t) => {
  const routes = await run(t, (op) => {
    const cases: Case[] = [];
    const add = (label: string, request: Case['request']) => cases.push({ label, request, codes: ['VALIDATION_FAILED'], status: 400 });
    for (const period of BAD_PERIODS) {
      const body = withField(op, 'period', period);
      if (body) add(`body period ${period}`, { ...baseline(op), body });
      for (const name of ['from', 'to'].filter((n) => op.queryParams.some((p) => p.name === n))) {
        add(`query ${name}=${period}`, { ...baseline(op), query: queryString([['from', '2024-01'], ['to', '2024-12'], [name, period]]) });
      }
    }
    for (const year of BAD_YEARS) {
      if (op.queryParams.some((p) => p.name === 'year')) add(`query year=${year}`, { ...baseline(op), query: queryString([['year', year]]) });
      if (op.pathParams.some((p) => p.name === 'year')) add(`path year=${year}`, { ...baseline(op), path: fillPath(op, { year }) });
    }
    if (op.operationId === 'listRecords') {
      add('to before from', { ...baseline(op), query: 'from=2024-06&to=2024-05' });
      add('more than ten years', { ...baseline(op), query: 'from=2000-01&to=2010-01' });
    }
    return cases;
  });
  t.is(routes, 4, 'records list, statements, records import and withdrawal take months or years');
});

test.serial('every malformed input was answered 4xx with the standard error body, echoing nothing', (t) => {
  t.is(count.failures.length, 0);
  t.is(count.refused, count.tried);
  t.is(count.routes.size, total);
  t.is(({} as Record<string, unknown>).polluted, undefined);
  t.log(`malformed: routes covered ${count.routes.size}/${total}, hostile inputs tried ${count.tried}, refused ${count.refused}`);
});
