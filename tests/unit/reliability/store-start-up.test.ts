// What the store does at start-up when the folder is not as it left it: the data file gone, another
// process already in the folder, a file damaged after a restore, a folder in the data file's place.
// Real files in a real temp folder; the lock tests start a real second process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../electron/core/data-folder-lock';
import { DATA_FILE_NAME, Store } from '../../../electron/core/store';
import { localFileStamp } from '../../../shared/local-file-stamp';
import type { AppDocument } from '../../../shared/schema/document';
import { cleanupTempDirs, listDir, makeTempDir, readBytes, validProfile } from '../spine/helpers';
import { expectReadable } from './readable-error';

let dataDir: string;
let dataFile: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = await makeTempDir('irmp-start-up-');
  dataFile = join(dataDir, DATA_FILE_NAME);
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await cleanupTempDirs();
});

function manualClock(start: Date) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const withName = (name: string) => (doc: AppDocument): AppDocument => ({ ...doc, profile: validProfile({ fullName: name }) });
describe('a missing data file with backups of the applicant’s data beside it', () => {
  it('starts empty with a notice naming the newest backup holding data, when it was taken and what it holds', async () => {
    const clock = manualClock(new Date(2030, 5, 10, 9, 30));
    const first = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    await first.update(withName('Early Ema'));
    clock.advance(60_000);
    await first.update(withName('Priya Sharma'));
    await rm(dataFile);

    clock.advance(24 * 3600_000);
    const store = await Store.open({ dataDir, now: clock.now });
    expect(store.document.profile).toBeNull();
    expect(store.notices).toHaveLength(1);
    const [notice] = store.notices;
    expect(notice).toMatchObject({ kind: 'started-empty', title: 'Your data file was missing, so the app started empty', path: dataDir });
    const newest = new Date(2030, 5, 10, 9, 31).toLocaleString();
    expect(notice!.message).toBe(
      `There was no data file in the folder below, but a backup there holds your data: the newest, taken ${newest}, holds Priya Sharma. ` +
        'A copy of it is kept at the top of the Backups list (“Kept when the data file was missing”). ' +
        'To get it back, restore it in Settings & data, under Backups.',
    );
    const [top] = await store.listBackups();
    expect(top).toMatchObject({ reason: 'kept-missing-data', contents: { applicantName: 'Priya Sharma' } });
  });

  it('keeps saying so while nothing is entered, and the kept copy outlives a new start’s backups', async () => {
    const clock = manualClock(new Date(2030, 5, 10, 9, 30));
    const first = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    await first.update(withName('Kept Kavya'));
    await rm(dataFile);
    clock.advance(60_000);
    await Store.open({ dataDir, now: clock.now });

    clock.advance(60_000);
    const stillEmpty = await Store.open({ dataDir, now: clock.now });
    expect(stillEmpty.notices.map((n) => n.title)).toEqual(['Nothing is entered, but a backup holds your data']);
    expect(stillEmpty.notices[0]!.message).toContain('holds Kept Kavya.');

    // Starting over: a new profile, a change backup after every edit and a start backup at every start.
    for (let start = 0; start < 8; start += 1) {
      clock.advance(10 * 60_000);
      const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
      // Said until there is data again.
      expect(store.notices).toHaveLength(start === 0 ? 1 : 0);
      await store.update(withName(`New Nia ${start}`));
    }
    const store = await Store.open({ dataDir, now: clock.now });
    const kept = (await store.listBackups()).filter((b) => b.contents.kind === 'data' && b.contents.applicantName === 'Kept Kavya');
    expect(kept.map((b) => b.reason)).toEqual(['kept-missing-data']);
  });

  it('repro: starting again and again keeps every backup holding the data (they were all pruned after five starts)', async () => {
    const clock = manualClock(new Date(2030, 5, 10, 9, 30));
    const first = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    await first.update(withName('Kept Kavya'));
    const before = await listDir(first.backups.dir);
    await rm(dataFile);

    for (let start = 0; start < 12; start += 1) {
      clock.advance(3 * 3600_000);
      await Store.open({ dataDir, now: clock.now });
    }
    const store = await Store.open({ dataDir, now: clock.now });
    // No backup of the empty document was taken, so nothing pushed the real one out; the first
    // start kept one copy of it as an undo backup, and later starts added nothing.
    const after = await listDir(store.backups.dir);
    expect(after.filter((name) => !before.includes(name))).toEqual([expect.stringContaining('kept-missing-data')]);
    expect(after).toEqual(expect.arrayContaining(before));
    const holding = (await store.listBackups()).filter((b) => b.contents.kind === 'data' && b.contents.applicantName === 'Kept Kavya');
    expect(holding).toHaveLength(2);
    await store.restoreBackup(holding[1]!.name);
    expect(store.document.profile?.fullName).toBe('Kept Kavya');
  });

  it('says nothing on a first start', async () => {
    expect((await Store.open({ dataDir })).notices).toEqual([]);
  });

  it('passes over newer backups holding nothing entered', async () => {
    const store = await Store.open({ dataDir, changeBackupIntervalMs: 0 });
    await store.update(withName('Gone Soon'));
    await store.update((doc) => ({ ...doc, profile: null }));
    await rm(dataFile);
    const again = await Store.open({ dataDir });
    expect(again.notices.map((n) => n.kind)).toEqual(['started-empty']);
    expect(again.notices[0]!.message).toContain('holds Gone Soon.');
  });
});

