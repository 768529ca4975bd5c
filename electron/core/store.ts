import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { contentsOfDocument, describeBackupContents } from '../../shared/backup-contents';
import { BACKUP_REASON_LABELS, backupReasonAfterReplacing, type BackupReason, type BackupRef } from '../../shared/backup-policy';
import { holdsApplicantData } from '../../shared/document-contents';
import { loadDocument, loadDocumentText } from '../../shared/document-loading';
import type { BackupInfo, StoreNotice } from '../../shared/ipc/app-info';
import { localFileStamp } from '../../shared/local-file-stamp';
import { AppFailure } from '../../shared/result';
import { emptyDocument, type AppDocument } from '../../shared/schema/document';
import { BackupFolder } from './backup-folder';
import { DataFolderLock } from './data-folder-lock';
import { DurableJsonFile, removeLeftoverTempFiles, serializeDocument } from './durable-json-file';
import {
  DATA_FILE_NAME,
  backupProblem,
  cannotSaveBecause,
  cannotSaveNotice,
  describeDamage,
  openFailure,
  writeFailure,
  type CannotSave,
} from './store-messages';

export { DATA_FILE_NAME } from './store-messages';
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
 * quarantined, never overwritten; files from a newer app are left alone; one
 * process at a time has the folder open.
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
  private lock: DataFolderLock | null = null;
  /** There was no data file at start: it was deleted or moved, or this is a first start. */
  private fileWasMissing = false;
  private cannotSave: CannotSave = null;

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
      await store.takeLock();
      await store.load();
    } catch (error) {
      await store.lock?.release();
      throw openFailure(error, options.dataDir);
    }
    if (store.cannotSave) {
      store.notices.push(cannotSaveNotice(store.cannotSave, store.dataDir));
    } else if (store.status === 'ready') {
      await mkdir(store.backups.dir, { recursive: true });
      // The lock says no other process has the folder, so temp files present now are from a write a crash cut short.
      await removeLeftoverTempFiles(store.dataDir, (name) => name === DATA_FILE_NAME);
      await removeLeftoverTempFiles(store.backups.dir, (name) => store.backups.owns(name));
      // A backup of nothing entered would only push older backups, perhaps of real data, out.
      if (!holdsNothing(store.db.data)) await store.takeBackup('start');
      else if (store.notices.length === 0) await store.pointToBackupOfData();
    }
    return store;
  }

  /** Waits for queued writes, then lets another process open the folder. */
  async close(): Promise<void> {
    await this.flush();
    await this.lock?.release();
    this.lock = null;
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

  /**
   * Replaces everything (import, restore, sample), keeping a backup of what was there, then one of
   * what is there now, so the newest backup (which a damaged-file recovery takes) is not the data
   * the user chose to replace.
   */
  replace(next: AppDocument, reason: BackupReason): Promise<AppDocument> {
    return this.enqueue(async () => {
      const previous = this.document;
      const before = this.now();
      try {
        await this.backups.write(serializeDocument(previous), reason, before, previous);
      } catch (error) {
        // No backup of what is there, no replacing it.
        throw writeFailure(error, this.dataDir);
      }
      await this.writeOrRollBack(next, previous);
      await this.takeBackup(backupReasonAfterReplacing(reason), laterThan(before, this.now()));
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

  /** Takes the folder's lock; a folder that cannot be written to opens without one, to be read only. */
  private async takeLock(): Promise<void> {
    try {
      this.lock = await DataFolderLock.take(this.dataDir);
    } catch (error) {
      this.cannotSave = cannotSaveBecause(error);
      if (!this.cannotSave) throw error;
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
      this.fileWasMissing = true;
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
    return this.quarantine(describeDamage(raw, loaded.message));
  }

  /**
   * The app starts with nothing entered, but a backup here holds the applicant's data: say which
   * one, rather than silently showing an empty app, at every start until there is data again. When
   * the data file itself was missing (deleted, moved, a sync tool), a copy of that backup is kept
   * among the undo backups, so the backups of the new, empty start never prune it away. Best effort:
   * a backup that cannot be listed or read must not keep the app from starting.
   */
  private async pointToBackupOfData(): Promise<void> {
    try {
      for (const ref of await this.backups.list()) {
        const [info] = await this.backups.describe([ref], this.now());
        if (info?.contents.kind !== 'data' || !info.contents.ownData) continue;
        const holds = `the newest, taken ${takenAt(ref)}, holds ${describeBackupContents(info.contents)}`;
        if (this.fileWasMissing) await this.keepCopyOf(ref);
        this.notices.push(
          this.fileWasMissing
            ? {
                kind: 'started-empty',
                title: 'Your data file was missing, so the app started empty',
                message:
                  `There was no data file in the folder below, but a backup there holds your data: ${holds}. ` +
                  `A copy of it is kept at the top of the Backups list (“${BACKUP_REASON_LABELS['kept-missing-data']}”). ` +
                  'To get it back, restore it in Settings & data, under Backups.',
                path: this.dataDir,
              }
            : {
                kind: 'started-empty',
                title: 'Nothing is entered, but a backup holds your data',
                message:
                  `The data file in the folder below holds nothing yet, but a backup there holds your data: ${holds}. ` +
                  'To get it back, restore it in Settings & data, under Backups. If you emptied the app on purpose, there is nothing to do.',
                path: this.dataDir,
              },
        );
        return;
      }
    } catch {
      // No notice is better than no app.
    }
  }

  /** A copy of backup `ref` as an undo backup, unless it is one already. */
  private async keepCopyOf(ref: BackupRef): Promise<void> {
    if (ref.reason === 'kept-missing-data') return;
    const text = await this.backups.read(ref.name);
    const loaded = loadDocumentText(text, this.now());
    if (!loaded.ok) return;
    const at = this.now();
    await this.backups.write(text, 'kept-missing-data', at, loaded.doc);
    await this.backups.prune(at);
  }

  /** Keeps a copy of the damaged file (never overwriting one) and restores the newest good backup over it. */
  private async quarantine(damage: string): Promise<void> {
    // Copied, not moved: if the restored data cannot be written (disk full, read-only
    // folder), the damaged file stays in place and the next start tries again,
    // rather than finding no file and silently starting empty.
    const quarantined = await this.copyDamagedFile();

    for (const ref of await this.backups.list()) {
      const loaded = loadDocumentText(await this.backups.read(ref.name).catch(() => ''), this.now());
      if (!loaded.ok) continue;
      this.db.data = loaded.doc;
      await this.db.write();
      this.notices.push({
        kind: 'recovered',
        title: 'Your data file was damaged and has been restored from a backup',
        message:
          `${damage}\n\nYour data was restored to how it was on ${takenAt(ref)}: ${describeBackupContents(contentsOfDocument(loaded.doc))}. ` +
          'Changes made after that backup may be missing. The damaged file was kept, unchanged, at the path below.',
        path: quarantined,
      });
      return;
    }
    this.db.data = emptyDocument(this.now());
    await this.db.write();
    this.notices.push({
      kind: 'started-empty',
      title: 'Your data file was damaged and no backup could be used',
      message: `${damage}\n\nThe app started with empty data. The damaged file was kept, unchanged, at the path below.`,
      path: quarantined,
    });
  }

  /** `ir-match-planner.corrupt-<local date and time>.json` beside the data file, never overwriting one. */
  private async copyDamagedFile(): Promise<string> {
    const stamp = localFileStamp(this.now());
    const base = DATA_FILE_NAME.replace(/\.json$/, '');
    for (let copy = 1; ; copy += 1) {
      const path = join(this.dataDir, `${base}.corrupt-${stamp}${copy === 1 ? '' : `-${copy}`}.json`);
      try {
        await copyFile(this.dataFile, path, constants.COPYFILE_EXCL);
        return path;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || copy >= 100) throw error;
      }
    }
  }

  private async backupAfterChange(): Promise<void> {
    if (this.now().getTime() - this.lastChangeBackupAt < this.changeBackupIntervalMs) return;
    await this.takeBackup('change');
  }

  /** A failed backup must not fail the save that triggered it; it is reported once instead. */
  private async takeBackup(reason: BackupReason, at: Date = this.now()): Promise<void> {
    try {
      await this.backups.write(serializeDocument(this.db.data), reason, at, this.db.data);
      await this.backups.prune(at);
      this.lastChangeBackupAt = at.getTime();
    } catch (error) {
      if (this.notices.some((notice) => notice.kind === 'backup-failed')) return;
      this.notices.push({
        kind: 'backup-failed',
        title: 'A backup could not be written',
        message: `Your data is saved, but the automatic backup could not be written because ${backupProblem(error)}. The app tries again after your next change.`,
        path: this.backups.dir,
      });
    }
  }
}

/** A new, empty file: nothing of the applicant's, and not the sample. */
const holdsNothing = (doc: AppDocument) => !doc.meta.sample && !holdsApplicantData(doc);

/** As the Backups list shows it, so the user can find the same row there. */
const takenAt = (ref: BackupRef) => ref.createdAt.toLocaleString();

/** `now`, or just after `earlier` when the clock has not moved on (so the two backups sort in the order taken). */
const laterThan = (earlier: Date, now: Date) => new Date(Math.max(now.getTime(), earlier.getTime() + 1));
