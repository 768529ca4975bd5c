// The backups taken before data is replaced whole (import, restore, sample) are the user's way
// back: QA found runs of imports or restores in one day that pruned the only backup still holding
// the applicant's own data. These drive the real store and handlers over a real folder.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { serializeDocument } from '../../../electron/core/durable-json-file';
import { Store } from '../../../electron/core/store';
import type { BackupContents } from '../../../shared/backup-contents';
import { isUndoBackup, parseBackupFileName } from '../../../shared/backup-policy';
import type { BackupInfo } from '../../../shared/ipc/app-info';
import type { Result } from '../../../shared/result';
import { CURRENT_SCHEMA_VERSION, emptyDocument, type AppDocument } from '../../../shared/schema/document';
import { cleanupTempDirs, makeTempDir, validProfile } from '../spine/helpers';
import { sampleDocument } from './valid-payloads';

let dataDir: string;
let store: Store;
let context: HandlerContext;

beforeEach(async () => {
  dataDir = await makeTempDir('irmp-undo-');
  store = await Store.open({ dataDir });
  context = { store, platform: { shell: 'preview', version: '0.0.0' } };
});

afterEach(async () => {
  await store.flush();
  await cleanupTempDirs();
  vi.restoreAllMocks();
});

async function call<T>(channel: string, args?: unknown): Promise<T> {
  const result: Result<unknown> = await dispatch(handlers, context, channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const named = (name: string, base: AppDocument = emptyDocument(new Date())): AppDocument => ({
  ...base,
  profile: validProfile({ fullName: name }),
});

/** Names of the undo backups (taken before the data was replaced) whose text holds `needle`. */
async function undoBackupsHolding(needle: string): Promise<string[]> {
  return (await backupsHolding(needle)).filter((name) => isUndoBackup(parseBackupFileName(name)!));
}

/** Names of the backup files whose text holds `needle`. */
async function backupsHolding(needle: string): Promise<string[]> {
  const names = (await readdir(store.backups.dir)).filter((name) => parseBackupFileName(name) !== null);
  const holding: string[] = [];
  for (const name of names) if ((await readFile(join(store.backups.dir, name), 'utf8')).includes(needle)) holding.push(name);
  return holding;
}

const sampleExport = serializeDocument(sampleDocument());

describe('repro 1: importing a backup six times in a day', () => {
  it('keeps a backup holding the applicant’s own data, and restoring it brings the data back', async () => {
    await call('sample:load');
    await call('sample:clear');
    await call('profile:save', validProfile({ fullName: 'Repro Two' }));
    for (let i = 0; i < 6; i += 1) await call('data:import', { json: sampleExport });

    expect(await backupsHolding('"Repro Two"')).toHaveLength(1);
    const list = await call<BackupInfo[]>('backups:list');
    const own = list.find((b) => b.contents.kind === 'data' && b.contents.applicantName === 'Repro Two');
    expect(own).toMatchObject({ reason: 'pre-import' });

    await call('backups:restore', { name: own!.name });
    expect(store.document.profile?.fullName).toBe('Repro Two');
  });

  it('keeps it through thirty imports too, the older copies of the imported file going first', async () => {
    await call('profile:save', validProfile({ fullName: 'Repro Two' }));
    for (let i = 0; i < 30; i += 1) await call('data:import', { json: sampleExport });
    expect(await undoBackupsHolding('"Repro Two"')).toHaveLength(1);
    const preImports = (await store.listBackups()).filter((b) => b.reason === 'pre-import');
    expect(preImports.length).toBeLessThanOrEqual(10);
    // The same bytes, so the same hash: the older copies went, the newest stayed.
    const hashes = preImports.map((b) => parseBackupFileName(b.name)!.contentHash);
    expect(new Set(hashes).size).toBe(2);
  });
});

describe('repro 2: restoring backups one after another', () => {
  it('keeps the backup of the applicant’s own data taken before the first restore', async () => {
    // Six earlier days, each with its backup after changes; the data is now the applicant's own.
    for (let day = 1; day <= 6; day += 1) {
      const doc = named(`Earlier ${day}`);
      await store.backups.write(serializeDocument(doc), 'change', new Date(Date.now() - day * 24 * 3600_000), doc);
    }
    await store.update(() => named('Own Olive'));
    const earlier = (await store.listBackups()).filter(
      (b) => b.contents.kind === 'data' && b.contents.applicantName?.startsWith('Earlier'),
    );
    expect(earlier).toHaveLength(6);

    for (const backup of earlier) await call('backups:restore', { name: backup.name });

    expect(await undoBackupsHolding('"Own Olive"')).toHaveLength(1);
    const own = (await call<BackupInfo[]>('backups:list')).find(
      (b) => b.contents.kind === 'data' && b.contents.applicantName === 'Own Olive',
    );
    await call('backups:restore', { name: own!.name });
    expect(store.document.profile?.fullName).toBe('Own Olive');
  });

  it('keeps it through forty restores going back and forth between two backups', async () => {
    // Backups holding "Left" and "Right"; the data is then the applicant's own.
    for (const name of ['Left', 'Right', 'Own Olive']) await store.replace(named(name), 'pre-import');
    for (let i = 0; i < 40; i += 1) {
      const wanted = i % 2 === 0 ? 'Left' : 'Right';
      // As the user would: the newest row in the list that holds it.
      const row = (await call<BackupInfo[]>('backups:list')).find(
        (b) => b.contents.kind === 'data' && b.contents.applicantName === wanted,
      );
      await call('backups:restore', { name: row!.name });
    }
    expect(await undoBackupsHolding('"Own Olive"')).toHaveLength(1);
    const undo = (await store.listBackups()).filter((b) => isUndoBackup(parseBackupFileName(b.name)!));
    expect(undo.length).toBeLessThanOrEqual(10);
  });
});

describe('content hashes and old backups', () => {
  it('names each new backup with the start of the sha256 of its bytes', async () => {
    await store.replace(named('Hashed Hana'), 'pre-import');
    for (const { name } of await store.listBackups()) {
      const bytes = await readFile(join(store.backups.dir, name));
      expect(parseBackupFileName(name)?.contentHash).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 12));
    }
  });

  it('lists, restores and prunes a backup named before hashes were recorded', async () => {
    const legacy = 'backup-2000-01-01T09-00-00-000Z-pre-import.json';
    await writeFile(join(store.backups.dir, legacy), serializeDocument(named('Legacy Lee')));
    const listed = (await store.listBackups()).find((b) => b.name === legacy);
    expect(listed?.contents).toMatchObject({ kind: 'data', applicantName: 'Legacy Lee' });

    await store.restoreBackup(legacy);
    expect(store.document.profile?.fullName).toBe('Legacy Lee');

    // Ten newer undo backups of distinct content: the old one is the eleventh, so it goes.
    for (let i = 0; i < 10; i += 1) await store.replace(named(`Newer ${i}`), 'pre-import');
    expect((await store.listBackups()).map((b) => b.name)).not.toContain(legacy);
  });
});

