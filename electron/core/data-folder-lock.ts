import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '../../shared/result';

export const LOCK_FILE_NAME = 'ir-match-planner.lock';

/** Locks this process holds, released on exit even when nothing closes the store (the preview's Ctrl+C). */
const held = new Set<DataFolderLock>();
let releaseOnExitRegistered = false;

/**
 * Keeps a second process (another preview, a desktop app started with the same folder) from
 * opening the data folder while one has it open: each would overwrite the other's saves.
 * The lock file holds the owner's process id; one whose process is no longer running is from a
 * crash and is taken over, so a crash or a kill never blocks the next start.
 */
export class DataFolderLock {
  private released = false;

  private constructor(
    readonly path: string,
    private readonly token: string,
  ) {}

  /**
   * Takes the lock on `dataDir`, or throws an AppFailure naming the folder when another running
   * process holds it. Other errors (a read-only folder, a full disk) are thrown as they are.
   */
  static async take(dataDir: string): Promise<DataFolderLock> {
    const path = join(dataDir, LOCK_FILE_NAME);
    const token = randomBytes(8).toString('hex');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        // 'wx' fails if the file exists: of two processes starting at once, exactly one creates it.
        await writeFile(path, `${process.pid}\n${token}\n`, { flag: 'wx' });
        const lock = new DataFolderLock(path, token);
        lock.holdUntilExit();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (await isHeldByRunningProcess(path)) throw alreadyOpen(dataDir);
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    throw alreadyOpen(dataDir);
  }

  /** Removes the lock file if it is still this lock's. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    if ((await readFile(this.path, 'utf8').catch(() => '')) === this.contents()) {
      await unlink(this.path).catch(() => undefined);
    }
  }

  private contents(): string {
    return `${process.pid}\n${this.token}\n`;
  }

  private holdUntilExit(): void {
    held.add(this);
    if (releaseOnExitRegistered) return;
    releaseOnExitRegistered = true;
    // 'exit' listeners must be synchronous.
    process.on('exit', () => {
      for (const lock of held) {
        try {
          if (readFileSync(lock.path, 'utf8') === lock.contents()) unlinkSync(lock.path);
        } catch {
          // Gone already, or the folder went away: nothing to release.
        }
      }
    });
  }
}

/**
 * False for a lock left by a crash: its process is gone, or it was written before the computer
 * last started (so its process id may now belong to something else). A lock this very process
 * wrote is from an earlier store in it that was never closed (tests reopen to simulate a restart):
 * the guard is against other processes.
 */
async function isHeldByRunningProcess(path: string): Promise<boolean> {
  let text: string;
  let writtenAt: number;
  try {
    [text, writtenAt] = await Promise.all([readFile(path, 'utf8'), stat(path).then((info) => info.mtimeMs)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const pid = Number(text.split('\n')[0]);
  // Empty or garbled: a crash while the lock was being written.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  if (writtenAt < Date.now() - uptime() * 1000) return false;
  return isRunning(pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function alreadyOpen(dataDir: string): AppFailure {
  return new AppFailure(
    'store-unavailable',
    `IR Match Planner is already open with this data folder (${dataDir}), in another window or browser preview. ` +
      'Use that one, or close it and start again: two open at once would overwrite each other’s changes. ' +
      `If it is not open anywhere, delete the file ${LOCK_FILE_NAME} in that folder and start again.`,
  );
}
