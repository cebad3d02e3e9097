import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { ConfigError, EX_CONFIG } from './config-error';
import { startBackgroundJobs } from './background';
import { indexCardNumbers } from './services/card-factory';
import { buildDeps } from './build-deps';
import { openDatabase } from './db/open-database';
import { apiOf } from './resources';
import { seedIfEmpty } from './seed';
import { loadSecrets, type Secrets } from './secrets';
import { createLogger } from './logger';
import { loadNotifyConfig, type NotifyConfig } from './config-notify';
import { startNotificationWorker } from './notify/worker';
import { providersInUse, settingsFromConfig, smsSenderFor, workerOptionsFrom } from './runtime';
import { h5BuildAt } from './middleware/static-h5';
import { onShutdownSignals, prepareShutdown } from './shutdown';
import { VERSION } from './version';

/** Configuration and secrets, both checked before anything starts; a problem exits with EX_CONFIG. */
function configOrExit(): { config: Config; notify: NotifyConfig; secrets: Secrets } {
  try {
    const config = loadConfig();
    const notify = loadNotifyConfig();
    const secrets = loadSecrets(process.env, { production: config.nodeEnv === 'production', dataDir: config.dataDir });
    return { config, notify, secrets };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EX_CONFIG);
  }
}

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

const H5_DIR = path.resolve(__dirname, '..', '..', 'miniapp', 'dist', 'h5');

function urlOf({ address, family, port }: AddressInfo): string {
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

async function start(config: Config, notify: NotifyConfig, secrets: Secrets, logger: Logger, flushLogs: () => void): Promise<void> {
  const database = await openDatabase(config, logger);
  const deps = await buildDeps({
    connection: database.connection,
    logger,
    secrets,
    sms: smsSenderFor(config, notify, secrets, logger),
    settings: settingsFromConfig(config, notify),
  });
  const h5Root = h5BuildAt(H5_DIR);
  if (!h5Root) logger.warn({ dir: H5_DIR }, 'no H5 build: serving the API only (npm start or npm run build:h5 builds it)');
  const app = createApp({ connection: database.connection, logger, config, ...apiOf(deps), h5Root });
  const server = http.createServer(app.callback());
  const shutdown = prepareShutdown({ server, database, logger, timeoutMs: config.shutdownTimeoutMs });
  let stopJobs = () => {};
  let stopWorker: () => Promise<void> = async () => {};
  // Signals are handled from here on, so a stop during seeding or start-up is graceful too.
  onShutdownSignals(
    async () => {
      stopJobs();
      await stopWorker();
      await shutdown();
    },
    logger,
    (code) => {
      flushLogs();
      process.exit(code);
    },
  );
  // Seeded before listening: the first page a newcomer opens already has its data.
  if (config.nodeEnv !== 'production') await seedIfEmpty(deps);
  await indexCardNumbers(deps);
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    await database.close();
    throw error;
  }
  const url = urlOf(address);
  // The one address a person opens: the H5 app and its API share the origin.
  const open = h5Root ? ` - open ${url}/ for the app` : '';
  logger.info({ url, port: address.port, version: VERSION, nodeEnv: config.nodeEnv, app: h5Root ? `${url}/` : null }, `BFF listening on ${url}${open}`);
  stopJobs = startBackgroundJobs(deps, { demoStepMs: config.demoStepMs });
  logger.info({ providers: providersInUse(config, notify, secrets) }, 'notification providers');
  if (notify.worker.enabled) stopWorker = startNotificationWorker(deps, workerOptionsFrom(notify));
  // Whoever started the BFF is waiting for the address: not until the buffer fills.
  flushLogs();
}

const { config, notify, secrets } = configOrExit();
// Buffered writes: a synchronous write per log line blocked the event loop whenever the reader of
// stdout was slower than the server (a sixth of the CPU time under load). Lines gather until
// 3.5 KiB are waiting (or a second has passed) and go out in writes of at most 4 KiB: each write
// wakes the process reading stdout, which under load cost more than the bytes (5 % more records
// answers a second in `npm run bench:ab`); a larger chunk costs the destination two microseconds
// a line to measure. Every exit path below flushes synchronously, so only a SIGKILL can lose
// lines, those of the last second at most.
const stdout = pino.destination({ dest: 1, sync: false, maxWrite: 4096, minLength: 3584, periodicFlush: 1000 });
const logger = createLogger({ level: config.logLevel }, stdout);
const flushLogs = () => {
  try {
    stdout.flushSync();
  } catch {
    // Nothing buffered, or stdout is gone: nothing more can be written anyway.
  }
};
// A crash must not take the lines leading up to it along: they are the ones worth reading.
// Node's own report of the error still goes to stderr, and the process still exits with 1.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    logger.fatal({ err: error }, event === 'uncaughtException' ? 'uncaught exception' : 'unhandled promise rejection');
    flushLogs();
    process.stderr.write(`${event}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
start(config, notify, secrets, logger, flushLogs).catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  flushLogs();
  process.exit(1);
});
