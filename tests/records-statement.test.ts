import test from 'ava';
import { AnnualStatement } from '../shared/src';
import { AGENCY_KEY, boundPerson, startApi, type TestApi } from './helpers/api';
import { agencyMonth, records } from './helpers/records';

/** A person paid 2024-01..2024-12 whose pension account the agency reports as of `asOf`. */
async function statementWithFiguresAsOf(api: TestApi, asOf: string) {
  const person = await boundPerson(api);
  const months = Array.from({ length: 12 }, (_, i) => agencyMonth(`2024-${String(i + 1).padStart(2, '0')}`));
  const sent = await api.call('POST', '/api/v1/agency/records', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: person.idNumber, records: months } });
  if (sent.status !== 200) throw new Error(`import failed: ${sent.status}`);
  await api.deps.models.PersonalAccount.create({ personId: person.personId, kind: 'pension', balance: 576_000, paidIn: 576_000, paidOut: 0, asOf: new Date(asOf) });
  return (await records(api, person, '/statements/2024')).body;
}

test('figures as of 1 July are shown as the latest, with their date, not as year-end figures', async (t) => {
  const api = await startApi(t);
  const statement = await statementWithFiguresAsOf(api, '2024-07-01T00:00:00.000Z');
  t.true(AnnualStatement.safeParse(statement).success, 'the response schema knows the basis');
  t.deepEqual(statement.accounts.pension, { balance: 576_000, paidIn: 576_000, paidOut: 0, asOf: '2024-07-01T00:00:00.000Z', basis: 'latest' });
});

test('figures as of midnight starting 1 January in China are the year-end figures', async (t) => {
  const api = await startApi(t);
  const statement = await statementWithFiguresAsOf(api, '2024-12-31T16:00:00.000Z');
  t.like(statement.accounts.pension, { basis: 'exact', paidIn: 576_000, asOf: '2024-12-31T16:00:00.000Z' });
});

test('figures as of 1 January 00:00 UTC, 08:00 in China, still describe the end of the year before', async (t) => {
  const api = await startApi(t);
  const statement = await statementWithFiguresAsOf(api, '2025-01-01T00:00:00.000Z');
  t.like(statement.accounts.pension, { basis: 'exact', paidIn: 576_000 });
});

test('figures as of the last evening of the year in China are the latest, not its end', async (t) => {
  const api = await startApi(t);
  // 31 December 2024, 23:00 in China.
  const statement = await statementWithFiguresAsOf(api, '2024-12-31T15:00:00.000Z');
  t.like(statement.accounts.pension, { basis: 'latest', asOf: '2024-12-31T15:00:00.000Z' });
});

test('figures from 2 January on are worked back to the year end in China time', async (t) => {
  const api = await startApi(t);
  const statement = await statementWithFiguresAsOf(api, '2025-01-01T16:00:00.000Z');
  t.like(statement.accounts.pension, { basis: 'estimated', asOf: '2024-12-31T16:00:00.000Z', paidIn: 576_000 });
});

test('figures as of the start of the year say nothing of that year', async (t) => {
  const api = await startApi(t);
  const statement = await statementWithFiguresAsOf(api, '2023-12-31T16:00:00.000Z');
  t.is(statement.accounts.pension, null);
});