describe('one process at a time in a data folder', () => {
  const fixture = resolve(import.meta.dirname, 'fixtures/hold-store-open.ts');

  /** Starts another process opening the store on `dataDir`; resolves with its first line. */
  function openInAnotherProcess(): Promise<{ child: ChildProcess; line: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    return new Promise((resolveLine, reject) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      createInterface({ input: child.stdout! }).once('line', (line) => resolveLine({ child, line }));
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
  }

  const killed = (child: ChildProcess) =>
    new Promise<void>((resolveExit) => {
      child.once('exit', () => resolveExit());
      child.kill('SIGKILL');
    });

  it('refuses a second process on the same folder, saying so plainly, and changes nothing', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('First Fiona'));
    const bytes = await readBytes(dataFile);

    const { line } = await openInAnotherProcess();
    expect(line).toMatch(/^refused IR Match Planner is already open with this data folder/);
    expect(line).toContain(dataDir);
    expectReadable(line.slice('refused '.length), 'second open');
    expect((await readBytes(dataFile))?.equals(bytes!)).toBe(true);
  }, 30_000);

  it('is refused while another process has the folder, and opens once that process has been killed', async () => {
    const { child, line } = await openInAnotherProcess();
    expect(line).toBe('open');
    await expect(Store.open({ dataDir })).rejects.toMatchObject({
      code: 'store-unavailable',
      message: expect.stringMatching(/^IR Match Planner is already open with this data folder/),
    });

    // SIGKILL: no chance to remove its lock. Its process is gone, so the lock is taken over.
    await killed(child);
    expect(await listDir(dataDir)).toContain(LOCK_FILE_NAME);
    const store = await Store.open({ dataDir });
    expect(store.status).toBe('ready');
  }, 30_000);

  it('takes over a lock whose process is gone, or that is garbled (a crash while writing it)', async () => {
    await writeFile(join(dataDir, LOCK_FILE_NAME), '2147483646\nabc\n');
    await expect(Store.open({ dataDir })).resolves.toBeInstanceOf(Store);
    await writeFile(join(dataDir, LOCK_FILE_NAME), '');
    await expect(Store.open({ dataDir })).resolves.toBeInstanceOf(Store);
  });

  it('lets the folder go on close', async () => {
    const store = await Store.open({ dataDir });
    await store.update(withName('Closing Cleo'));
    await store.close();
    expect(await listDir(dataDir)).not.toContain(LOCK_FILE_NAME);
    const { line } = await openInAnotherProcess();
    expect(line).toBe('open');
  }, 30_000);
});

describe('a damaged data file after a restore', () => {
  it('repro: recovers the restored data, not what the restore replaced, and says what it holds', async () => {
    const clock = manualClock(new Date(2030, 5, 10, 9, 0));
    const store = await Store.open({ dataDir, now: clock.now, changeBackupIntervalMs: 0 });
    await store.update(withName('Wanted Wen'));
    clock.advance(60_000);
    await store.update(withName('Mistake Max'));
    const wanted = (await store.listBackups()).find((b) => b.contents.kind === 'data' && b.contents.applicantName === 'Wanted Wen')!;
    clock.advance(60_000);
    await store.restoreBackup(wanted.name);

    const reasons = (await store.listBackups()).map((b) => b.reason);
    expect(reasons.slice(0, 2)).toEqual(['after-restore', 'pre-restore']);

    await writeFile(dataFile, '{"schemaVersion": 5, "prof');
    clock.advance(60_000);
    const reopened = await Store.open({ dataDir, now: clock.now });
    expect(reopened.document.profile?.fullName).toBe('Wanted Wen');
    const restoredAt = new Date(2030, 5, 10, 9, 2, 0, 1).toLocaleString();
    expect(reopened.notices[0]!.message).toContain(`Your data was restored to how it was on ${restoredAt}: Wanted Wen.`);
  });
});

describe('how start-up problems are said', () => {
  it('a file of the wrong shape: a plain first sentence, then one problem per line', async () => {
    await writeFile(dataFile, JSON.stringify({ schemaVersion: 5, profile: 'x', experiences: 3 }));
    const store = await Store.open({ dataDir });
    const lines = store.notices[0]!.message.split('\n');
    expect(lines[0]).toBe('The file could not be read: parts of it are not in the form IR Match Planner expects.');
    expect(lines.slice(1, 4)).toEqual(expect.arrayContaining(['• profile: should be a group of fields, not text']));
    expect(lines.filter((line) => line.startsWith('• '))).toHaveLength(6);
    expect(lines.at(-1)).toBe('The app started with empty data. The damaged file was kept, unchanged, at the path below.');
  });

  it('a folder where the data file should be: says so plainly, with no error code', async () => {
    await mkdir(dataFile);
    const opening = Store.open({ dataDir });
    await expect(opening).rejects.toMatchObject({
      code: 'io',
      message:
        `IR Match Planner cannot open its data in ${dataDir} because ${DATA_FILE_NAME} there is a folder, not the data file. ` +
        'Nothing was changed; move or rename that folder, then start the app again.',
    });
  });

  it('names the kept damaged file with the local date and time', async () => {
    const at = new Date(2030, 5, 10, 23, 45, 6, 7);
    await writeFile(dataFile, 'not json');
    await Store.open({ dataDir, now: () => at });
    const kept = (await readdir(dataDir)).filter((name) => name.includes('.corrupt-'));
    expect(kept).toEqual(['ir-match-planner.corrupt-2030-06-10T23-45-06-007.json']);
    expect(localFileStamp(at)).toBe('2030-06-10T23-45-06-007');
  });
});
