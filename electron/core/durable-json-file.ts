import { open, readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Adapter } from 'lowdb';

/**
 * Writes `text` so that once the promise resolves it survives a crash or power
 * loss: temp file + fsync + rename (write-file-atomic), then fsync of the folder
 * so the rename itself is on disk. lowdb's default writer skips both fsyncs.
 */
export async function writeDurably(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { fsync: true });
  await fsyncDirectory(dirname(path));
}

/**
 * Deletes the temp files (`<name>.<number>`) that write-file-atomic leaves when the
 * process is killed mid-write; each is a full copy of a file and nothing reads it.
 * Best effort: a file that cannot be removed is left.
 */
export async function removeLeftoverTempFiles(dir: string, isOwnFile: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^(.+)\.\d+$/.exec(name);
    if (match && isOwnFile(match[1]!)) await unlink(join(dir, name)).catch(() => undefined);
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot open a folder for fsync.
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * lowdb adapter: durable writes, and reads that hand back whatever JSON is on
 * disk. The result is *unchecked*: the store validates it before use, and a
 * SyntaxError from a damaged file propagates so the store can quarantine it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    const file = await this.readUnchecked();
    return file.exists ? (file.value as T) : null;
  }

  /**
   * Tells a missing file apart from one holding `null`, `false` or `0`, which
   * lowdb's own `read()` would silently replace with its default.
   */
  async readUnchecked(): Promise<{ exists: false } | { exists: true; value: unknown }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
      throw error;
    }
    return { exists: true, value: JSON.parse(text) as unknown };
  }

  async write(data: T): Promise<void> {
    await writeDurably(this.path, serializeDocument(data));
  }
}

export function serializeDocument(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
