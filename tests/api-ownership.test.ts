import test from 'ava';
import type { Types } from 'mongoose';
import { seedIfEmpty } from '../bff/src/seed';
import { createSession } from '../bff/src/services/session-service';
import { startApi, type TestApi } from './helpers/api';

interface Operation {
  method: string;
  path: string;
  secured: boolean;
}

async function operations(api: TestApi): Promise<Operation[]> {
  const { body } = await api.call('GET', '/api/v1/openapi.json');
  return Object.entries(body.paths as Record<string, Record<string, { security?: Record<string, unknown>[] }>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, secured: (op.security ?? []).some((s) => 'session' in s) })),
  );
}

/** A bound account and session for a seeded person, as binding would leave them. */
async function sessionFor(api: TestApi, personId: Types.ObjectId, subject: string): Promise<string> {
  const account = await api.deps.models.Account.create({
    platform: 'h5',
    subjectIdx: api.deps.cipher.index('h5:subject', subject),
    personId,
    boundAt: api.clock.now,
    consents: [{ version: 'test', acceptedAt: api.clock.now }],
  });
  return (await createSession(api.deps, account._id, 'h5')).token;
}

test('every personal route refuses a missing session and never shows one person another person\'s data', async (t) => {
  const api = await startApi(t);
  await seedIfEmpty(api.deps);
  const { Application, Person, PaymentRecord, Photo } = api.deps.models;
  // Owner: a person with a card, records, an application and a photo. Other: a different person.
  const ownerApp = await Application.findOne({ stage: 'review' }).lean();
  if (!ownerApp) throw new Error('seed has no application under review');
  const other = await Person.findOne({ _id: { $ne: ownerApp.personId } }).lean();
  if (!other) throw new Error('seed has one person only');
  const ownerRecord = await PaymentRecord.findOne({ personId: ownerApp.personId }).lean();
  const ownerPhoto = await Photo.findOne({ personId: ownerApp.personId }, { _id: 1 }).lean();
  const ids: Record<string, string> = {
    '/api/v1/applications/{id}': String(ownerApp._id),
    '/api/v1/applications/{id}/cancel': String(ownerApp._id),
    '/api/v1/photos/{id}': String(ownerPhoto?._id),
    '/api/v1/records/{id}': String(ownerRecord?._id),
  };
  const ownerMarks = [String(ownerApp.personId), ...Object.values(ids)];
  const otherToken = await sessionFor(api, other._id, 'other');

  // Logging out and unbinding end the other person's session: they go last.
  const ending = (op: Operation) => op.path === '/api/v1/auth/logout' || (op.method === 'DELETE' && op.path === '/api/v1/binding');
  const ops = (await operations(api)).filter((op) => op.secured).sort((a, b) => Number(ending(a)) - Number(ending(b)));
  let checked = 0;
  for (const op of ops) {
    const where = `${op.method} ${op.path}`;
    const concrete = op.path.replace('{id}', ids[op.path] ?? 'x').replace('{year}', '2024');
    const body = op.method === 'GET' ? undefined : {};
    const anonymous = await api.call(op.method, concrete, { body });
    t.is(anonymous.status, 401, `${where} without a session`);

    const asOther = await api.call(op.method, concrete, { token: otherToken, body });
    if (op.path in ids) t.is(asOther.status, 404, `${where} with another person's id`);
    const text = JSON.stringify(asOther.body ?? '');
    for (const mark of ownerMarks) t.false(text.includes(mark), `${where} leaked ${mark}`);
    checked += 1;
  }
  t.true(checked >= 20, `only ${checked} personal routes checked`);
  // The owner's application was not cancelled by the other person's attempt.
  t.is((await Application.findById(ownerApp._id).lean())?.stage, 'review');
});
