import type { ExecutionContext } from 'ava';
import { ensureH5Build } from '../../scripts/h5-build';
import { startServer, tempDataDir, type ServerProcess } from './bff-process';

/**
 * The real BFF (bff/src/server.ts, as `npm start` runs it) serving the H5 build on a free port
 * with a data directory of its own, seeded with the demonstration people. The build is made only
 * when the sources changed since the last one (the same hash as `npm start`), so a test run builds
 * at most once. `env` adds server variables (e.g. DEMO_STEP_SECONDS); `server` gives its log lines
 * (the development SMS sender writes the codes there).
 */
export async function startH5Server(t: ExecutionContext, options: { env?: Record<string, string> } = {}): Promise<{ url: string; server: ServerProcess }> {
  await ensureH5Build();
  const server = await startServer(t, await tempDataDir(t), options.env);
  return { url: server.url, server };
}
