import type { ExecutionContext } from 'ava';
import { buildDeps } from '../../bff/src/build-deps';
import { connectDatabase } from '../../bff/src/db/connect';
import { loadSecrets } from '../../bff/src/secrets';
import { memorySmsSender } from '../../bff/src/sms';
import { personWithSession, type TestPerson } from './api';
import { memoryLogger } from './bff-app';

/**
 * Bound people with sessions, written straight into the database a BFF process will use. The
 * secrets come from `<dataDir>/dev-secrets.json` exactly as that BFF loads them (generated here
 * first if absent), so it can decrypt the people and accept the sessions. Call before starting
 * the BFF: a database that already has people is not seeded.
 */
export async function registerPeople(t: ExecutionContext, options: { dbUri: string; dataDir: string; count: number }): Promise<TestPerson[]> {
  const { logger } = memoryLogger('silent');
  const connection = await connectDatabase(options.dbUri, 'ssc', logger);
  t.teardown(() => connection.close(true));
  const secrets = loadSecrets({}, { production: false, dataDir: options.dataDir });
  const deps = await buildDeps({ connection, logger, secrets, sms: memorySmsSender() });
  const people: TestPerson[] = [];
  for (let i = 0; i < options.count; i += 1) people.push(await personWithSession(deps, new Date(), { platform: 'h5' }));
  await connection.close();
  return people;
}
