import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { contentsOfDocument, contentsOfLoaded, type BackupContents } from '../../shared/backup-contents';
import {
  backupFileName,
  backupsToPrune,
  CONTENT_HASH_LENGTH,
  parseBackupFileName,
  type BackupReason,
  type BackupRef,
} from '../../shared/backup-policy';
import { loadDocumentText, type LoadedDocument } from '../../shared/document-loading';
import type { BackupInfo } from '../../shared/ipc/app-info';
import type { AppDocument } from '../../shared/schema/document';
import { BACKUP_CONTENTS_INDEX_NAME, BackupContentsIndex } from './backup-contents-index';
import { writeDurably } from './durable-json-file';

/** The hash a backup's name records: the start of the sha256 of the bytes written. */
export function backupContentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, CONTENT_HASH_LENGTH);
}

/** The `backups/` folder beside the data file: write, list, read and prune. */
export class BackupFolder {
  /** What each backup holds, so each file is read and checked once, not at every listing. */
  private readonly index: BackupContentsIndex;

  constructor(readonly dir: string) {
    this.index = new BackupContentsIndex(join(dir, BACKUP_CONTENTS_INDEX_NAME));
  }

  /** Files of this folder's own: the backups and their index (for clearing up after a crash). */
  owns(name: string): boolean {
    return parseBackupFileName(name) !== null || name === BACKUP_CONTENTS_INDEX_NAME;
  }

  /** `doc`, when `text` is that document serialised, spares reading the file back to list it. */
  async write(text: string, reason: BackupReason, now: Date, doc?: AppDocument): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const hash = backupContentHash(text);
    let name = backupFileName(now, reason, hash);
    // Two backups in the same millisecond (tests, quick restores) must not collide.
    for (let bump = 1; (await this.exists(name)) && bump < 1000; bump += 1) {
      name = backupFileName(new Date(now.getTime() + bump), reason, hash);
    }
    await writeDurably(join(this.dir, name), text);
    // Saved to disk with the prune that follows every backup the store takes.
    if (doc) this.index.set(name, Buffer.byteLength(text), contentsOfDocument(doc));
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

  /**
   * Each backup with its size and whose data it holds; one pruned meanwhile is left out. One file
   * at a time, so a first listing holds one large backup in memory, not twenty.
   */
  async describe(refs: readonly BackupRef[], now: Date): Promise<BackupInfo[]> {
    await this.index.load();
    const infos: BackupInfo[] = [];
    for (const ref of refs) {
      const info = await this.describeOne(ref, now);
      if (info) infos.push(info);
    }
    await this.index.save();
    return infos;
  }

  read(name: string): Promise<string> {
    return readFile(join(this.dir, name), 'utf8');
  }

  /** Reads and checks a backup exactly as a restore does, remembering what it holds for the list. */
  async readDocument(name: string, now: Date): Promise<LoadedDocument> {
    const text = await this.read(name);
    const loaded = loadDocumentText(text, now);
    await this.index.load();
    this.index.set(name, Buffer.byteLength(text), contentsOfLoaded(loaded));
    return loaded;
  }

  async prune(now: Date): Promise<void> {
    const refs = await this.list();
    const pruned = new Set(backupsToPrune(refs, now).map((ref) => ref.name));
    for (const name of pruned) await unlink(join(this.dir, name)).catch(() => undefined);
    await this.index.load();
    this.index.retainOnly(new Set(refs.map((ref) => ref.name).filter((name) => !pruned.has(name))));
    await this.index.save();
  }

  private async describeOne(ref: BackupRef, now: Date): Promise<BackupInfo | null> {
    let sizeBytes: number;
    try {
      sizeBytes = (await stat(join(this.dir, ref.name))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let contents = this.index.get(ref.name, sizeBytes);
    if (!contents) {
      contents = await this.readContents(ref.name, now);
      this.index.set(ref.name, sizeBytes, contents);
    }
    return { name: ref.name, createdAt: ref.createdAt.toISOString(), reason: ref.reason, sizeBytes, contents };
  }

  private async readContents(name: string, now: Date): Promise<BackupContents> {
    try {
      return contentsOfLoaded(loadDocumentText(await this.read(name), now));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'the app is not allowed to read it' : code === 'EISDIR' ? 'it is a folder' : 'reading it failed';
      return { kind: 'damaged', message: `The file cannot be read: ${why}.` };
    }
  }

  private async exists(name: string): Promise<boolean> {
    return stat(join(this.dir, name)).then(
      () => true,
      () => false,
    );
  }
}
