export interface EmbeddedLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Default logger of the standalone server: one line per event on stderr. */
export const consoleLogger: EmbeddedLogger = {
  info: (msg, fields) => console.error(`[embedded-db] ${msg}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
  warn: (msg, fields) => console.error(`[embedded-db] WARN ${msg}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
  error: (msg, fields) => console.error(`[embedded-db] ERROR ${msg}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
};

export const silentLogger: EmbeddedLogger = { info() {}, warn() {}, error() {} };
