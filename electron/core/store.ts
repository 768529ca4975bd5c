import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { BackupReason } from '../../shared/backup-policy';
import { loadDocument, loadDocumentText } from '../../shared/document-loading';
import type { BackupInfo, StoreNotice } from '../../shared/ipc/app-info';
import { AppFailure } from '../../shared/result';
import { emptyDocument, type AppDocument } from '../../shared/schema/document';
import { BackupFolder } from './backup-folder';
import { DurableJsonFile, removeLeftoverTempFiles, serializeDocument } from './durable-json-file';

export const DATA_FILE_NAME = 'ir-match-planner.json';
const FIVE_MINUTES = 5 * 60 * 1000;

export interface StoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Least time between the automatic backups taken after changes. */
  changeBackupIntervalMs?: number;
}

/**
 * The only code that touches the data file. One lowdb instance; every read from
 * disk is validated; writes are serialised and durable; damaged files are
 * quarantined, never overwritten; files from a newer app are left alone.
 */
export class Store {
  readonly dataFile: string;
  readonly backups: BackupFolder;
  readonly notices: StoreNotice[] = [];
  status: 'ready' | 'newer-version' = 'ready';

  private readonly file: DurableJsonFile<AppDocument>;
  private readonly db: Low<AppDocument>;
  private readonly now: () => Date;
  private readonly changeBackupIntervalMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private lastChangeBackupAt = 0;

  private constructor(readonly dataDir: string, options: StoreOptions) {
    this.dataFile = join(dataDir, DATA_FILE_NAME);
    this.backups = new BackupFolder(join(dataDir, 'backups'));
    this.now = options.now ?? (() => new Date());
    this.changeBackupIntervalMs = options.changeBackupIntervalMs ?? FIVE_MINUTES;
    this.file = new DurableJsonFile<AppDocument>(this.dataFile);
    this.db = new Low<AppDocument>(this.file, emptyDocument(this.now()));
  }

  static async open(options: StoreOptions): Promise<Store> {
    const store = new Store(options.dataDir, options);
    try {
      await mkdir(options.dataDir, { recursive: true });
      await store.load();
    } catch (error) {
      throw openFailure(error, options.dataDir);
    }
    if (store.status === 'ready') {
      // One app instance owns the folder, so temp files present now are from a write a crash cut short.
      await removeLeftoverTempFiles(store.dataDir, (name) => name === DATA_FILE_NAME);
      await removeLeftoverTempFiles(store.backups.dir, (name) => store.backups.owns(name));
      await store.takeBackup('start');
    }
    return store;
  }

  /** The current document. Treat it as read-only: change it through `update`. */
  get document(): AppDocument {
    if (this.status === 'newer-version') {
      throw new AppFailure(
        'store-unavailable',
        'Your data file was written by a newer version of IR Match Planner. Update the app to open it; the file has not been changed.',
      );
    }
    return this.db.data;
  }

  /** Applies `change` (which returns a new document) after every earlier write, and resolves once it is on disk. */
  update(change: (doc: AppDocument) => AppDocument): Promise<AppDocument> {
    return this.enqueue(async () => {
      const previous = this.document;
      const next = change(previous);
      await this.writeOrRollBack(next, previous);
      await this.backupAfterChange();
      return next;
    });
  }

  /** Replaces everything (import, restore, sample), keeping a backup of what was there. */
  replace(next: AppDocument, reason: BackupReason): Promise<AppDocument> {
    return this.enqueue(async () => {
      const previous = this.document;
      try {
        await this.backups.write(serializeDocument(previous), reason, this.now(), previous);
      } catch (error) {
        // No backup of what is there, no replacing it.
        throw writeFailure(error, this.dataDir);
      }
      await this.writeOrRollBack(next, previous);
      await this.backups.prune(this.now());
      return next;
    });
  }

  async restoreBackup(name: string): Promise<BackupInfo> {
    const refs = await this.backups.list();
    const ref = refs.find((candidate) => candidate.name === name);
    if (!ref) throw new AppFailure('not-found', 'That backup no longer exists. Refresh the list and pick another.');
    const loaded = await this.backups.readDocument(name, this.now());
    if (!loaded.ok) throw new AppFailure('validation', `That backup cannot be restored: ${loaded.message}`);
    // Described first: the backup taken before restoring may prune this one.
    const [info] = await this.backups.describe([ref], this.now());
    if (!info) throw new AppFailure('not-found', 'That backup no longer exists. Refresh the list and pick another.');
    await this.replace(loaded.doc, 'pre-restore');
    return info;
  }

