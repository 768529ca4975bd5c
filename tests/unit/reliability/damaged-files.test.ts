// Damaged files and failing disks beyond what tests/unit/spine/store.test.ts covers
// (quarantine + restore of truncated, random, empty and wrong-shape files, a newer
// format, and a failed data-file write are tested there). Tests run as root here,
// where chmod cannot make a folder read-only, so "read-only" and "disk full" are
// simulated by making the writes fail with EROFS or ENOSPC.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { DATA_FILE_NAME, Store } from '../../../electron/core/store';
import { serializeDocument } from '../../../electron/core/durable-json-file';
import { cleanupTempDirs, listDir, makeTempDir, readBytes, validProfile } from '../spine/helpers';
import { expectReadable } from './readable-error';

type Target = 'data-file' | 'everything' | null;
const failure = vi.hoisted(() => ({ code: 'ENOSPC', target: null as Target }));
const failWith = () => Object.assign(new Error(`simulated ${failure.code}`), { code: failure.code });
const hits = (path: string) =>
  failure.target === 'everything' || (failure.target === 'data-file' && path.endsWith('ir-match-planner.json'));

vi.mock('write-file-atomic', async (importOriginal) => {
  type WriteFileAtomic = (path: string, data: string, options?: unknown) => Promise<void>;
  const actual = await importOriginal<{ default: WriteFileAtomic }>();
  const write: WriteFileAtomic = (path, data, options) => (hits(path) ? Promise.reject(failWith()) : actual.default(path, data, options));
  return { ...actual, default: write };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const copyFile: typeof actual.copyFile = (source, destination, mode) =>
    failure.target === 'everything' ? Promise.reject(failWith()) : actual.copyFile(source, destination, mode);
  // Creating the data folder's lock file is the first write a start makes.
  const writeFile: typeof actual.writeFile = (path, data, options) =>
    failure.target === 'everything' ? Promise.reject(failWith()) : actual.writeFile(path, data, options);
  return { ...actual, copyFile, writeFile };
});

let dataDir: string;
let dataFile: string;
const corruptFiles = async () => (await readdir(dataDir)).filter((name) => name.includes('.corrupt-'));

beforeEach(async () => {
  failure.target = null;
  dataDir = await makeTempDir('irmp-damaged-');
  dataFile = join(dataDir, DATA_FILE_NAME);
});

afterEach(async () => {
  failure.target = null;
  await cleanupTempDirs();
});

/** A raw error code (EROFS, EACCES) in a message meant for the user. */
const ERROR_CODE = /\bE[A-Z]{3,}\b/;
/** The message without the data folder's path, whose random letters could spell a code. */
const withoutFolder = (message: string) => message.split(dataDir).join('<folder>');

async function storeWith(name: string): Promise<Store> {
  const store = await Store.open({ dataDir, changeBackupIntervalMs: 0 });
  await store.update((doc) => ({ ...doc, profile: validProfile({ fullName: name }) }));
  return store;
}

describe.each(['EROFS', 'EACCES'])('a read-only data folder (%s)', (code) => {
  beforeEach(() => {
    failure.code = code;
  });

  it('opens existing data, says at once that changes cannot be saved, and refuses saves clearly with nothing changed', async () => {
    await storeWith('Read Only Rae');
    const bytes = await readBytes(dataFile);
    const backups = await listDir(join(dataDir, 'backups'));
    failure.target = 'everything';

    const store = await Store.open({ dataDir });
    expect(store.document.profile?.fullName).toBe('Read Only Rae');
    // Not "a backup could not be written", as if saving worked: one notice saying nothing can be saved.
    expect(store.notices).toEqual([
      expect.objectContaining({ title: 'Changes cannot be saved: the data folder is read-only', path: dataDir }),
    ]);
    expect(store.notices[0]!.message).toMatch(/cannot write to the folder below, so nothing you change will be kept/);
    expect(withoutFolder(store.notices[0]!.message)).not.toMatch(ERROR_CODE);
    expect(await listDir(join(dataDir, 'backups'))).toEqual(backups);

    const context = { store, platform: { shell: 'preview' as const, version: '0' } };
    const result = await dispatch(handlers, context, 'profile:save', validProfile({ fullName: 'Lost Lee' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining(dataDir) } });
    if (!result.ok) expectReadable(result.error.message, 'read-only save');
    expect(store.document.profile?.fullName).toBe('Read Only Rae');
    expect((await readBytes(dataFile))?.equals(bytes!)).toBe(true);
  });

  it('refuses a first start clearly, naming the folder', async () => {
    failure.target = 'everything';
    const opening = Store.open({ dataDir });
    await expect(opening).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(dataDir) });
    await expect(opening).rejects.toThrow(/cannot be written to.*Nothing was changed/);
    const message = await opening.then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(withoutFolder(message)).not.toMatch(ERROR_CODE);
  });

  it('leaves a damaged file exactly where it was, and recovers it once the folder is writable', async () => {
    await storeWith('Backed Up Bea');
    await writeFile(dataFile, '{"schemaVersion": 2, "prof');
    failure.target = 'everything';
    await expect(Store.open({ dataDir })).rejects.toMatchObject({ code: 'io' });
    expect(await readBytes(dataFile)).toEqual(Buffer.from('{"schemaVersion": 2, "prof'));
    expect(await corruptFiles()).toEqual([]);

    failure.target = null;
    const store = await Store.open({ dataDir });
    expect(store.document.profile?.fullName).toBe('Backed Up Bea');
    expect(store.notices.map((notice) => notice.kind)).toEqual(['recovered']);
  });
});

