import pino from 'pino';
import { buildDeps } from '../build-deps';
import { loadConfig } from '../config';
import { loadNotifyConfig } from '../config-notify';
import { ConfigError, EX_CONFIG } from '../config-error';
import { connectDatabase } from '../db/connect';
import { createLogger } from '../logger';
import { providersInUse, settingsFromConfig, smsSenderFor, workerOptionsFrom } from '../runtime';
import { loadSecrets } from '../secrets';
import { startNotificationWorker } from './worker';

/**
 * The notification worker on its own (`npm run worker`), for deployments that scale delivery
 * apart from the API. It needs MONGODB_URI: the embedded development database lives inside the
 * BFF process, and a second process must not open its files.
 */
async function main(): Promise<void> {
  let config;
  let notify;
  let secrets;
  try {
    config = loadConfig();
    notify = loadNotifyConfig();
    secrets = loadSecrets(process.env, { production: config.nodeEnv === 'production', dataDir: config.dataDir });
    if (!config.mongodbUri) throw new ConfigError([{ variable: 'MONGODB_URI', problem: 'is required by the worker on its own (the embedded database runs inside the BFF)' }]);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EX_CONFIG);
  }
  const logger = createLogger({ level: config.logLevel }, pino.destination({ dest: 1, sync: true })).child({ component: 'notify-worker' });
  const connection = await connectDatabase(config.mongodbUri as string, config.mongodbDb, logger);
  const deps = await buildDeps({ connection, logger, secrets, sms: smsSenderFor(config, notify, secrets, logger), settings: settingsFromConfig(config, notify) });
  logger.info({ providers: providersInUse(config, notify, secrets) }, 'notification worker configured');
  const stop = startNotificationWorker(deps, workerOptionsFrom(notify));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping the notification worker');
    stop()
      .then(() => connection.close())
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  process.stderr.write(`notification worker failed to start: ${(error as Error).name}\n`);
  process.exit(1);
});
