import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext, Handlers, Platform } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import type { AppInfo, BackupInfo, ExportedData, ImportSummary } from '../../../shared/ipc/app-info';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { AppFailure, type Result } from '../../../shared/result';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schema/document';
import type { Profile } from '../../../shared/schema/profile';
import { cleanupTempDirs, listDir, makeTempDir, readBytes, validProfile } from './helpers';

const preview: Platform = { shell: 'preview', version: '0.0.0' };

let dataDir: string;
let store: Store;
let context: HandlerContext;

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await Store.open({ dataDir });
  context = { store, platform: preview };
});

afterEach(async () => {
  await store.flush();
  await cleanupTempDirs();
  vi.restoreAllMocks();
});

const call = (channel: unknown, args?: unknown) => dispatch(handlers, context, channel, args);

function expectOk<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function expectError(result: Result<unknown>, code: string): string {
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (result.ok) throw new Error('unreachable');
  return result.error.message;
}

/** Arguments no channel accepts. `undefined` is only wrong for channels that take arguments. */
const GENERIC_BAD_ARGS: unknown[] = [42, 'hello', { junk: true }, [1, 2], true];

/** Extra, channel-specific wrong arguments for the spine channels. */
const SPECIFIC_BAD_ARGS: Partial<Record<Channel, unknown[]>> = {
  'app:info': [null, {}],
  'app:open-external': [{ url: 7 }, { url: `https://e.com/${'a'.repeat(2001)}` }],
  'profile:save': [
    { ...validProfile(), step2ckScore: 301 },
    { ...validProfile(), fullName: '   ' },
    { ...validProfile(), pathways: [] },
    { ...validProfile(), graduationYear: '2024' },
  ],
  'data:import-preview': [{ json: '' }, { json: 12 }],
  'data:import': [{ json: '' }, { json: ['{}'] }],
  'backups:restore': [{ name: '../ir-match-planner.json' }, { name: 'notes.txt' }, { name: '' }],
};

const takesNoArgs = (channel: Channel) => contract[channel].args.safeParse(undefined).success;

function badArgsFor(channel: Channel): unknown[] {
  return [...GENERIC_BAD_ARGS, ...(takesNoArgs(channel) ? [] : [undefined]), ...(SPECIFIC_BAD_ARGS[channel] ?? [])];
}

