import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../../electron/core/durable-json-file';
import { LOCK_FILE_NAME } from '../../../electron/core/data-folder-lock';
import { DATA_FILE_NAME, Store } from '../../../electron/core/store';
import { AppFailure } from '../../../shared/result';
import { CURRENT_SCHEMA_VERSION, documentSchema, type AppDocument } from '../../../shared/schema/document';
import { cleanupTempDirs, listDir, makeTempDir, readBytes, validProfile } from './helpers';

// Lets a test make the *data file* write fail (disk full, permission denied) while
// everything else, backups included, still reaches the real disk.
const failure = vi.hoisted(() => ({ dataFileCode: null as string | null }));
vi.mock('write-file-atomic', async (importOriginal) => {
  type WriteFileAtomic = (path: string, data: string, options?: unknown) => Promise<void>;
  const actual = await importOriginal<{ default: WriteFileAtomic }>();
  const write = (path: string, data: string, options?: unknown) => {
    if (failure.dataFileCode && path.endsWith('ir-match-planner.json')) {
      const error = Object.assign(new Error(`simulated ${failure.dataFileCode}`), { code: failure.dataFileCode });
      return Promise.reject(error);
    }
    return actual.default(path, data, options);
  };
  return { ...actual, default: write };
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dataDir: string;
let dataFile: string;

beforeEach(async () => {
  failure.dataFileCode = null;
  dataDir = await makeTempDir();
  dataFile = join(dataDir, DATA_FILE_NAME);
});

afterEach(async () => {
  failure.dataFileCode = null;
  await chmod(dataDir, 0o755).catch(() => undefined);
  await cleanupTempDirs();
});

/** A clock the test moves by hand. */
function manualClock(start = '2030-06-15T12:00:00.000Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const withName = (name: string) => (doc: AppDocument): AppDocument => ({
  ...doc,
  profile: validProfile({ fullName: name }),
});

async function backupsWithReason(store: Store, reason: string) {
  return (await store.listBackups()).filter((b) => b.reason === reason);
}

async function corruptFiles(): Promise<string[]> {
  return (await readdir(dataDir)).filter((name) => /^ir-match-planner\.corrupt-.*\.json$/.test(name));
}

describe('Store: durable writes', () => {
  it('starts empty in a new folder, taking no backup of nothing entered', async () => {
    const store = await Store.open({ dataDir });
    expect(store.status).toBe('ready');
    expect(store.document.profile).toBeNull();
    expect(store.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.notices).toEqual([]);
    expect(await store.listBackups()).toEqual([]);
  });

  it('takes a start backup once the data holds something', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Started Stan'));
    const reopened = await Store.open({ dataDir });
    expect((await reopened.listBackups()).map((b) => b.reason)).toContain('start');
  });

  it('once update resolves, a fresh Store reads the change and the file is valid JSON', async () => {
    const store = await Store.open({ dataDir });
    const result = await store.update(withName('Durable Dana'));
    expect(result.profile?.fullName).toBe('Durable Dana');

    const text = await readFile(dataFile, 'utf8');
    const parsed = documentSchema.safeParse(JSON.parse(text));
    expect(parsed.success).toBe(true);
    expect(text.endsWith('\n')).toBe(true);

    const reopened = await Store.open({ dataDir });
    expect(reopened.document.profile?.fullName).toBe('Durable Dana');
    expect(reopened.notices).toEqual([]);
  });

  it('leaves no temporary files behind', async () => {
    const store = await Store.open({ dataDir });
    for (let i = 0; i < 5; i += 1) await store.update(withName(`Name ${i}`));
    expect((await readdir(dataDir)).sort()).toEqual(['backups', DATA_FILE_NAME, LOCK_FILE_NAME]);
  });

  it('serialises writes: 50 un-awaited updates all apply, in order', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('N'));
    const seen: string[] = [];
    // One character per update keeps the name under the schema's 120-character limit.
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pending = Array.from({ length: 50 }, (_, i) =>
      store.update((doc) => {
        seen.push(doc.profile!.fullName);
        return { ...doc, profile: { ...doc.profile!, fullName: `${doc.profile!.fullName}${letters[i]}` } };
      }),
    );
    const results = await Promise.all(pending);
    const expected = `N${letters.slice(0, 50)}`;
    expect(results.at(-1)?.profile?.fullName).toBe(expected);
    // Each change saw the one before it, so the results grow one letter at a time.
    expect(results.map((r) => r.profile?.fullName)).toEqual(
      Array.from({ length: 50 }, (_, i) => `N${letters.slice(0, i + 1)}`),
    );
    expect(seen[0]).toBe('N');
    expect(store.document.profile?.fullName).toBe(expected);
    const reopened = await Store.open({ dataDir });
    expect(reopened.document.profile?.fullName).toBe(expected);
  });

  it('a change that throws rejects only that update; later updates still run', async () => {
    const store = await Store.open({ dataDir });
    const first = store.update(withName('One'));
    const broken = store.update(() => {
      throw new Error('bug in a change');
    });
    const third = store.update((doc) => ({ ...doc, profile: { ...doc.profile!, fullName: `${doc.profile!.fullName}+Three` } }));
    await expect(first).resolves.toBeTruthy();
    await expect(broken).rejects.toThrow('bug in a change');
    await expect(third).resolves.toMatchObject({ profile: { fullName: 'One+Three' } });
    expect((await Store.open({ dataDir })).document.profile?.fullName).toBe('One+Three');
  });
});