  /** The newest backup taken for one of `reasons`, read and upgraded; null if there is none or it no longer reads. */
  async newestBackupDocument(reasons: readonly BackupReason[]): Promise<AppDocument | null> {
    const newest = (await this.backups.list())
      .filter((ref) => reasons.includes(ref.reason))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!newest) return null;
    const loaded = await this.backups.readDocument(newest.name, this.now());
    return loaded.ok ? loaded.doc : null;
  }

  async listBackups(): Promise<BackupInfo[]> {
    return this.backups.describe(await this.backups.list(), this.now());
  }

  /** Resolves once every write queued so far is on disk (used before quitting). */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async writeOrRollBack(next: AppDocument, previous: AppDocument): Promise<void> {
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw writeFailure(error, this.dataDir);
    }
  }

  private async load(): Promise<void> {
    let file: Awaited<ReturnType<DurableJsonFile<AppDocument>['readUnchecked']>>;
    try {
      file = await this.file.readUnchecked();
    } catch (error) {
      if (error instanceof SyntaxError) return this.quarantine('The file is not valid JSON; it may have been cut short.');
      throw error;
    }
    if (!file.exists) {
      this.db.data = emptyDocument(this.now());
      await this.db.write();
      return;
    }
    const raw = file.value;
    const loaded = loadDocument(raw, this.now());
    if (loaded.ok) {
      this.db.data = loaded.doc;
      if (loaded.upgradedFrom !== null) {
        await this.backups.write(serializeDocument(raw), 'pre-migration', this.now());
        await this.db.write();
      }
      return;
    }
    if (loaded.kind === 'newer') {
      this.status = 'newer-version';
      this.notices.push({
        kind: 'newer-version',
        title: 'This data file needs a newer version of the app',
        message: `${loaded.message} Nothing has been changed, and nothing will be saved until then.`,
        path: this.dataFile,
      });
      return;
    }
    return this.quarantine(loaded.message);
  }

  /** Keeps a copy of the damaged file (never overwriting one) and restores the newest good backup over it. */
  private async quarantine(reason: string): Promise<void> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const quarantined = join(this.dataDir, `${DATA_FILE_NAME.replace(/\.json$/, '')}.corrupt-${stamp}.json`);
    // Copied, not moved: if the restored data cannot be written (disk full, read-only
    // folder), the damaged file stays in place and the next start tries again,
    // rather than finding no file and silently starting empty.
    await copyFile(this.dataFile, quarantined, constants.COPYFILE_EXCL);

    for (const ref of await this.backups.list()) {
      const loaded = loadDocumentText(await this.backups.read(ref.name).catch(() => ''), this.now());
      if (!loaded.ok) continue;
      this.db.data = loaded.doc;
      await this.db.write();
      this.notices.push({
        kind: 'recovered',
        title: 'Your data file was damaged and has been restored from a backup',
        message: `${reason} The damaged file was kept, unchanged, at the path below. Your data was restored from the backup taken ${ref.createdAt.toLocaleString()}; changes made after that backup may be missing.`,
        path: quarantined,
      });
      return;
    }
    this.db.data = emptyDocument(this.now());
    await this.db.write();
    this.notices.push({
      kind: 'started-empty',
      title: 'Your data file was damaged and no backup could be used',
      message: `${reason} The damaged file was kept, unchanged, at the path below, and the app started with empty data.`,
      path: quarantined,
    });
  }

  private async backupAfterChange(): Promise<void> {
    if (this.now().getTime() - this.lastChangeBackupAt < this.changeBackupIntervalMs) return;
    await this.takeBackup('change');
  }

  /** A failed backup must not fail the save that triggered it; it is reported once instead. */
  private async takeBackup(reason: BackupReason): Promise<void> {
    const now = this.now();
    try {
      await this.backups.write(serializeDocument(this.db.data), reason, now, this.db.data);
      await this.backups.prune(now);
      this.lastChangeBackupAt = now.getTime();
    } catch (error) {
      if (this.notices.some((notice) => notice.kind === 'backup-failed')) return;
      this.notices.push({
        kind: 'backup-failed',
        title: 'A backup could not be written',
        message: `Your data is saved, but the automatic backup failed (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
        path: this.backups.dir,
      });
    }
  }
}

/** Start-up could not read or prepare the data file; nothing was changed. */
function openFailure(error: unknown, dataDir: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof AppFailure || typeof code !== 'string') return error;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder cannot be written to'
        : `of an error (${code})`;
  return new AppFailure(
    'io',
    `IR Match Planner cannot open its data in ${dataDir} because ${why}. Nothing was changed; fix that and start the app again.`,
  );
}

function writeFailure(error: unknown, dataDir: string): AppFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') {
    return new AppFailure('io', 'The disk is full, so your change was not saved. Free some space and try again.');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppFailure(
      'io',
      `IR Match Planner cannot write to its data folder (${dataDir}), so your change was not saved. Check that the folder is writable.`,
    );
  }
  return new AppFailure('io', `Your change could not be saved (${code ?? 'unexpected error'}). Nothing was lost; try again.`);
}
