import { employerKeyOf, periodIndex, periodOf, type AccountInput as AccountFigures, type RecordInput, type RecordKeyInput } from '@ssc/shared';
import type { Deps } from '../deps';
import { isDuplicateKey } from '../db/unavailable';
import { AppError, ValidationError } from '../errors';
import type { PersonalAccountDoc } from '../models/personal-account';
import { recordAccess } from './access-log-service';
import { findPersonByIdNumber } from './person-service';
import { changeRecords } from './records-etag';

export type AccountInput = Omit<PersonalAccountDoc, 'personId'>;

/**
 * Inserts or replaces records by (person, period, type), and for work injury by employer too; does
 * not bump the version (callers do, once).
 */
export async function writeRecords(deps: Deps, personId: string, records: readonly RecordInput[], source: string) {
  const createdAt = deps.now();
  const result = await deps.models.PaymentRecord.bulkWrite(
    records.map(({ period, type, total: _total, ...fields }) => ({
      updateOne: {
        filter: { personId, period, type, employerKey: employerKeyOf({ type, employerName: fields.employerName }) },
        // The first sender stays the source: the same data sent again by another system is no change.
        update: { $set: fields, $setOnInsert: { source, createdAt } },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  const inserted = result.upsertedCount;
  const updated = result.modifiedCount;
  return { received: records.length, inserted, updated, unchanged: records.length - inserted - updated };
}

/**
 * Replaces each account's figures by kind, unless the stored ones describe a later moment (a
 * delayed or retried batch must not bring back an older balance); answers how many changed.
 */
export async function writeAccounts(deps: Deps, personId: string, accounts: readonly AccountInput[]): Promise<number> {
  if (accounts.length === 0) return 0;
  let changed = 0;
  for (const { kind, ...figures } of accounts) {
    try {
      // Matches only figures as old as these or older; with none, the upsert inserts, and where
      // newer ones exist the insert meets the (person, kind) unique index: nothing changes.
      const result = await deps.models.PersonalAccount.updateOne({ personId, kind, asOf: { $lte: figures.asOf } }, { $set: figures }, { upsert: true });
      changed += result.upsertedCount + result.modifiedCount;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  return changed;
}

/** Months after the current one cannot have been paid or declared yet, nor figures be from the future. */
function futureIssues(records: readonly RecordInput[], accounts: readonly AccountFigures[], now: Date) {
  const current = periodIndex(periodOf(now));
  return [
    ...records.flatMap((r, i) =>
      periodIndex(r.period) > current ? [{ path: `body.records.${i}.period`, code: 'custom', message: 'This month has not begun yet' }] : [],
    ),
    ...accounts.flatMap((a, i) => (Date.parse(a.asOf) > now.getTime() ? [{ path: `body.accounts.${i}.asOf`, code: 'custom', message: 'This moment has not come yet' }] : [])),
  ];
}

export interface ImportInput {
  idNumber: string;
  records: readonly RecordInput[];
  accounts?: readonly AccountFigures[];
  /** The agency system sending them (logged as the actor). */
  client: string;
  requestId?: string;
}

/** An agency's batch of monthly records for one person, found by ID number. */
export async function importRecords(deps: Deps, input: ImportInput) {
  const accounts = input.accounts ?? [];
  const issues = futureIssues(input.records, accounts, deps.now());
  if (issues.length > 0) throw new ValidationError(issues);
  const person = await findPersonByIdNumber(deps, input.idNumber);
  if (!person) throw new AppError(404, 'RECORDS_PERSON_UNKNOWN', 'No person with this ID number');
  const personId = String(person._id);
  const { result, version } = await changeRecords(deps, personId, async () => {
    const counts = input.records.length > 0 ? await writeRecords(deps, personId, input.records, input.client) : { received: 0, inserted: 0, updated: 0, unchanged: 0 };
    const accountsChanged = await writeAccounts(deps, personId, accounts.map((a) => ({ ...a, asOf: new Date(a.asOf) })));
    // The summary and statements show the accounts, and their kept answers go by the version too.
    // An import that changed nothing keeps the version, so the person's cached answers stay valid.
    return { changed: counts.inserted + counts.updated + accountsChanged > 0, result: { ...counts, accountsChanged } };
  });
  if (result.inserted + result.updated + result.accountsChanged > 0) {
    await recordAccess(deps, { personId, actor: input.client, action: 'records.import', requestId: input.requestId });
  }
  return { ...result, version };
}

export interface WithdrawalInput {
  idNumber: string;
  records: readonly RecordKeyInput[];
  client: string;
  requestId?: string;
}

/** Removes records reported in error, each by the key it was imported under. */
export async function withdrawRecords(deps: Deps, input: WithdrawalInput) {
  const person = await findPersonByIdNumber(deps, input.idNumber);
  if (!person) throw new AppError(404, 'RECORDS_PERSON_UNKNOWN', 'No person with this ID number');
  const personId = String(person._id);
  const { result: withdrawn, version } = await changeRecords(deps, personId, async () => {
    const result = await deps.models.PaymentRecord.bulkWrite(
      input.records.map(({ period, type, employerName }) => ({
        deleteOne: { filter: { personId, period, type, employerKey: employerKeyOf({ type, employerName: employerName ?? null }) } },
      })),
      { ordered: false },
    );
    // Nothing removed (a retry, say): the version and the person's kept answers stay.
    return { changed: result.deletedCount > 0, result: result.deletedCount };
  });
  if (withdrawn > 0) await recordAccess(deps, { personId, actor: input.client, action: 'records.withdraw', requestId: input.requestId });
  return { received: input.records.length, withdrawn, version };
}
