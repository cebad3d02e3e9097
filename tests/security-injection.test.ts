import test, { type ExecutionContext } from 'ava';
import { bodyCases, headerCases, MARK, pathCases, queryCases, type Case } from './helpers/security-injection';
import type { Operation } from './helpers/security-openapi';
import { assertNoFailures, baseline, expectRefused, hostileSetUp, readsBody, send, tally } from './helpers/security-requests';

const count = tally();
let total = 0;

async function setUp(t: ExecutionContext) {
  const set = await hostileSetUp(t);
  total = set.ops.length;
  return set;
}

/** Runs each case of each operation, after checking the untouched request passes validation. */
async function run(t: ExecutionContext, casesOf: (op: Operation) => Case[]) {
  const { tg, ops } = await setUp(t);
  let operationsWithCases = 0;
  const failedBefore = count.failures.length;
  for (const op of ops) {
    const cases = casesOf(op);
    if (cases.length === 0) continue;
    operationsWithCases += 1;
    if (op.body || op.pathParams.length > 0 || op.queryParams.length > 0) {
      const plain = await send(tg, op, baseline(op));
      t.false(plain.status === 400 && plain.body?.error?.code === 'VALIDATION_FAILED', `${op.operationId}: the untouched request must pass validation: ${plain.text}`);
      t.true(plain.status < 500, `${op.operationId}: ${plain.status}`);
    }
    for (const { label, request, codes } of cases) expectRefused(count, op, await send(tg, op, request), label, { codes: codes ?? ['VALIDATION_FAILED'], markers: [MARK] });
  }
  assertNoFailures(t, count, failedBefore);
  // The holder's session survived everything: nothing was accepted, not even a logout.
  t.is((await tg.api.call('GET', '/api/v1/me', { token: tg.holder.token })).body.bound, true);
  return { tg, operationsWithCases };
}

test.serial('operator and prototype keys in JSON bodies, nested too, are refused on every route that reads a body', async (t) => {
  const { tg, operationsWithCases } = await run(t, (op) => (readsBody(op) ? bodyCases(op) : []));
  t.true(operationsWithCases >= 20, `only ${operationsWithCases} routes read a body`);
  // Routes that read no body did not act on one: no QR code, no loss report, no reset code.
  const card = await tg.api.deps.models.Card.findById(tg.holder.cardId).lean();
  t.is(card?.state, 'A');
  t.is(await tg.api.deps.models.QrToken.countDocuments(), 0);
  t.false(tg.api.sms.sent.some((sms) => sms.phone === tg.holder.phone));
  t.is(await tg.api.deps.models.Session.countDocuments({ accountId: tg.holder.accountId }), 1);
});

test.serial('operator and prototype keys in path parameters are refused', async (t) => {
  const { operationsWithCases } = await run(t, pathCases);
  t.true(operationsWithCases >= 7, `only ${operationsWithCases} routes have path parameters`);
});

test.serial('operator and prototype keys in query strings are refused on every route', async (t) => {
  const { operationsWithCases } = await run(t, queryCases);
  t.is(operationsWithCases, total);
});

test.serial('operator and prototype keys in header names and values are refused on every route', async (t) => {
  const { operationsWithCases } = await run(t, headerCases);
  t.is(operationsWithCases, total);
});

test.serial('no prototype was polluted and every hostile input was refused', (t) => {
  t.is(({} as Record<string, unknown>).polluted, undefined);
  t.false(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'));
  t.is(count.refused, count.tried);
  t.is(count.failures.length, 0);
  t.is(count.routes.size, total);
  t.log(`injection: routes covered ${count.routes.size}/${total}, hostile inputs tried ${count.tried}, refused ${count.refused}`);
});
