// Public entry of the embedded MongoDB-compatible server (placeholder: being written).
export interface EmbeddedLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface EmbeddedMongoOptions {
  /** Loopback address to bind; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Data directory; without one the data lives in memory only. */
  dbpath?: string;
  logger?: EmbeddedLogger;
}

export interface EmbeddedMongo {
  readonly host: string;
  readonly port: number;
  /** `mongodb://host:port/` — append a database name or pass `dbName`. */
  readonly uri: string;
  /** Stops listening, closes connections and flushes the journal. */
  close(): Promise<void>;
}

export declare function startEmbeddedMongo(options?: EmbeddedMongoOptions): Promise<EmbeddedMongo>;