describe('Store: failed writes', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /cannot write its data file \(ir-match-planner\.json in .*not read-only or locked/],
    ['EIO', /^Your change could not be saved because writing the file failed\. Nothing was lost; try again\.$/],
  ])('a %s write rejects with io and leaves memory and disk unchanged', async (code, message) => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Saved Sam'));
    const bytesBefore = await readBytes(dataFile);
    const docBefore = structuredClone(store.document);

    failure.dataFileCode = code;
    const attempt = store.update(withName('Lost Lee'));
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(message) });

    expect(store.document).toEqual(docBefore);
    expect(await readBytes(dataFile)).toEqual(bytesBefore);

    // Once the disk recovers, saving works again.
    failure.dataFileCode = null;
    await store.update(withName('Later Lou'));
    expect((await Store.open({ dataDir })).document.profile?.fullName).toBe('Later Lou');
  });

  it('a failed replace (import) also rolls back', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Keep'));
    failure.dataFileCode = 'ENOSPC';
    await expect(store.replace({ ...store.document, profile: null }, 'pre-import')).rejects.toMatchObject({ code: 'io' });
    expect(store.document.profile?.fullName).toBe('Keep');
    failure.dataFileCode = null;
    expect((await Store.open({ dataDir })).document.profile?.fullName).toBe('Keep');
  });

  it.skipIf(isRoot)('a read-only data folder rejects with io naming the folder (not as root)', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Saved Sam'));
    const bytesBefore = await readBytes(dataFile);
    await chmod(dataDir, 0o555);
    await expect(store.update(withName('Lost Lee'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(dataDir),
    });
    expect(store.document.profile?.fullName).toBe('Saved Sam');
    expect(await readBytes(dataFile)).toEqual(bytesBefore);
  });

  it('a data file path that is a directory makes writes fail with io, not a crash', async () => {
    const store = await Store.open({ dataDir });
    // Swap the data file for a folder of the same name, so the rename onto it fails.
    const { mkdir, rm } = await import('node:fs/promises');
    await rm(dataFile);
    await mkdir(dataFile);
    await expect(store.update(withName('Blocked'))).rejects.toMatchObject({ code: 'io' });
    expect(store.document.profile).toBeNull();
  });
});