describe('dispatch: argument validation', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: bad arguments return a readable validation error and change nothing`, async () => {
      // Give the store real content so "unchanged" means something.
      await store.update((doc) => ({ ...doc, profile: validProfile() }));
      const fileBefore = await readBytes(store.dataFile);
      const backupsBefore = await listDir(store.backups.dir);
      const docBefore = structuredClone(store.document);
      expect(fileBefore).not.toBeNull();

      for (const args of badArgsFor(channel)) {
        const result = await call(channel, args);
        const label = `${channel} with ${JSON.stringify(args)?.slice(0, 60)}`;
        expect(result, label).toMatchObject({ ok: false, error: { code: 'validation' } });
        const message = result.ok ? '' : result.error.message;
        expect(message.length, label).toBeGreaterThan(5);
        // A sentence for people, not a serialised zod error.
        expect(message, label).not.toMatch(/^\s*[[{]/);
        expect(message, label).not.toMatch(/ZodError|"code":/);
      }

      await store.flush();
      expect(await readBytes(store.dataFile)).toEqual(fileBefore);
      expect(await listDir(store.backups.dir)).toEqual(backupsBefore);
      expect(store.document).toEqual(docBefore);
    });
  }

  it('names the field and the rule in profile messages', async () => {
    const message = expectError(await call('profile:save', { ...validProfile(), step2ckScore: 301 }), 'validation');
    expect(message).toBe('Step 2 CK score: Step 2 CK score must be between 100 and 300');
  });

  it('refuses a Step 2 CK score that cannot be a three-digit score, though a stored one still loads', async () => {
    const message = expectError(await call('profile:save', { ...validProfile(), step2ckScore: 25 }), 'validation');
    expect(message).toBe('Step 2 CK score: Step 2 CK score must be between 100 and 300');
  });

  it('tells the user a no-argument action takes no arguments', async () => {
    expect(expectError(await call('app:info', 'hello'), 'validation')).toBe('This action takes no arguments');
  });

  it('rejects a backup name that is not a backup file name', async () => {
    const message = expectError(await call('backups:restore', { name: '../ir-match-planner.json' }), 'validation');
    expect(message).toContain('That is not a backup file name');
  });
});

describe('dispatch: failures', () => {
  it('returns not-found for an unknown channel', async () => {
    const message = expectError(await call('profile:delete-everything', undefined), 'not-found');
    expect(message).toContain('profile:delete-everything');
  });

  it('returns not-found for a non-string channel and keeps the message short', async () => {
    expectError(await call(42, undefined), 'not-found');
    const long = `x${'y'.repeat(500)}`;
    const message = expectError(await call(long, undefined), 'not-found');
    expect(message.length).toBeLessThan(120);
  });

  it('passes an AppFailure code and message through', async () => {
    const custom: Handlers = {
      ...handlers,
      'app:info': () => {
        throw new AppFailure('forbidden', 'You may not do that.');
      },
    };
    const result = await dispatch(custom, context, 'app:info', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'You may not do that.' } });
  });

  it('passes an async AppFailure through as well', async () => {
    const custom: Handlers = {
      ...handlers,
      'profile:get': async () => {
        throw new AppFailure('io', 'Disk trouble.');
      },
    };
    expect(await dispatch(custom, context, 'profile:get', undefined)).toEqual({
      ok: false,
      error: { code: 'io', message: 'Disk trouble.' },
    });
  });

  it('turns an unexpected throw into a generic internal error, logged, without leaking details', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const custom: Handlers = {
      ...handlers,
      'backups:list': () => {
        throw new TypeError('secret stack detail /home/user/x');
      },
    };
    const message = expectError(await dispatch(custom, context, 'backups:list', undefined), 'internal');
    expect(message).not.toContain('secret');
    expect(message).toMatch(/unexpected/i);
    expect(consoleError).toHaveBeenCalledTimes(1);
    // The dispatcher keeps working afterwards.
    expect((await dispatch(custom, context, 'profile:get', undefined)).ok).toBe(true);
  });
});

describe('dispatch: happy paths', () => {
  it('saves a profile and reads it back, on disk too', async () => {
    expect(expectOk<Profile | null>(await call('profile:get'))).toBeNull();
    const profile = validProfile({ fullName: '  Ada Lovelace  ', step2ckScore: null });
    const saved = expectOk<Profile>(await call('profile:save', profile));
    // The schema trims text before it is stored.
    expect(saved.fullName).toBe('Ada Lovelace');
    expect(expectOk<Profile | null>(await call('profile:get'))).toEqual({ ...profile, fullName: 'Ada Lovelace' });

    const reopened = await Store.open({ dataDir });
    expect(reopened.document.profile).toEqual(saved);
  });

  it('app:info describes the store and platform', async () => {
    const info = expectOk<AppInfo>(await call('app:info'));
    expect(info).toMatchObject({
      version: '0.0.0',
      shell: 'preview',
      dataDir,
      dataFile: join(dataDir, 'ir-match-planner.json'),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      storeStatus: 'ready',
      isSample: false,
      canOpenDataFolder: false,
      notices: [],
    });
  });

  it('app:open-data-folder is unsupported in the preview but opens the folder on desktop', async () => {
    expect(expectError(await call('app:open-data-folder'), 'unsupported')).toContain(dataDir);
    const openPath = vi.fn(async () => {});
    const desktop = { store, platform: { shell: 'desktop' as const, version: '1', openPath } };
    expect(await dispatch(handlers, desktop, 'app:open-data-folder', undefined)).toEqual({ ok: true, value: null });
    expect(openPath).toHaveBeenCalledWith(dataDir);
  });

  it('exports data that the import preview summarises', async () => {
    await call('profile:save', validProfile({ fullName: 'Export Person' }));
    const exported = expectOk<ExportedData>(await call('data:export'));
    expect(exported.fileName).toMatch(/^ir-match-planner-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const summary = expectOk<ImportSummary>(await call('data:import-preview', { json: exported.json }));
    expect(summary).toEqual({
      applicantName: 'Export Person',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      upgradedFrom: null,
      counts: expect.objectContaining({ profile: 1 }),
    });
  });

  it('import preview changes nothing; import replaces data and keeps a pre-import backup', async () => {
    await call('profile:save', validProfile({ fullName: 'Before Import' }));
    const other = JSON.stringify({
      schemaVersion: 1,
      profile: validProfile({ fullName: 'From Old Backup' }),
    });
    const preview1 = expectOk<ImportSummary>(await call('data:import-preview', { json: other }));
    expect(preview1).toMatchObject({ applicantName: 'From Old Backup', upgradedFrom: 1 });
    expect(store.document.profile?.fullName).toBe('Before Import');

    expectOk<ImportSummary>(await call('data:import', { json: other }));
    expect(store.document.profile?.fullName).toBe('From Old Backup');
    const backups = expectOk<BackupInfo[]>(await call('backups:list'));
    expect(backups.map((b) => b.reason)).toContain('pre-import');
  });

  it('rejects an unreadable import with a readable validation message and keeps the data', async () => {
    await call('profile:save', validProfile({ fullName: 'Keep Me' }));
    const message = expectError(await call('data:import', { json: '{"schemaVersion": 2, "prof' }), 'validation');
    expect(message).toMatch(/cannot be imported.*not valid JSON/);
    const newer = expectError(await call('data:import', { json: '{"schemaVersion": 99}' }), 'validation');
    expect(newer).toMatch(/Update the app/);
    // Said in words, not as the name of an argument.
    expect(expectError(await call('data:import-preview', { json: '' }), 'validation')).toBe('This file cannot be imported. The file is empty.');
    expect(store.document.profile?.fullName).toBe('Keep Me');
  });

  it('sample:load marks the data as the sample and sample:clear empties it', async () => {
    const loaded = expectOk<AppInfo>(await call('sample:load'));
    expect(loaded.isSample).toBe(true);
    expect(expectOk<Profile | null>(await call('profile:get'))?.fullName).toContain('(sample)');

    const cleared = expectOk<AppInfo & { restoredOwnData: boolean }>(await call('sample:clear'));
    expect(cleared.isSample).toBe(false);
    expect(expectOk<Profile | null>(await call('profile:get'))).toBeNull();
    expect(cleared.restoredOwnData).toBe(false);
    const reasons = expectOk<BackupInfo[]>(await call('backups:list')).map((b) => b.reason);
    expect(reasons).toEqual(expect.arrayContaining(['pre-sample', 'pre-clear']));
  });

  it('sample:load over entries of the applicant’s own asks first, and sample:clear brings them back', async () => {
    // A draft and a renamed outline section, but no profile yet: the welcome screen still offers the sample.
    expectOk(await call('statement:save-draft', { text: 'Why IR, my own words.', confirmedNotPatientData: false }));
    const own = structuredClone(store.document);
    const before = await readBytes(join(dataDir, 'ir-match-planner.json'));

    expect(expectError(await call('sample:load'), 'conflict')).toMatch(/entries of your own/);
    expect(expectError(await call('sample:load', { replaceOwnData: false }), 'conflict')).toMatch(/backup/);
    expect(await readBytes(join(dataDir, 'ir-match-planner.json'))).toEqual(before);

    expect(expectOk<AppInfo>(await call('sample:load', { replaceOwnData: true })).isSample).toBe(true);
    expect(store.document.statement.draft.text).not.toBe('Why IR, my own words.');

    const cleared = expectOk<AppInfo & { restoredOwnData: boolean }>(await call('sample:clear'));
    expect(cleared).toMatchObject({ isSample: false, restoredOwnData: true });
    expect(store.document.statement).toEqual(own.statement);
    expect(store.document.profile).toBeNull();
  });

  it('sample:clear brings back what the sample replaced last, also when a backup of the sample was restored over newer work', async () => {
    expectOk(await call('statement:save-draft', { text: 'First draft.', confirmedNotPatientData: false }));
    expectOk(await call('sample:load', { replaceOwnData: true }));
    expectOk(await call('sample:clear'));
    expectOk(await call('statement:save-draft', { text: 'Second draft, written after.', confirmedNotPatientData: false }));

    // The user puts the sample back from the backup taken before it was cleared, over the second draft.
    const beforeClear = expectOk<BackupInfo[]>(await call('backups:list')).find((b) => b.reason === 'pre-clear')!;
    expectOk(await call('backups:restore', { name: beforeClear.name }));
    expect(store.document.meta.sample).toBe(true);

    const cleared = expectOk<AppInfo & { restoredOwnData: boolean }>(await call('sample:clear'));
    expect(cleared.restoredOwnData).toBe(true);
    expect(store.document.statement.draft.text).toBe('Second draft, written after.');
  });

  it('sample:load needs no confirmation over a new, empty file', async () => {
    expect(expectOk<AppInfo>(await call('sample:load')).isSample).toBe(true);
    // Loading it again over itself is not over the applicant's data either.
    expect(expectOk<AppInfo>(await call('sample:load')).isSample).toBe(true);
  });

  it('sample:clear refuses to clear real data', async () => {
    await call('profile:save', validProfile({ fullName: 'Real Person' }));
    expect(expectError(await call('sample:clear'), 'validation')).toMatch(/not the sample/);
    expect(store.document.profile?.fullName).toBe('Real Person');
  });

  it.each(['http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com/'])(
    'app:open-external rejects %s with a validation error',
    async (url) => {
      const openExternal = vi.fn(async () => {});
      const desktop = { store, platform: { shell: 'desktop' as const, version: '1', openExternal } };
      const result = await dispatch(handlers, desktop, 'app:open-external', { url });
      expect(expectError(result, 'validation')).toBe('Only https:// links can be opened.');
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('app:open-external is unsupported in the preview and opens https links on desktop', async () => {
    expect(expectError(await call('app:open-external', { url: 'https://www.nrmp.org/' }), 'unsupported')).toMatch(
      /preview/,
    );
    const openExternal = vi.fn(async (_url: URL) => {});
    const desktop = { store, platform: { shell: 'desktop' as const, version: '1', openExternal } };
    expect(await dispatch(handlers, desktop, 'app:open-external', { url: 'https://www.nrmp.org/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(openExternal.mock.calls[0]?.[0].href).toBe('https://www.nrmp.org/');
  });

  it('backups:restore with an unknown (well-formed) name is not-found', async () => {
    const message = expectError(
      await call('backups:restore', { name: 'backup-2001-01-01T00-00-00-000Z-start.json' }),
      'not-found',
    );
    expect(message).toMatch(/no longer exists/);
  });

  it('backups:restore brings back an earlier state', async () => {
    // A new file's first change is backed up at once (an empty file is not backed up at all).
    await call('profile:save', validProfile({ fullName: 'Earlier Eve' }));
    const [earlier] = expectOk<BackupInfo[]>(await call('backups:list'));
    expect(earlier?.reason).toBe('change');
    await call('profile:save', validProfile({ fullName: 'Later Lou' }));
    const restored = expectOk<BackupInfo>(await call('backups:restore', { name: earlier!.name }));
    expect(restored.name).toBe(earlier!.name);
    expect(expectOk<Profile | null>(await call('profile:get'))?.fullName).toBe('Earlier Eve');
  });
});
