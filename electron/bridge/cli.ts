import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { AppFailure } from '../../shared/result';
import { startBridge } from './server';

/** `npm run start:web`: the browser preview of the app over a real data folder. */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
  },
});

const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.ir-match-planner-preview'));
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535 (got "${values.port}").`);
  process.exit(2);
}

const bridge = await startBridge({
  dataDir,
  rendererDir: resolve(import.meta.dirname, '../..', process.env.IRMP_OUT_DIR ?? 'out', 'renderer'),
  version: packageJson.version,
  port,
  ...(values.token ? { token: values.token } : {}),
}).catch((error: unknown) => {
  // The store's refusals (folder already open, a folder where the file should be) are written for
  // the user: say them alone, not inside a stack trace.
  console.error(error instanceof AppFailure ? error.message : error);
  process.exit(1);
});

console.log(`IR Match Planner preview (data in ${dataDir})`);
console.log(`Open: ${bridge.url}`);

// Let a save in flight reach the disk before exiting.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void bridge.close().then(() => process.exit(0));
  });
}
