import type net from 'node:net';
import { Cursors } from './cursors';
import { Journal } from './engine/journal';
import { Store } from './engine/store';
import { consoleLogger, silentLogger, type EmbeddedLogger } from './logger';
import { Sessions } from './sessions';
import { expireDocuments } from './ttl';
import { createWireServer } from './wire/server';

export type { EmbeddedLogger } from './logger';
export { consoleLogger, silentLogger };

export interface EmbeddedMongoOptions {
  /** Loopback address to bind; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Data directory; without one the data lives in memory only. */
  dbpath?: string;
  logger?: EmbeddedLogger;
  /** How often expired TTL documents are removed and idle cursors freed (default 1000 ms). */
  monitorIntervalMs?: number;
  /** Idle time after which an abandoned cursor is freed (default ten minutes, as mongod). */
  cursorTimeoutMs?: number;
  /** Journal size that triggers compaction into a snapshot (default 64 MiB). */
  compactBytes?: number;
}

export interface EmbeddedMongo {
  readonly host: string;
  readonly port: number;
  /** `mongodb://host:port/` — append a database name or pass `dbName`. */
  readonly uri: string;
  /** Stops listening, closes connections and flushes the journal. */
  close(): Promise<void>;
}

/** Starts the embedded MongoDB-compatible server. A development and test tool, not a production database. */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const store = new Store();
  const journal = options.dbpath ? Journal.open(options.dbpath, store, logger, { compactBytes: options.compactBytes }) : undefined;
  store.sink = journal;
  const state = {
    store,
    cursors: new Cursors(options.cursorTimeoutMs),
    sessions: new Sessions(store),
    startedAt: new Date(),
    persistent: journal !== undefined,
    connections: { current: 0, total: 0 },
  };

  const server = createWireServer(state, logger);
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    state.connections.current += 1;
    state.connections.total += 1;
    socket.on('close', () => {
      sockets.delete(socket);
      state.connections.current -= 1;
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const monitor = setInterval(() => {
    try {
      expireDocuments(store);
      state.cursors.sweep();
      state.sessions.sweep();
    } catch (err) {
      logger.error('embedded db: background monitor failed', { error: (err as Error).message });
    }
  }, options.monitorIntervalMs ?? 1000);
  monitor.unref();

  let closing: Promise<void> | undefined;
  return {
    host,
    port,
    uri: `mongodb://${host}:${port}/`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(monitor);
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }).then(() => journal?.close());
      return closing;
    },
  };
}