describe('backups:list says whose data each backup holds', () => {
  it('gives the name, the sample mark and the counts, and says an empty file is empty', async () => {
    await call('sample:load');
    await store.update((doc) => ({ ...doc, procedures: doc.procedures.slice(0, 3) }));
    await call('sample:clear');
    const list = await call<BackupInfo[]>('backups:list');
    const contentsFor = (reason: string) => list.find((b) => b.reason === reason)!.contents;
    expect(contentsFor('pre-sample')).toMatchObject({ kind: 'data', ownData: false, sample: false, applicantName: null });
    expect(contentsFor('pre-clear')).toMatchObject({
      kind: 'data',
      sample: true,
      applicantName: expect.stringContaining('(sample)'),
      counts: expect.objectContaining({ 'logged procedures': 3, programs: sampleDocument().shortlist.programs.length }),
    });
  });

  it('says a damaged backup is damaged, and one from a newer app is newer, without failing the list', async () => {
    await writeFile(join(store.backups.dir, 'backup-2001-01-01T00-00-00-000Z-change.json'), '{"schemaVersion": 2');
    await writeFile(join(store.backups.dir, 'backup-2001-01-02T00-00-00-000Z-change.json'), '{"schemaVersion": 99}');
    const byName = new Map((await call<BackupInfo[]>('backups:list')).map((b) => [b.name, b.contents]));
    expect(byName.get('backup-2001-01-01T00-00-00-000Z-change.json')).toEqual<BackupContents>({
      kind: 'damaged',
      message: 'The file is not valid JSON; it may be damaged or cut short.',
    });
    expect(byName.get('backup-2001-01-02T00-00-00-000Z-change.json')).toMatchObject({ kind: 'newer' });
  });

  it('reads each backup once: a second listing, and backups the store wrote itself, need no read', async () => {
    const legacy = 'backup-2001-01-01T00-00-00-000Z-pre-import.json';
    await writeFile(join(store.backups.dir, legacy), serializeDocument(named('Read Once')));
    await store.replace(named('Written Here'), 'pre-import');
    const read = vi.spyOn(store.backups, 'read');
    const first = await store.listBackups();
    expect(first).toHaveLength(3);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(legacy);
    expect(await store.listBackups()).toEqual(first);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads a backup again if its size changed (it was replaced by hand)', async () => {
    const name = 'backup-2001-01-01T00-00-00-000Z-change.json';
    await writeFile(join(store.backups.dir, name), serializeDocument(named('Before')));
    expect((await store.listBackups()).find((b) => b.name === name)?.contents).toMatchObject({ applicantName: 'Before' });
    await writeFile(join(store.backups.dir, name), '{ "cut');
    expect((await store.listBackups()).find((b) => b.name === name)?.contents).toMatchObject({ kind: 'damaged' });
  });
});

