import { createHash, randomBytes } from 'node:crypto';
import type { ExecutionContext, TestFn } from 'ava';
// The driver is taken from mongoose, which re-exports the exact copy it uses: `mongodb` is a
// dependency of bff/ only, and one copy means one ObjectId and one MongoServerError class.
import mongoose, { mongo } from 'mongoose';
import {
  startEmbeddedMongo,
  type EmbeddedLogger,
  type EmbeddedMongo,
} from '../../bff/embedded-mongo/src/index';

export { mongo };

/** Set to run the conformance suite against a real MongoDB instead of the embedded server. */
export const realServerUri = process.env.MONGODB_URI || undefined;
export const onRealServer = realServerUri !== undefined;

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

/** A logger that keeps every line; CONFORMANCE_SERVER_LOG=1 also echoes warnings and errors. */
export function capturingLogger(): EmbeddedLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const echo = process.env.CONFORMANCE_SERVER_LOG === '1';
  const record = (level: LogLine['level']) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push({ level, msg, fields });
    if (echo && level !== 'info') process.stderr.write(`[embedded ${level}] ${msg} ${JSON.stringify(fields ?? {})}\n`);
  };
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}

/** Short timeouts so that a dead or silent server fails a test in seconds, not in 30 s. */
export const clientOptions: mongo.MongoClientOptions = {
  serverSelectionTimeoutMS: 5_000,
  connectTimeoutMS: 5_000,
};

export interface ConformanceDatabase {
  /** Server address without a database name. */
  readonly uri: string;
  readonly dbName: string;
  readonly client: mongo.MongoClient;
  readonly db: mongo.Db;
  /** The in-process server, absent when MONGODB_URI is set. */
  readonly embedded?: EmbeddedMongo;
  /**
   * A collection named after the test title, so concurrent tests never share one. Conformance tests
   * store free-form documents (numeric and string ids included), hence the untyped schema.
   */
  collection(t: ExecutionContext, suffix?: string): mongo.Collection<any>;
  /** A client of its own for the test (e.g. with command monitoring), closed at the test's end. */
  connect(t: ExecutionContext, options?: mongo.MongoClientOptions): Promise<mongo.MongoClient>;
  /** A mongoose connection to this file's database, closed at the test's end. */
  mongoose(t: ExecutionContext): Promise<mongoose.Connection>;
}

export function collectionName(title: string, suffix = ''): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 48);
  const hash = createHash('sha1').update(title).digest('hex').slice(0, 6);
  return `${slug}_${hash}${suffix ? `_${suffix}` : ''}`;
}

/**
 * Gives the calling test file a database of its own, on MONGODB_URI or on a fresh in-memory embedded
 * server started for the file. The database is dropped and everything closed after the file's tests.
 */
export function useConformanceDatabase(test: TestFn, area: string): () => ConformanceDatabase {
  let state: ConformanceDatabase | undefined;
  const dbName = `conformance_${area}_${process.pid}_${randomBytes(3).toString('hex')}`.slice(0, 60);

  test.before(async () => {
    const embedded = onRealServer ? undefined : await startEmbeddedMongo({ port: 0, logger: capturingLogger() });
    const uri = realServerUri ?? embedded!.uri;
    const client = await new mongo.MongoClient(uri, clientOptions).connect();
    const db = client.db(dbName);
    state = {
      uri,
      dbName,
      client,
      db,
      embedded,
      collection: (t, suffix) => db.collection<any>(collectionName(t.title, suffix)),
      async connect(t, options) {
        const own = await new mongo.MongoClient(uri, { ...clientOptions, ...options }).connect();
        t.teardown(() => own.close());
        return own;
      },
      async mongoose(t) {
        const connection = await mongoose
          .createConnection(uri, { dbName, serverSelectionTimeoutMS: 5_000 })
          .asPromise();
        t.teardown(() => connection.close());
        return connection;
      },
    };
  });

  test.after.always(async () => {
    if (!state) return;
    try {
      await state.db.dropDatabase();
    } finally {
      await state.client.close();
      await state.embedded?.close();
    }
  });

  return () => {
    if (!state) throw new Error('the conformance database is only available inside tests');
    return state;
  };
}

/** Title suffix explaining why an embedded-only test is skipped on a real server. */
export function embeddedOnly(title: string, reason: string): string {
  return onRealServer ? `${title} (skipped: MONGODB_URI is set; ${reason})` : title;
}

/** Polls `check` until it returns true or the deadline passes; returns whether it became true. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
