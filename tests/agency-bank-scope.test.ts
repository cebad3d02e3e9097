import test from 'ava';
import { AGENCY_KEY, BANK_KEYS, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { advanceTo, agencyStep, applicant, branchBody, handedOverCard, submit } from './helpers/applications';
import { agencyMonth } from './helpers/records';
import { personWithCard } from './helpers/card';

async function icbcApplication(api: TestApi) {
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId, { bankCode: 'ICBC', delivery: { method: 'branch', branchCode: 'ICBC-GZ-TH' } }));
  return { person, id: created.body.id as string };
}

test('a bank moves its own applications, sees only them, and another bank’s are not found', async (t) => {
  const api = await startApi(t);
  const { id } = await icbcApplication(api);
  await advanceTo(api, id, 'inProduction');
  const ccb = await agencyStep(api, id, 'cityBankReceived', {}, BANK_KEYS.CCB);
  t.is(ccb.status, 404);
  t.is(ccb.body.error.code, 'NOT_FOUND');
  const icbc = await agencyStep(api, id, 'cityBankReceived', {}, BANK_KEYS.ICBC);
  t.is(icbc.status, 200);
  t.is(icbc.body.stage, 'cityBankReceived');
  const list = (key: string) => api.call('GET', '/api/v1/agency/applications', { headers: { 'x-api-key': key } });
  t.deepEqual((await list(BANK_KEYS.ICBC)).body.applications.map((a: { id: string }) => a.id), [id]);
  t.deepEqual((await list(BANK_KEYS.CCB)).body.applications, []);
  t.deepEqual((await list(AGENCY_KEY)).body.applications.map((a: { id: string }) => a.id), [id], 'the agency sees every bank');
  // The person's access log names the bank's system.
  const stored = await api.deps.models.AccessLog.find({ action: 'application.stageChange' }).sort({ _id: -1 }).limit(1).lean();
  t.is(stored[0]?.actor, 'bank-ICBC');
  // And the bank hands the card over on activation.
  await agencyStep(api, id, 'branchReceived', {}, BANK_KEYS.ICBC);
  await agencyStep(api, id, 'readyToCollect', {}, BANK_KEYS.ICBC);
  t.is((await agencyStep(api, id, 'activated', { card: handedOverCard(api, 'B12345678') }, BANK_KEYS.ICBC)).status, 200);
});

test('a bank records formal loss of its own cards only, and cannot send payment records', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { bank: 'ICBC' });
  const report = (key: string, body: object = { idNumber: holder.idNumber, cardNumber: holder.cardNumber }) =>
    api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'x-api-key': key }, body });
  // A bank names the card: a retry of its report can then never reach a replacement.
  const unnamed = await report(BANK_KEYS.ICBC, { idNumber: holder.idNumber });
  t.is(unnamed.status, 400);
  t.deepEqual(unnamed.body.error.details.issues.map((i: { path: string }) => i.path), ['body.cardNumber']);
  const other = await report(BANK_KEYS.CCB);
  t.is(other.status, 404);
  t.is(other.body.error.code, 'CARD_NOT_FOUND');
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'A');
  const own = await report(BANK_KEYS.ICBC);
  t.is(own.status, 200);
  t.is(own.body.state, 'L');
  const records = await api.call('POST', '/api/v1/agency/records', { headers: { 'x-api-key': BANK_KEYS.ICBC }, body: { idNumber: holder.idNumber, records: [agencyMonth('2024-01')] } });
  t.is(records.status, 401);
  t.is(await api.deps.models.PaymentRecord.countDocuments({ personId: holder.personId }), 0);
  // Nor can a bank's key reach the scanners' route or a person's.
  t.is((await api.call('POST', '/api/v1/scanner/verify', { headers: { 'x-api-key': BANK_KEYS.ICBC }, body: { token: 'x' } })).status, 401);
  t.is((await api.call('GET', '/api/v1/card', { headers: { 'x-api-key': BANK_KEYS.ICBC } })).status, 401);
  t.is((await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'x-api-key': SCANNER_KEY }, body: { idNumber: holder.idNumber } })).status, 401);
});

test('a bank takes the bank’s steps only: review and production are the agency’s', async (t) => {
  const api = await startApi(t);
  const { id } = await icbcApplication(api);
  for (const to of ['review', 'reviewFailed', 'cancelled']) {
    const res = await agencyStep(api, id, to, to === 'reviewFailed' ? { reason: 'photoUnclear' } : {}, BANK_KEYS.ICBC);
    t.is(res.status, 403, to);
    t.is(res.body.error.code, 'FORBIDDEN');
  }
  t.is((await agencyStep(api, id, 'review')).status, 200);
  t.is((await agencyStep(api, id, 'accountOpened', {}, BANK_KEYS.ICBC)).status, 200, 'the bank opens the account');
  t.is((await agencyStep(api, id, 'inProduction', {}, BANK_KEYS.ICBC)).status, 403);
  t.is((await api.deps.models.Application.findById(id).lean())?.stage, 'accountOpened');
});
