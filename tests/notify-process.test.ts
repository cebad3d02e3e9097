import { spawn } from 'node:child_process';
import path from 'node:path';
import test from 'ava';
import { MAIN_STAGES } from '../shared/src';
import { tempDataDir } from './helpers/bff-process';
import { type TestApi } from './helpers/api';
import { advanceTo, applicant, branchBody, submit } from './helpers/applications';
import type { FakeMessaging } from './helpers/fake-messaging';
import { drain, giveAddress, outbox, startNotifyApi, STAGE_TEMPLATE, subscribe, TEMPLATES } from './helpers/notify';

const REPO_ROOT = path.resolve(__dirname, '..');

/** The environment `npm run worker` would get to share this test's database, keys and fake platforms. */
async function workerEnv(t: Parameters<typeof tempDataDir>[0], api: TestApi, fake: FakeMessaging): Promise<Record<string, string>> {
  const { keyRing, qrKey } = api.deps.secrets;
  const db = api.deps.models.Outbox.db;
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  return {
    ...(inherited as Record<string, string>),
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: await tempDataDir(t),
    MONGODB_URI: `mongodb://${db.host}:${db.port}`,
    MONGODB_DB: db.name,
    DATA_KEYS: [...keyRing.keys].map(([id, key]) => `${id}:${key.toString('base64')}`).join(','),
    DATA_INDEX_KEY: keyRing.indexKey.toString('base64'),
    QR_SIGNING_KEY: qrKey.toString('base64'),
    SCANNER_API_KEYS: 'clinic:scanner-key-for-the-worker-test',
    AGENCY_API_KEYS: 'bank:agency-key-for-the-worker-test',
    WECHAT_APPID: fake.secrets.wechat.appId,
    WECHAT_SECRET: fake.secrets.wechat.secret,
    WECHAT_API_BASE: fake.wechatApiBase,
    WECHAT_TEMPLATES: JSON.stringify(TEMPLATES.weapp),
    NOTIFY_POLL_MS: '50',
    NOTIFY_LEASE_SECONDS: '30',
  };
}

test('a worker process killed in the middle of a batch loses nothing and repeats only the send it was waiting on', async (t) => {
  const { api, fake } = await startNotifyApi(t);
  const person = await giveAddress(api, await applicant(api));
  await subscribe(api, person.token, STAGE_TEMPLATE, MAIN_STAGES.length - 1);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'activated');

  // The fourth send gets no answer: the worker is killed while waiting for it.
  fake.wechat.holdAfter = 3;
  const fourth = new Promise<void>((resolve) => {
    const wait = () => void fake.wechat.nextSend().then(() => (fake.wechat.sends >= 4 ? resolve() : wait()));
    wait();
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'bff/src/notify/cli.ts'], { cwd: REPO_ROOT, env: await workerEnv(t, api, fake), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  t.teardown(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  await Promise.race([fourth, exited.then(() => Promise.reject(new Error(`worker exited early: ${output}`)))]);
  child.kill('SIGKILL');
  t.is(await exited, 'SIGKILL');
  t.is(fake.wechat.delivered.length, 3);
  t.is(await api.deps.models.Outbox.countDocuments({ status: 'sending' }), 1);

  // Another worker takes the dead one's lease over once it expires, and sends the rest.
  fake.wechat.holdAfter = null;
  api.clock.advance(5 * 60 * 1000);
  t.is((await drain(api)).sent, 4);
  t.is(fake.wechat.delivered.length, 7);
  t.is(new Set(fake.wechat.delivered.map((m) => m.data.phrase2)).size, 7);
  // WeChat may have delivered the send the dead worker was waiting on: that one, and no other, is
  // made again (docs/NOTIFICATIONS.md, the one case that may repeat).
  t.is(fake.wechat.sends, 8);
  t.is(await api.deps.models.Notification.countDocuments({ personId: person.personId }), 7);
  const records = await outbox(api);
  t.true(records.every((r) => r.status === 'sent'));
  t.is(records.filter((r) => r.attempts === 2).length, 1);
  t.false(output.includes(fake.secrets.wechat.secret));
});
