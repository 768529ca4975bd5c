import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackupFileName } from '../../shared/backup-policy';
import { loadDocumentText } from '../../shared/document-loading';
import { DATA_FILE_NAME } from '../../electron/core/store';
import { counterOf } from './crash-counter';

export type FileVerdict = { kind: 'ok'; counter: number } | { kind: 'unreadable' | 'invalid'; reason: string };

/** Reads a file the way the Store does (JSON, then migrate + validate); a missing file is `missing`. */
export async function checkDocumentFile(path: string): Promise<FileVerdict | 'missing'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    return { kind: 'unreadable', reason: `cannot read the file (${code ?? 'error'})` };
  }
  const loaded = loadDocumentText(text, new Date());
  if (loaded.ok) return { kind: 'ok', counter: counterOf(loaded.doc) };
  return { kind: loaded.kind === 'unparseable' ? 'unreadable' : 'invalid', reason: loaded.message };
}

/** Backups the app would offer to restore; each must open as well as the data file. */
export async function backupNames(backupsDir: string): Promise<string[]> {
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  return names.filter((name) => parseBackupFileName(name) !== null);
}

/**
 * Files a killed write left behind: write-file-atomic writes `<name>.<hash>` and
 * renames it, and cannot clean up after SIGKILL. The app never reads them.
 */
export async function leftoverTempFiles(dataDir: string): Promise<number> {
  const isTemp = (name: string) => /\.json\.\d+$/.test(name);
  const top = (await readdir(dataDir).catch(() => [] as string[])).filter((name) => name !== DATA_FILE_NAME && isTemp(name));
  const inBackups = (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter(isTemp);
  return top.length + inBackups.length;
}