describe('a full disk (ENOSPC)', () => {
  beforeEach(() => {
    failure.code = 'ENOSPC';
  });

  it('an import whose safety backup cannot be written is refused as io, with nothing changed', async () => {
    const store = await storeWith('Keep Kim');
    const bytes = await readBytes(dataFile);
    const backups = await listDir(store.backups.dir);
    failure.target = 'everything';

    const json = serializeDocument({ schemaVersion: 1, profile: validProfile({ fullName: 'Imported Ivy' }) });
    const result = await dispatch(handlers, { store, platform: { shell: 'preview', version: '0' } }, 'data:import', { json });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/disk is full/) } });
    expect(store.document.profile?.fullName).toBe('Keep Kim');
    expect((await readBytes(dataFile))?.equals(bytes!)).toBe(true);
    expect(await listDir(store.backups.dir)).toEqual(backups);
  });

  it('opens existing data on a full disk, saying at once that changes cannot be saved', async () => {
    await storeWith('Full Fran');
    failure.target = 'everything';
    const store = await Store.open({ dataDir });
    expect(store.document.profile?.fullName).toBe('Full Fran');
    expect(store.notices).toEqual([expect.objectContaining({ title: 'Changes cannot be saved: the disk is full', path: dataDir })]);
    expect(store.notices[0]!.message).toMatch(/Free some space on that disk, then start the app again\.$/);
  });

  it('a save still succeeds when only its automatic backup fails, with one notice', async () => {
    const store = await storeWith('Before');
    // The disk is full for backups only: they fail, the save does not.
    vi.spyOn(store.backups, 'write').mockImplementation(() => Promise.reject(failWith()));
    await store.update((doc) => ({ ...doc, profile: validProfile({ fullName: 'After' }) }));
    await store.update((doc) => ({ ...doc, profile: validProfile({ fullName: 'After Again' }) }));
    expect((await Store.open({ dataDir })).document.profile?.fullName).toBe('After Again');
    const failed = store.notices.filter((notice) => notice.kind === 'backup-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toBe(
      'Your data is saved, but the automatic backup could not be written because the disk is full. The app tries again after your next change.',
    );
  });

  it('a damaged file found while the disk is full stays in place rather than being lost', async () => {
    // Before the fix the damaged file was moved aside first; when writing the restored
    // data then failed, the next start found no file and silently started empty.
    await storeWith('Backed Up Bea');
    await writeFile(dataFile, '\u0000\u0001 not json');
    failure.target = 'data-file';
    await expect(Store.open({ dataDir })).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/disk is full/) });
    expect(await readBytes(dataFile)).toEqual(Buffer.from('\u0000\u0001 not json'));

    failure.target = null;
    const store = await Store.open({ dataDir });
    expect(store.document.profile?.fullName).toBe('Backed Up Bea');
    expect(store.notices.map((notice) => notice.kind)).toEqual(['recovered']);
  });

  it('a migration whose pre-migration backup cannot be written leaves the old file untouched', async () => {
    const v1 = serializeDocument({ schemaVersion: 1, profile: validProfile({ fullName: 'Old Olga' }) });
    await writeFile(dataFile, v1);
    failure.target = 'everything';
    await expect(Store.open({ dataDir })).rejects.toMatchObject({ code: 'io' });
    expect(await readBytes(dataFile)).toEqual(Buffer.from(v1));
    failure.target = null;
    expect((await Store.open({ dataDir })).document.profile?.fullName).toBe('Old Olga');
  });
});

describe('leftovers from a write cut short by a crash', () => {
  it('the next start removes write-file-atomic temp files, and only those', async () => {
    const store = await storeWith('Tidy Tom');
    // What `npm run crash-test` finds after SIGKILL: `<file>.<number>` copies beside the files.
    const leftovers = [join(dataDir, `${DATA_FILE_NAME}.1039795112`), join(store.backups.dir, 'backup-2030-06-15T12-00-00-000Z-change.json.42')];
    const kept = [join(dataDir, 'notes.txt.123'), join(dataDir, 'ir-match-planner.corrupt-2030-06-15T12-00-00-000Z.json')];
    for (const path of [...leftovers, ...kept]) await writeFile(path, '{"half": "writ');

    const reopened = await Store.open({ dataDir });
    expect(reopened.document.profile?.fullName).toBe('Tidy Tom');
    for (const path of leftovers) expect(await readBytes(path), path).toBeNull();
    for (const path of kept) expect(await readBytes(path), path).not.toBeNull();
  });
});
