import { PER_EMPLOYER_TYPES } from '@ssc/shared';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { FORMER_RECORD_KEY_INDEX, RECORD_KEY_INDEX } from '../models/payment-record';

const COLLECTION = 'payment_records';

/** MongoDB's codes for a collection or an index that is not there. */
const NOT_THERE = new Set([26, 27]);

function codeOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number' ? error.code : undefined;
}

/** A record's key as the import makes it (`employerKeyOf`; names arrive trimmed), for records stored before it. */
const KEY_OF_STORED = {
  $cond: [{ $in: ['$type', [...PER_EMPLOYER_TYPES]] }, { $trim: { input: { $ifNull: ['$employerName', ''] } } }, ''],
};

/**
 * Moves payment records from the former unique key (person, month, type) to the one that keeps
 * work injury per employer. Run at start-up before the models build their indexes.
 *
 * Every record first gets its `employerKey` (one update, computed by the database), then the new
 * unique index is built, and the former one is dropped last: at every moment one of the two holds,
 * and a start-up that stops half-way does it again from the beginning (each step can be repeated,
 * and another instance starting at the same time does the same steps). Instances of the version
 * before must all be stopped first: a record one of them writes afterwards has no key. Answers how
 * many records were given a key.
 */
export async function moveToEmployerKeys(connection: Connection, logger: Logger): Promise<number> {
  const records = connection.collection(COLLECTION);
  let indexes: { name?: string; unique?: boolean }[];
  try {
    indexes = await records.indexes();
  } catch (error) {
    if (NOT_THERE.has(codeOf(error) ?? 0)) return 0;
    throw error;
  }
  if (!indexes.some((index) => index.name === FORMER_RECORD_KEY_INDEX && index.unique)) return 0;
  const { modifiedCount: keyed } = await records.updateMany({ employerKey: { $exists: false } }, [{ $set: { employerKey: KEY_OF_STORED } }]);
  await records.createIndex(RECORD_KEY_INDEX.key, { name: RECORD_KEY_INDEX.name, unique: true });
  try {
    await records.dropIndex(FORMER_RECORD_KEY_INDEX);
  } catch (error) {
    if (!NOT_THERE.has(codeOf(error) ?? 0)) throw error;
  }
  logger.info({ keyed }, 'payment records: work injury now kept per employer (records keyed, former unique index dropped)');
  return keyed;
}