describe('Store: migration', () => {
  it('upgrades a v1 file, keeping the original in a pre-migration backup', async () => {
    const v1Text = serializeDocument({ schemaVersion: 1, profile: null });
    await writeFile(dataFile, v1Text);
    const clock = manualClock();

    const store = await Store.open({ dataDir, now: clock.now });
    expect(documentSchema.safeParse(store.document).success).toBe(true);
    expect(store.document).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      meta: { createdAt: '2030-06-15T12:00:00.000Z', sample: false },
      profile: null,
    });
    expect(store.notices).toEqual([]);

    const [backup] = await backupsWithReason(store, 'pre-migration');
    expect(backup).toBeDefined();
    expect(await readFile(join(store.backups.dir, backup!.name), 'utf8')).toBe(v1Text);

    // The upgraded document is on disk, so the next start does not migrate again.
    expect(JSON.parse(await readFile(dataFile, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const again = await Store.open({ dataDir, now: clock.now });
    expect(await backupsWithReason(again, 'pre-migration')).toHaveLength(1);
  });

  it('upgrades a v1 file that has a profile and keeps the profile', async () => {
    await writeFile(dataFile, JSON.stringify({ schemaVersion: 1, profile: validProfile({ fullName: 'Old Olga' }) }));
    const store = await Store.open({ dataDir });
    expect(store.document.profile?.fullName).toBe('Old Olga');
  });
});

describe('Store: damaged data file', () => {
  const DAMAGED: Array<[string, Buffer]> = [
    ['truncated JSON', Buffer.from('{\n  "schemaVersion": 2,\n  "meta": { "createdAt": "2030-')],
    ['random bytes', Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x9c, 0x7b, 0x22, 0x80, 0x01, 0xe2, 0x28, 0xa1, 0x5d])],
    ['an empty file', Buffer.alloc(0)],
    ['valid JSON of the wrong shape', Buffer.from('{"hello": "world"}')],
    ['a document with a bad profile', Buffer.from(JSON.stringify({ schemaVersion: 2, meta: { createdAt: 'x', sample: false }, profile: { fullName: 3 } }))],
    ['an array', Buffer.from('[1, 2, 3]')],
  ];

  it.each(DAMAGED)('%s: is quarantined byte-for-byte and the newest good backup restored', async (_label, bytes) => {
    const clock = manualClock();
    const first = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    clock.advance(1000);
    await first.update(withName('Backed Up Bea'));
    await first.flush();

    await writeFile(dataFile, bytes);
    clock.advance(1000);
    const store = await Store.open({ dataDir, now: clock.now });

    expect(store.status).toBe('ready');
    expect(store.document.profile?.fullName).toBe('Backed Up Bea');
    const [quarantined, ...others] = await corruptFiles();
    expect(others).toEqual([]);
    expect(await readFile(join(dataDir, quarantined!))).toEqual(bytes);

    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatchObject({ kind: 'recovered', path: join(dataDir, quarantined!) });
    expect(store.notices[0]!.title).toMatch(/restored from a backup/);

    // The restored document is written back, valid.
    const onDisk = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(documentSchema.parse(onDisk).profile?.fullName).toBe('Backed Up Bea');
  });

  it.each(DAMAGED)('%s: with no backup, is quarantined and the app starts empty with a notice', async (_label, bytes) => {
    await writeFile(dataFile, bytes);
    const store = await Store.open({ dataDir });
    expect(store.document.profile).toBeNull();
    const [quarantined] = await corruptFiles();
    expect(await readFile(join(dataDir, quarantined!))).toEqual(bytes);
    expect(store.notices).toEqual([
      expect.objectContaining({ kind: 'started-empty', path: join(dataDir, quarantined!) }),
    ]);
    expect(store.notices[0]!.message).toMatch(/kept, unchanged/);
  });

  it('skips a damaged backup and uses the next good one', async () => {
    const clock = manualClock();
    const first = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    clock.advance(1000);
    await first.update(withName('Good Gus'));
    // A newer, damaged backup.
    await writeFile(join(first.backups.dir, 'backup-2030-06-15T12-30-00-000Z-change.json'), '{ "oops');

    await writeFile(dataFile, 'not json');
    clock.advance(60 * 60 * 1000);
    const store = await Store.open({ dataDir, now: clock.now });
    expect(store.document.profile?.fullName).toBe('Good Gus');
    expect(store.notices[0]?.kind).toBe('recovered');
  });

  it('a data file holding JSON `null` is quarantined, not silently overwritten', async () => {
    // lowdb's Low.read ignores falsy data, so the store sees its default empty
    // document, never quarantines the file, and the next save overwrites it.
    await writeFile(dataFile, 'null');
    const store = await Store.open({ dataDir });
    expect(await corruptFiles()).toHaveLength(1);
    expect(store.notices.map((n) => n.kind)).toEqual(['started-empty']);
  });
});

describe('Store: first start', () => {
  it('writes an empty data file on first start', async () => {
    // Store.load has a branch for "no file yet" that writes an empty document, but
    // lowdb's Low.read keeps its default data when the adapter returns null, so
    // `raw` is never null and the file only appears after the first save.
    const store = await Store.open({ dataDir });
    await store.flush();
    expect(await readBytes(dataFile)).not.toBeNull();
  });
});

