import os from 'node:os';
import { calculateObjectSize } from 'bson';
import type { Handler } from './context';

/** Sizes are BSON sizes of the documents held in memory; there is no on-disk layout to report. */
export const dbStats: Handler = ({ db, catalog }) => {
  const collections = catalog.collections(db);
  let objects = 0;
  let dataSize = 0;
  let indexes = 0;
  for (const coll of collections) {
    objects += coll.docs.size;
    indexes += coll.indexes.size;
    for (const doc of coll.docs.values()) dataSize += calculateObjectSize(doc);
  }
  return {
    db,
    collections: collections.length,
    views: 0,
    objects,
    avgObjSize: objects ? dataSize / objects : 0,
    dataSize,
    storageSize: dataSize,
    indexes,
    indexSize: 0,
    totalSize: dataSize,
    scaleFactor: 1,
    ok: 1,
  };
};

export const serverStatus: Handler = ({ state }) => {
  const uptimeMillis = Date.now() - state.startedAt.getTime();
  return {
    host: os.hostname(),
    version: '7.0.0',
    process: 'embedded-mongo',
    pid: process.pid,
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis,
    localTime: new Date(),
    connections: { current: state.connections.current, available: 1000, totalCreated: state.connections.total },
    storageEngine: { name: 'embedded-journal', supportsCommittedReads: false, persistent: state.persistent },
    ok: 1,
  };
};

export const connectionStatus: Handler = () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 });

export const whatsmyuri: Handler = ({ connectionId }) => ({ you: `127.0.0.1:${connectionId}`, ok: 1 });

export const getCmdLineOpts: Handler = () => ({ argv: process.argv.slice(1), parsed: {}, ok: 1 });

export const hostInfo: Handler = () => ({
  system: { currentTime: new Date(), hostname: os.hostname(), numCores: os.cpus().length, memSizeMB: Math.round(os.totalmem() / 2 ** 20) },
  os: { type: os.type(), name: os.platform(), version: os.release() },
  extra: {},
  ok: 1,
});
