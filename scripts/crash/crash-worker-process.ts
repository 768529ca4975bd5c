import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '../..');
const workerSource = join(root, 'scripts/crash/crash-worker.ts');

export interface WorkerCommand {
  args: string[];
  label: string;
  dispose: () => Promise<void>;
}

/**
 * How to start the worker. Compiling the project's TypeScript once with esbuild
 * (which tsx ships with) starts each worker about twice as fast as
 * `node --import tsx`. Packages stay external, loaded from node_modules as the
 * app loads them, so the worker runs the same store code. Without esbuild, the
 * worker runs through tsx.
 */
export async function prepareWorker(): Promise<WorkerCommand> {
  const cacheDir = join(root, 'node_modules/.cache/ir-match-planner');
  const outfile = join(cacheDir, `crash-worker-${process.pid}-${Date.now()}.mjs`);
  const dispose = () => rm(outfile, { force: true });
  try {
    const esbuild = await import('esbuild');
    await mkdir(cacheDir, { recursive: true });
    await esbuild.build({
      entryPoints: [workerSource],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    return { args: [outfile], label: 'scripts/crash/crash-worker.ts compiled by esbuild', dispose };
  } catch {
    await dispose();
    return { args: ['--import', 'tsx', workerSource], label: 'node --import tsx', dispose: async () => undefined };
  }
}

export interface WorkerRun {
  /** Saves the worker acknowledged before it was killed. */
  acknowledged: number;
  lastAcknowledged: number | null;
}

/** Longest wait for a worker to start before it is killed anyway. */
const START_TIMEOUT_MS = 30_000;

/**
 * Starts the worker on `dataDir` and SIGKILLs it `delayMs` after it starts (or
 * after it reports ready). Resolves once its output has been read to the end.
 */
export function runWorkerUntilKilled(
  worker: WorkerCommand,
  dataDir: string,
  moment: { afterReady: boolean; delayMs: number },
): Promise<WorkerRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...worker.args, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: WorkerRun = { acknowledged: 0, lastAcknowledged: null };
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const killAfter = (ms: number) => {
      clearTimeout(killTimer);
      killTimer = setTimeout(kill, ms);
    };
    killAfter(moment.afterReady ? START_TIMEOUT_MS : moment.delayMs);

    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, value] = line.split(' ');
      if (word === 'ready' && moment.afterReady) killAfter(moment.delayMs);
      if (word === 'ack') {
        run.acknowledged += 1;
        run.lastAcknowledged = Number(value);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    // 'close' comes after every byte the worker wrote before dying has been read.
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolvePromise(run);
      else reject(new Error(`The crash-test worker stopped by itself (exit ${code ?? signal}): ${stderr.trim().slice(-2000)}`));
    });
  });
}
