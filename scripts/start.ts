import { ensureH5Build } from './h5-build';

/**
 * `npm start`: the H5 app built if its sources changed (a restart without changes skips it), then
 * the BFF, which serves the app and the API from one address (it prints it when listening).
 */
async function main(): Promise<void> {
  const result = await ensureH5Build({ log: (line) => process.stdout.write(`${line}\n`) });
  if (!result.built) process.stdout.write('H5 app up to date (sources unchanged): skipping the build\n');
  // In this process, so the server's own signal handling (graceful shutdown) applies as is.
  await import('../bff/src/server');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
