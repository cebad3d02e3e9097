import type { Document } from 'bson';
import { CommandError } from '../errors';
import * as admin from './admin';
import type { Handler, ServerState } from './context';
import * as read from './read';
import * as status from './status';
import * as write from './write';

const HANDLERS: Record<string, Handler> = {
  hello: admin.hello,
  isMaster: admin.hello,
  ismaster: admin.hello,
  ping: admin.ping,
  buildInfo: admin.buildInfo,
  buildinfo: admin.buildInfo,
  endSessions: admin.endSessions,
  insert: write.insert,
  update: write.update,
  delete: write.remove,
  findAndModify: write.findAndModify,
  findandmodify: write.findAndModify,
  find: read.find,
  getMore: read.getMore,
  killCursors: read.killCursors,
  aggregate: read.aggregate,
  count: read.count,
  distinct: read.distinct,
  create: admin.create,
  drop: admin.drop,
  dropDatabase: admin.dropDatabase,
  listCollections: admin.listCollections,
  listDatabases: admin.listDatabases,
  createIndexes: admin.createIndexes,
  listIndexes: admin.listIndexes,
  dropIndexes: admin.dropIndexes,
  deleteIndexes: admin.dropIndexes,
  commitTransaction: admin.commitTransaction,
  abortTransaction: admin.abortTransaction,
  dbStats: status.dbStats,
  dbstats: status.dbStats,
  serverStatus: status.serverStatus,
  connectionStatus: status.connectionStatus,
  whatsmyuri: status.whatsmyuri,
  getCmdLineOpts: status.getCmdLineOpts,
  hostInfo: status.hostInfo,
};

/** Commands that may run in a transaction; the rest are refused there as on a real server. */
const IN_TRANSACTION = new Set(['insert', 'update', 'delete', 'findAndModify', 'findandmodify', 'find', 'getMore', 'killCursors', 'aggregate', 'distinct', 'create', 'createIndexes', 'commitTransaction', 'abortTransaction']);

/**
 * Runs one command and returns its reply document. Each command runs to completion before the
 * next starts (the event loop serialises them), and its writes are journaled before this returns.
 */
export function runCommand(state: ServerState, command: Document, connectionId: number, namespace?: string): Document {
  const name = Object.keys(command)[0];
  const db = typeof command.$db === 'string' ? command.$db : (namespace?.split('.')[0] ?? 'admin');
  try {
    const handler = name !== undefined && Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (!handler) throw new CommandError(59, 'CommandNotFound', `no such command: '${name ?? ''}'`);
    const txn = name === 'commitTransaction' || name === 'abortTransaction' ? undefined : state.sessions.transactionFor(command);
    if (txn && !IN_TRANSACTION.has(name as string)) {
      throw new CommandError(50791, 'OperationNotSupportedInTransaction', `Cannot run '${name}' in a multi-document transaction.`);
    }
    try {
      const reply = handler({ command, db, catalog: txn ?? state.store, state, connectionId });
      if (txn && reply.writeErrors) state.sessions.discard(command);
      return reply;
    } catch (err) {
      if (txn) state.sessions.discard(command);
      throw err;
    } finally {
      state.store.flush();
    }
  } catch (err) {
    if (err instanceof CommandError) return err.toReply();
    return { ok: 0, errmsg: (err as Error).message ?? String(err), code: 1, codeName: 'InternalError' };
  }
}
