import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { ConfigError, EX_CONFIG } from './config-error';
import { startBackgroundJobs } from './background';
import { buildDeps } from './build-deps';
import { openDatabase } from './db/open-database';
import { resourceRouters } from './resources';
import { seedIfEmpty } from './seed';
import { loadSecrets, type Secrets } from './secrets';
import { logSmsSender } from './sms';
import { createLogger } from './logger';
import { onShutdownSignals, prepareShutdown } from './shutdown';
import { VERSION } from './version';

/** Configuration and secrets, both checked before anything starts; a problem exits with EX_CONFIG. */
function configOrExit(): { config: Config; secrets: Secrets } {
  try {
    const config = loadConfig();
    const secrets = loadSecrets(process.env, { production: config.nodeEnv === 'production', dataDir: config.dataDir });
    return { config, secrets };
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

function urlOf({ address, family, port }: AddressInfo): string {
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

async function start(config: Config, secrets: Secrets, logger: Logger): Promise<void> {
  const database = await openDatabase(config, logger);
  const deps = await buildDeps({
    connection: database.connection,
    logger,
    secrets,
    sms: logSmsSender(logger.child({ component: 'sms' })),
    settings: { demoMode: config.demoMode },
  });
  const app = createApp({ connection: database.connection, logger, config, routers: resourceRouters(deps) });
  const server = http.createServer(app.callback());
  const shutdown = prepareShutdown({ server, database, logger, timeoutMs: config.shutdownTimeoutMs });
  let stopJobs = () => {};
  // Signals are handled from here on, so a stop during seeding or start-up is graceful too.
  onShutdownSignals(
    async () => {
      stopJobs();
      await shutdown();
    },
    logger,
    (code) => {
      logger.flush();
      process.exit(code);
    },
  );
  // Seeded before listening: the first page a newcomer opens already has its data.
  if (config.nodeEnv !== 'production') await seedIfEmpty(deps);
  let address: AddressInfo;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    await database.close();
    throw error;
  }
  const url = urlOf(address);
  logger.info({ url, port: address.port, version: VERSION, nodeEnv: config.nodeEnv }, `BFF listening on ${url}`);
  stopJobs = startBackgroundJobs(deps, { demoStepMs: config.demoStepMs });
}

const { config, secrets } = configOrExit();
// Synchronous writes: a line is on stdout before a crash or a kill; at this volume it costs nothing.
const logger = createLogger({ level: config.logLevel }, pino.destination({ dest: 1, sync: true }));
start(config, secrets, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
