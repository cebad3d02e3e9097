import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import mongoose from 'mongoose';
import { createApp } from '../bff/src/app';
import { listenForTest, memoryLogger, rawRequest } from './helpers/bff-app';

const INDEX = '<!doctype html><title>app</title>';
const SCRIPT = 'console.info("app")';

/** The app serving a small fake H5 build from a temporary folder. */
async function appWithBuild(t: Parameters<typeof listenForTest>[0]): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'h5-'));
  t.teardown(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, 'js'));
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'js', 'app.1a2b3c4d.js'), SCRIPT);
  await writeFile(path.join(root, 'manifest.json'), '{}');
  await writeFile(path.join(root, '.source-hash'), 'abc');
  const { logger } = memoryLogger();
  const app = createApp({ connection: mongoose.createConnection(), logger, config: { nodeEnv: 'test' }, h5Root: root });
  return listenForTest(t, app);
}

test('serves index.html at the root, revalidated on every visit', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/`);
  t.is(response.status, 200);
  t.is(await response.text(), INDEX);
  t.regex(response.headers.get('content-type') ?? '', /text\/html/);
  t.is(response.headers.get('cache-control'), 'no-cache');
});

test('caches content-hashed assets for a year', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/js/app.1a2b3c4d.js`);
  t.is(await response.text(), SCRIPT);
  t.is(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('revalidates assets without a hash in their name', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/manifest.json`);
  t.is(response.status, 200);
  t.is(response.headers.get('cache-control'), 'no-cache');
});

test('answers app routes with index.html so the browser router can take them', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/subpackages/help/article/index?slug=gaps`);
  t.is(response.status, 200);
  t.is(await response.text(), INDEX);
  t.is(response.headers.get('cache-control'), 'no-cache');
});

test('answers a missing asset with a 404, not with the app', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/js/missing.0000aaaa.js`);
  t.is(response.status, 404);
  t.is(((await response.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
});

test('does not serve dot files such as the build hash', async (t) => {
  const url = await appWithBuild(t);
  t.is((await fetch(`${url}/.source-hash`)).status, 404);
});

test('leaves unknown api paths to the api: a json 404, never the app', async (t) => {
  const url = await appWithBuild(t);
  const response = await fetch(`${url}/api/v1/no-such-thing`);
  t.is(response.status, 404);
  t.is(response.headers.get('cache-control'), 'no-store');
  t.is(((await response.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
});

test('never serves a file from outside the build folder', async (t) => {
  const url = await appWithBuild(t);
  // node:http sends the path as written; fetch would normalise the dots away.
  for (const attempt of ['/../../../../etc/passwd', '/js/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd.txt', '/index.html%00.js', '/%c0%ae.js']) {
    const response = await rawRequest(url, { path: attempt });
    // Not found, rather than a server error: a probe is no fault of the server's.
    t.is(response.status, 404, attempt);
    t.false(response.body.includes('root:'), attempt);
  }
});

test('serves no files without a build folder', async (t) => {
  const { logger } = memoryLogger();
  const url = await listenForTest(t, createApp({ connection: mongoose.createConnection(), logger, config: { nodeEnv: 'test' } }));
  t.is((await fetch(`${url}/`)).status, 404);
});
