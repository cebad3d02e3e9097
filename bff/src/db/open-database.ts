import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { EmbeddedLogger } from '../../embedded-mongo/src';
import type { Config } from '../config';
import { connectDatabase, redactUri } from './connect';

export interface Database {
  connection: Connection;
  /** Closes mongoose, then the embedded server if there is one (which flushes its journal). */
  close(): Promise<void>;
}

type DatabaseConfig = Pick<Config, 'mongodbUri' | 'mongodbDb' | 'dataDir'>;

function embeddedLogger(log: Logger): EmbeddedLogger {
  return {
    info: (msg, fields) => log.info(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    error: (msg, fields) => log.error(fields ?? {}, msg),
  };
}

/** A deliberate close is no outage: drop the "database disconnected" warning first. */
async function closeQuietly(connection: Connection): Promise<void> {
  connection.removeAllListeners('disconnected');
  await connection.close();
}

/** MONGODB_URI when given; otherwise the embedded development server, in-process, on loopback. */
export async function openDatabase(config: DatabaseConfig, logger: Logger): Promise<Database> {
  if (config.mongodbUri) {
    logger.info({ dbUri: redactUri(config.mongodbUri), dbName: config.mongodbDb }, 'connecting to MongoDB');
    const connection = await connectDatabase(config.mongodbUri, config.mongodbDb, logger);
    return { connection, close: () => closeQuietly(connection) };
  }

  const dbpath = path.join(config.dataDir, 'db');
  await mkdir(dbpath, { recursive: true });
  // Loaded only here, so a deployment with MONGODB_URI never loads the development server.
  const { startEmbeddedMongo } = await import('../../embedded-mongo/src');
  // Always loopback, whatever HOST the BFF binds: the embedded server has no authentication.
  const embedded = await startEmbeddedMongo({
    host: '127.0.0.1',
    port: 0,
    dbpath,
    logger: embeddedLogger(logger.child({ component: 'embedded-mongo' })),
  });
  logger.info({ dbUri: embedded.uri, dbpath, dbName: config.mongodbDb }, `embedded MongoDB listening on ${embedded.uri}`);

  let connection: Connection;
  try {
    connection = await connectDatabase(embedded.uri, config.mongodbDb, logger, { inProcess: true });
  } catch (error) {
    await embedded.close();
    throw error;
  }
  return {
    connection,
    async close() {
      try {
        await closeQuietly(connection);
      } finally {
        await embedded.close();
      }
    },
  };
}
