// Kills a process that is saving through the real Store with SIGKILL at random
// moments, then checks the files as the app would read them on the next start:
// the data file must parse, validate, and hold every save acknowledged before the
// kill; every backup must open too.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../shared/programs/stability';
import { DATA_FILE_NAME } from '../../electron/core/store';
import { backupNames, checkDocumentFile, leftoverTempFiles } from './crash-file-checks';
import { prepareWorker, runWorkerUntilKilled } from './crash-worker-process';

export interface CrashReport {
  kills: number;
  /** Saves the worker confirmed (the save promise resolved) before a kill. */
  acknowledgedSaves: number;
  /** Acknowledged saves the data file no longer held after a kill. */
  lostSaves: number;
  /** Data-file checks (one per kill) or backups that were missing, unreadable or not JSON. */
  unreadableFiles: number;
  /** Data-file checks or backups that were JSON but failed the app's validation. */
  invalidFiles: number;
  durationMs: number;
}

export interface CrashTestOptions {
  kills: number;
  /** Stops early (reporting the kills done so far) once this much time has passed. */
  maxMs: number;
  log?: (line: string) => void;
  /** Fixes the kill moments; defaults to the clock. */
  seed?: number;
}

/**
 * A quarter of the kills land at a random moment during start-up (opening the
 * file, the start backup, pruning); the rest 0–150 ms into the save loop, where a
 * save (data file + backup + prune) takes a few milliseconds once warm.
 */
function pickKillMoment(random: () => number): { afterReady: boolean; delayMs: number } {
  if (random() < 0.25) return { afterReady: false, delayMs: Math.floor(random() * 400) };
  return { afterReady: true, delayMs: Math.floor(random() * 150) };
}

export async function runCrashTest(options: CrashTestOptions): Promise<CrashReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const random = mulberry32(seed);
  const workDir = await mkdtemp(join(tmpdir(), 'irmp-crash-'));
  const dataDir = join(workDir, 'data');
  const dataFile = join(dataDir, DATA_FILE_NAME);
  const report: CrashReport = { kills: 0, acknowledgedSaves: 0, lostSaves: 0, unreadableFiles: 0, invalidFiles: 0, durationMs: 0 };
  const checkedBackups = new Set<string>();
  let failures = 0;
  const worker = await prepareWorker();

  /** Counts a damaged file and keeps a copy of it for a person to look at. */
  const recordProblem = async (path: string, kind: 'unreadable' | 'invalid', what: string) => {
    if (kind === 'unreadable') report.unreadableFiles += 1;
    else report.invalidFiles += 1;
    failures += 1;
    const kept = join(workDir, 'failures', `kill-${report.kills}-${failures}.json`);
    await mkdir(join(workDir, 'failures'), { recursive: true });
    await copyFile(path, kept).catch(() => undefined);
    log(`kill ${report.kills}: ${what} (copy kept at ${kept})`);
  };

  try {
    log(`crash test: up to ${options.kills} kills in ${Math.round(options.maxMs / 1000)} s, seed ${seed}, worker via ${worker.label}`);
    // The highest counter acknowledged so far; the file must never hold less.
    let lastAcknowledged = 0;

    while (report.kills < options.kills && performance.now() - started < options.maxMs) {
      const run = await runWorkerUntilKilled(worker, dataDir, pickKillMoment(random));
      report.kills += 1;
      report.acknowledgedSaves += run.acknowledged;
      if (run.lastAcknowledged !== null) lastAcknowledged = Math.max(lastAcknowledged, run.lastAcknowledged);

      const verdict = await checkDocumentFile(dataFile);
      if (verdict === 'missing') {
        // Killed during the very first start, before the file existed: the next start creates it.
        if (report.acknowledgedSaves > 0) await recordProblem(dataFile, 'unreadable', 'the data file is gone');
      } else if (verdict.kind !== 'ok') {
        await recordProblem(dataFile, verdict.kind, `${verdict.kind} data file: ${verdict.reason}`);
        // The next start quarantines it and restores a backup; count from whatever that holds.
        lastAcknowledged = 0;
      } else if (verdict.counter < lastAcknowledged) {
        report.lostSaves += lastAcknowledged - verdict.counter;
        failures += 1;
        log(`kill ${report.kills}: lost saves: the file holds ${verdict.counter}, but ${lastAcknowledged} was acknowledged`);
        lastAcknowledged = 0;
      }

      // Backups are written once and never changed, so each is checked once.
      for (const name of await backupNames(join(dataDir, 'backups'))) {
        if (checkedBackups.has(name)) continue;
        checkedBackups.add(name);
        const backup = await checkDocumentFile(join(dataDir, 'backups', name));
        if (backup !== 'missing' && backup.kind !== 'ok') await recordProblem(join(dataDir, 'backups', name), backup.kind, `${backup.kind} backup ${name}: ${backup.reason}`);
      }
      if (report.kills % 50 === 0) log(`kill ${report.kills}: ${report.acknowledgedSaves} acknowledged saves so far`);
    }
    log(`${checkedBackups.size} backups checked; ${await leftoverTempFiles(dataDir)} temporary files from killed writes present after the last kill (the next start removes them)`);
  } finally {
    await worker.dispose();
    if (failures === 0) await rm(workDir, { recursive: true, force: true });
    else log(`files from the failed kills are in ${workDir}`);
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
