import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  backupFileName,
  backupsToPrune,
  parseBackupFileName,
  type BackupReason,
  type BackupRef,
} from '../../shared/backup-policy';
import type { BackupInfo } from '../../shared/ipc/app-info';
import { writeDurably } from './durable-json-file';

/** The `backups/` folder beside the data file: write, list, read and prune. */
export class BackupFolder {
  constructor(readonly dir: string) {}

  async write(text: string, reason: BackupReason, now: Date): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    let name = backupFileName(now, reason);
    // Two backups in the same millisecond (tests, quick restores) must not collide.
    for (let bump = 1; (await this.exists(name)) && bump < 1000; bump += 1) {
      name = backupFileName(new Date(now.getTime() + bump), reason);
    }
    await writeDurably(join(this.dir, name), text);
    return name;
  }

  async list(): Promise<BackupRef[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map(parseBackupFileName)
      .filter((ref): ref is BackupRef => ref !== null)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  async describe(refs: readonly BackupRef[]): Promise<BackupInfo[]> {
    return Promise.all(
      refs.map(async (ref) => ({
        name: ref.name,
        createdAt: ref.createdAt.toISOString(),
        reason: ref.reason,
        sizeBytes: (await stat(join(this.dir, ref.name))).size,
      })),
    );
  }

  read(name: string): Promise<string> {
    return readFile(join(this.dir, name), 'utf8');
  }

  async prune(now: Date): Promise<void> {
    for (const ref of backupsToPrune(await this.list(), now)) {
      await unlink(join(this.dir, ref.name)).catch(() => undefined);
    }
  }

  private async exists(name: string): Promise<boolean> {
    return stat(join(this.dir, name)).then(
      () => true,
      () => false,
    );
  }
}