describe('the contents index (backups/contents-index.json)', () => {
  const legacy = 'backup-2001-01-01T00-00-00-000Z-pre-import.json';

  it('lets a listing after a restart read no backup at all', async () => {
    await writeFile(join(store.backups.dir, legacy), serializeDocument(named('Indexed Ida')));
    await store.replace(named('Written Here'), 'pre-import');
    const before = await store.listBackups();
    await store.flush();

    store = await Store.open({ dataDir });
    const read = vi.spyOn(store.backups, 'read');
    const after = await store.listBackups();
    expect(read).not.toHaveBeenCalled();
    expect(after.filter((b) => b.reason !== 'start')).toEqual(before.filter((b) => b.reason !== 'start'));
    expect(after.find((b) => b.name === legacy)?.contents).toMatchObject({ applicantName: 'Indexed Ida' });
  });

  it.each([
    ['damaged', `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "entries": {`],
    ['from another data format', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION - 1, entries: {} })],
    [
      'holding a wrong entry',
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, entries: { [legacy]: { sizeBytes: -1, contents: { kind: 'data' } } } }),
    ],
  ])('is rebuilt from the backups when %s', async (_label, text) => {
    await writeFile(join(store.backups.dir, legacy), serializeDocument(named('Rebuilt Rob')));
    await store.flush();
    await writeFile(join(store.backups.dir, 'contents-index.json'), text);
    store = await Store.open({ dataDir });
    expect((await store.listBackups()).find((b) => b.name === legacy)?.contents).toMatchObject({ applicantName: 'Rebuilt Rob' });
    const index = JSON.parse(await readFile(join(store.backups.dir, 'contents-index.json'), 'utf8'));
    expect(index.entries[legacy].contents).toMatchObject({ kind: 'data', applicantName: 'Rebuilt Rob' });
  });

  it('is not a backup, forgets pruned backups, and its leftovers from a killed write are cleared at start', async () => {
    for (let i = 0; i < 12; i += 1) await store.replace(named(`Import ${i}`), 'pre-import');
    const listed = (await store.listBackups()).map((b) => b.name);
    expect(listed).not.toContain('contents-index.json');
    const index = JSON.parse(await readFile(join(store.backups.dir, 'contents-index.json'), 'utf8'));
    expect(Object.keys(index.entries).sort()).toEqual([...listed].sort());

    await store.flush();
    await writeFile(join(store.backups.dir, 'contents-index.json.1234'), '{"half');
    store = await Store.open({ dataDir });
    expect(await readdir(store.backups.dir)).not.toContain('contents-index.json.1234');
  });

  it('failing to save (here, a folder in its place) never fails a backup, a restore or a listing', async () => {
    await store.flush();
    await rm(join(store.backups.dir, 'contents-index.json'), { force: true });
    await mkdir(join(store.backups.dir, 'contents-index.json'));
    await store.replace(named('Still Saved'), 'pre-import');
    const [preImport] = (await store.listBackups()).filter((b) => b.reason === 'pre-import');
    await store.restoreBackup(preImport!.name);
    expect(store.document.profile).toBeNull();
    expect(await undoBackupsHolding('"Still Saved"')).toHaveLength(1);
  });
});
