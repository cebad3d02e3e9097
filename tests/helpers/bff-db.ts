import type { ExecutionContext } from 'ava';
import type { Connection } from 'mongoose';
import { startEmbeddedMongo, type EmbeddedMongo, type EmbeddedMongoOptions } from '../../bff/embedded-mongo/src/index';
import { connectDatabase } from '../../bff/src/db/connect';
import { memoryLogger } from './bff-app';

/** An in-memory embedded server on a free loopback port, closed when the test ends (closing twice is fine). */
export async function startEmbedded(t: ExecutionContext, options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const embedded = await startEmbeddedMongo({ host: '127.0.0.1', port: 0, ...options });
  t.teardown(() => embedded.close());
  return embedded;
}

/**
 * A mongoose connection made as the server makes it for its embedded database (the in-process
 * options: these tests run the database in their own process), closed at the end.
 */
export async function connectLikeTheServer(t: ExecutionContext, uri: string, dbName = 'bff_test'): Promise<Connection> {
  const connection = await connectDatabase(uri, dbName, memoryLogger().logger, { inProcess: true });
  t.teardown(() => connection.close(true));
  return connection;
}
