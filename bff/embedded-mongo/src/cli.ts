import { parseArgs } from 'node:util';
import { consoleLogger, startEmbeddedMongo } from './index';

/**
 * `npm run db [-- --port N --dbpath DIR]`: the embedded server on its own, so any MongoDB client
 * (mongosh, Compass, a driver) can connect and look at the data. Options are named as mongod's.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '27017' },
      dbpath: { type: 'string' },
      bind_ip: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run db -- [--port 27017] [--dbpath DIR] [--bind_ip 127.0.0.1]\nWithout --dbpath the data lives in memory only.');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, got ${values.port}`);
    process.exit(2);
  }
  const db = await startEmbeddedMongo({ port, host: values.bind_ip, dbpath: values.dbpath, logger: consoleLogger });
  console.log(`embedded MongoDB-compatible server listening on ${db.host}:${db.port} (${values.dbpath ? `data in ${values.dbpath}` : 'in memory'})`);
  const stop = (signal: string) => {
    console.log(`received ${signal}, flushing the journal and stopping`);
    void db.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`embedded db failed to start: ${(err as Error).message}`);
  process.exit(1);
});
