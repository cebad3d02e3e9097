import type { Store } from './engine/store';
import { valuesAtPath } from './engine/values';

/**
 * Deletes documents whose TTL-indexed date is older than the index's `expireAfterSeconds`, like
 * mongod's TTL monitor (which runs every 60 s; this one runs more often so tests stay quick).
 * A document whose field holds no date never expires; with an array of dates the earliest counts.
 */
export function expireDocuments(store: Store, now = Date.now()): number {
  let removed = 0;
  for (const db of store.databases()) {
    for (const coll of store.collections(db)) {
      for (const index of coll.indexes.values()) {
        const seconds = index.spec.expireAfterSeconds;
        if (seconds === undefined || index.fields.length !== 1) continue;
        const path = (index.fields[0] as string).split('.');
        for (const doc of [...coll.docs.values()]) {
          const dates = valuesAtPath(doc, path).filter((v): v is Date => v instanceof Date);
          if (dates.length === 0) continue;
          const earliest = Math.min(...dates.map((d) => d.getTime()));
          if (earliest + seconds * 1000 <= now) {
            store.write({ op: 'delete', db, coll: coll.name, id: doc._id });
            removed += 1;
          }
        }
      }
    }
  }
  store.flush();
  return removed;
}
