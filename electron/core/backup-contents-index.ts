import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { backupContentsSchema, type BackupContents } from '../../shared/backup-contents';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/document';
import writeFileAtomic from 'write-file-atomic';

/** Beside the backups; not a backup itself (its name does not parse as one). */
export const BACKUP_CONTENTS_INDEX_NAME = 'contents-index.json';

const entrySchema = z.object({ sizeBytes: z.number().int().nonnegative(), contents: backupContentsSchema });
type Entry = z.infer<typeof entrySchema>;

const indexSchema = z.object({
  // What a backup holds is as this data format reads it: another app version (a newer format
  // that now reads, say) starts the index again.
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  entries: z.record(z.string(), z.unknown()),
});

/**
 * What each backup holds, by file name, kept on disk so a listing after a restart need not read
 * and check every backup (about 0.3 s each for a 3.7 MB file). Backup files are never rewritten;
 * a size that differs from the one recorded reads the file again. Only a cache: missing, damaged
 * or unwritable, it is rebuilt from the backups, so its failures are never the user's problem.
 */
export class BackupContentsIndex {
  private readonly entries = new Map<string, Entry>();
  private loading: Promise<void> | null = null;
  private changed = false;

  constructor(private readonly path: string) {}

  get(name: string, sizeBytes: number): BackupContents | undefined {
    const entry = this.entries.get(name);
    return entry?.sizeBytes === sizeBytes ? entry.contents : undefined;
  }

  set(name: string, sizeBytes: number, contents: BackupContents): void {
    this.entries.set(name, { sizeBytes, contents });
    this.changed = true;
  }

  /** Forgets every backup but `names` (the ones still in the folder). */
  retainOnly(names: ReadonlySet<string>): void {
    for (const name of this.entries.keys()) {
      if (!names.has(name)) this.changed = this.entries.delete(name) || this.changed;
    }
  }

  /** Reads the index once; entries already set in memory (newer) win. */
  load(): Promise<void> {
    this.loading ??= this.readFromDisk();
    return this.loading;
  }

  /** Writes the index if anything changed since the last save. Never throws. */
  async save(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    try {
      // Whole or absent (temp file and rename), but not forced to disk: a cache lost to a power cut
      // is rebuilt, and two more fsyncs on every start and backup are not worth keeping it.
      await writeFileAtomic(this.path, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, entries: Object.fromEntries(this.entries) }), { fsync: false });
    } catch {
      this.changed = true; // Tried again with the next save.
    }
  }

  private async readFromDisk(): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.path, 'utf8'));
    } catch {
      return; // Missing or damaged: rebuilt as backups are listed.
    }
    const index = indexSchema.safeParse(raw);
    if (!index.success) return;
    for (const [name, value] of Object.entries(index.data.entries)) {
      const entry = entrySchema.safeParse(value);
      if (entry.success && !this.entries.has(name)) this.entries.set(name, entry.data);
    }
  }
}