describe('Store: file from a newer app', () => {
  it('refuses it and leaves the bytes untouched', async () => {
    const text = '{\n  "schemaVersion": 99,\n  "meta": {"createdAt": "2040-01-01"},\n  "futureThing": [1]\n}';
    await writeFile(dataFile, text);
    const store = await Store.open({ dataDir });

    expect(store.status).toBe('newer-version');
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'newer-version', path: dataFile })]);
    expect(store.notices[0]!.message).toMatch(/format 99/);
    expect(() => store.document).toThrow(AppFailure);
    try {
      void store.document;
    } catch (error) {
      expect(error).toMatchObject({ code: 'store-unavailable' });
    }
    await expect(store.update(withName('Nope'))).rejects.toMatchObject({ code: 'store-unavailable' });
    await store.flush();

    expect(await readFile(dataFile, 'utf8')).toBe(text);
    expect(await corruptFiles()).toEqual([]);
    // No backups are taken of a file this app does not understand.
    expect(await listDir(store.backups.dir)).toEqual([]);
  });
});

describe('Store: backups', () => {
  it('takes change backups at most once per interval', async () => {
    const clock = manualClock();
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 60_000 });

    clock.advance(1_000);
    await store.update(withName('a')); // the first change of a new file: one
    expect(await backupsWithReason(store, 'change')).toHaveLength(1);

    clock.advance(10_000);
    await store.update(withName('b')); // 10 s later: too soon
    clock.advance(40_000);
    await store.update(withName('c')); // 50 s: too soon
    expect(await backupsWithReason(store, 'change')).toHaveLength(1);

    clock.advance(15_000);
    await store.update(withName('d')); // 65 s: another
    const changes = await backupsWithReason(store, 'change');
    expect(changes).toHaveLength(2);

    const newest = JSON.parse(await readFile(join(store.backups.dir, changes[0]!.name), 'utf8'));
    expect(newest.profile.fullName).toBe('d');
  });

  it('lists backups newest first with sizes', async () => {
    const clock = manualClock();
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    clock.advance(4_000);
    await store.update(withName('x'));
    clock.advance(1_000);
    await store.update(withName('y'));
    const list = await store.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['change', 'change']);
    expect(list.map((b) => b.createdAt)).toEqual(['2030-06-15T12:00:05.000Z', '2030-06-15T12:00:04.000Z']);
    expect(list.every((b) => b.sizeBytes > 0)).toBe(true);
  });

  it('restoreBackup keeps a pre-restore backup so the restore can be undone', async () => {
    const clock = manualClock();
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    await store.update(withName('First Fay'));
    const [first] = await store.listBackups();
    clock.advance(1_000);
    await store.update(withName('Current Cal'));

    clock.advance(1_000);
    const info = await store.restoreBackup(first!.name);
    expect(info).toMatchObject({ name: first!.name, reason: 'change' });
    expect(store.document.profile?.fullName).toBe('First Fay');
    expect((await Store.open({ dataDir, now: clock.now })).document.profile?.fullName).toBe('First Fay');

    const [preRestore] = await backupsWithReason(store, 'pre-restore');
    expect(preRestore).toBeDefined();
    clock.advance(1_000);
    await store.restoreBackup(preRestore!.name);
    expect(store.document.profile?.fullName).toBe('Current Cal');
  });

  it('restoreBackup refuses an unknown or damaged backup and changes nothing', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Stay'));
    await expect(store.restoreBackup('backup-2001-01-01T00-00-00-000Z-start.json')).rejects.toMatchObject({
      code: 'not-found',
    });
    const damaged = 'backup-2001-01-01T00-00-00-000Z-change.json';
    await writeFile(join(store.backups.dir, damaged), '{"schemaVersion": 2');
    await expect(store.restoreBackup(damaged)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/cannot be restored/),
    });
    expect(store.document.profile?.fullName).toBe('Stay');
  });

  it('prunes old backups as it goes', async () => {
    const clock = manualClock();
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    for (let i = 0; i < 10; i += 1) {
      clock.advance(1_000);
      await store.update(withName(`n${i}`));
    }
    // DEFAULT_BACKUP_POLICY keeps five from today.
    const list = await store.listBackups();
    expect(list).toHaveLength(5);
    expect(list[0]!.createdAt).toBe('2030-06-15T12:00:10.000Z');
  });

  it('restoring the oldest of five backups from today succeeds', async () => {
    // replace() writes a pre-restore backup and prunes, which deletes the very
    // backup being restored; restoreBackup then stats it and throws ENOENT.
    const clock = manualClock();
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    for (let i = 0; i < 5; i += 1) {
      clock.advance(1_000);
      await store.update(withName(`n${i}`));
    }
    const list = await store.listBackups();
    expect(list).toHaveLength(5);
    clock.advance(1_000);
    await expect(store.restoreBackup(list.at(-1)!.name)).resolves.toMatchObject({ name: list.at(-1)!.name });
  });
});
