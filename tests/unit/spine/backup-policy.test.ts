import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/programs/stability';
import {
  BACKUP_REASON_LABELS,
  BACKUP_REASONS,
  backupFileName,
  backupReasonAfterReplacing,
  backupsToPrune,
  DEFAULT_BACKUP_POLICY,
  isUndoBackup,
  parseBackupFileName,
  REPLACED_DATA_REASONS,
  type BackupPolicy,
  type BackupReason,
  type BackupRef,
} from '../../../shared/backup-policy';

const HASH = '0123456789ab';

describe('backup file names', () => {
  it('formats a readable, sortable, filesystem-safe name carrying a content hash', () => {
    expect(backupFileName(new Date('2030-06-15T12:34:56.789Z'), 'pre-import', HASH)).toBe(
      'backup-2030-06-15T12-34-56-789Z-pre-import-0123456789ab.json',
    );
  });

  it.each(BACKUP_REASONS)('round-trips the time, reason "%s" and hash', (reason) => {
    const createdAt = new Date('2031-01-02T03:04:05.006Z');
    const name = backupFileName(createdAt, reason, 'abcdefabcdef');
    expect(name).not.toMatch(/[:\\/]/);
    expect(parseBackupFileName(name)).toEqual({ name, createdAt, reason, contentHash: 'abcdefabcdef' });
  });

  it.each(BACKUP_REASONS)('still reads a name from before hashes ("%s"), with no hash', (reason) => {
    const name = `backup-2029-12-31T23-59-59-999Z-${reason}.json`;
    expect(parseBackupFileName(name)).toEqual({ name, createdAt: new Date('2029-12-31T23:59:59.999Z'), reason, contentHash: null });
  });

  it.each(['ABCDEF012345', '0123456789a', '0123456789abc', 'ghijklmnopqr'])('refuses to name a file with the hash %s', (hash) => {
    expect(() => backupFileName(new Date('2030-06-15T12:00:00.000Z'), 'start', hash)).toThrow();
  });

  it.each([
    'ir-match-planner.json',
    'notes.txt',
    'backup-.json',
    'backup-2030-06-15T12-34-56-789Z-unknown.json',
    'backup-2030-06-15T12-34-56-789Z-start.json.tmp',
    'backup-2030-06-15T12-34-56-789Z-start.JSON',
    '../backup-2030-06-15T12-34-56-789Z-start.json',
    'backup-2030-13-45T12-34-56-789Z-start.json',
    'backup-2030-06-15T12:34:56.789Z-start.json',
    'my-backup-2030-06-15T12-34-56-789Z-start.json',
    'backup-2030-06-15T12-34-56-789Z-start-0123456789AB.json',
    'backup-2030-06-15T12-34-56-789Z-start-0123456789a.json',
    'backup-2030-06-15T12-34-56-789Z-start-0123456789abc.json',
    'backup-2030-06-15T12-34-56-789Z-0123456789ab.json',
  ])('rejects the foreign name %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

/** Local-time dates, so "today" means the same thing in every time zone. */
const NOW = new Date(2030, 5, 15, 18, 0, 0);
const at = (daysAgo: number, hour: number, minute = 0) => {
  const date = new Date(NOW);
  date.setDate(date.getDate() - daysAgo);
  date.setHours(hour, minute, 0, 0);
  return date;
};
/** A backup; without a hash it is named as before hashes were recorded. */
const ref = (createdAt: Date, reason: BackupReason = 'change', contentHash: string | null = null): BackupRef => ({
  name: contentHash ? backupFileName(createdAt, reason, contentHash) : `backup-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}.json`,
  createdAt,
  reason,
  contentHash,
});
const names = (refs: BackupRef[]) => refs.map((r) => r.name).sort();
const kept = (all: BackupRef[], policy?: BackupPolicy) => {
  const pruned = new Set(backupsToPrune(all, NOW, policy).map((r) => r.name));
  return all.filter((r) => !pruned.has(r.name));
};

describe('backupsToPrune', () => {
  const policy: BackupPolicy = { keepToday: 3, keepDailyForDays: 7, maxOrdinary: 20, keepUndo: 10 };

  it('keeps nothing extra to prune when there are few backups', () => {
    expect(backupsToPrune([], NOW, policy)).toEqual([]);
    expect(backupsToPrune([ref(at(0, 9))], NOW, policy)).toEqual([]);
  });

  it('keeps the newest keepToday backups from today', () => {
    const today = [9, 10, 11, 12, 13].map((h) => ref(at(0, h)));
    expect(names(kept(today, policy))).toEqual(names(today.slice(2)));
  });

  it('keeps only the newest backup of each earlier day within keepDailyForDays', () => {
    const yesterday = [ref(at(1, 8)), ref(at(1, 20)), ref(at(1, 12))];
    const threeDaysAgo = [ref(at(3, 7)), ref(at(3, 23))];
    const all = [ref(at(0, 10)), ...yesterday, ...threeDaysAgo];
    expect(names(kept(all, policy))).toEqual(names([ref(at(0, 10)), ref(at(1, 20)), ref(at(3, 23))]));
  });

  it('keeps the newest backup of each of the last keepDailyForDays days that have backups, however long ago', () => {
    const all = [ref(at(0, 10)), ref(at(6, 20)), ref(at(10, 20)), ref(at(10, 8)), ref(at(30, 20))];
    expect(names(kept(all, { ...policy, keepDailyForDays: 2 }))).toEqual(names([ref(at(0, 10)), ref(at(6, 20)), ref(at(10, 20))]));
  });

  it('after a month away, the first start keeps the week of backups before it (repro: all were pruned)', () => {
    const lastWeekUsed = Array.from({ length: 7 }, (_, i) => ref(at(40 + i, 17), 'change', `00000000001${i}`));
    const firstStartBack = ref(at(0, 9), 'start', '000000000020');
    const left = simulate([firstStartBack], lastWeekUsed);
    expect(names(left)).toEqual(names([firstStartBack, ...lastWeekUsed]));
    // Started over the same data as the last change: that day's backup is the copy that goes.
    const sameAsLast = ref(at(0, 9), 'start', '000000000010');
    expect(new Set(simulate([sameAsLast], lastWeekUsed).map((r) => r.contentHash))).toEqual(
      new Set(lastWeekUsed.map((r) => r.contentHash)),
    );
  });

  it('caps the ordinary backups at maxOrdinary, dropping the oldest first', () => {
    const all = [ref(at(0, 10)), ref(at(0, 11)), ref(at(1, 9)), ref(at(2, 9)), ref(at(3, 9)), ref(at(4, 9))];
    const result = kept(all, { keepToday: 5, keepDailyForDays: 7, maxOrdinary: 3, keepUndo: 10 });
    expect(names(result)).toEqual(names([ref(at(0, 10)), ref(at(0, 11)), ref(at(1, 9))]));
  });

  it('uses the default policy for ordinary backups: 5 today, one a day for seven days with backups, at most 12', () => {
    const today = Array.from({ length: 8 }, (_, i) => ref(at(0, 8 + i)));
    const daily = Array.from({ length: 10 }, (_, i) => ref(at(i * 3 + 1, 12)));
    const result = kept([...today, ...daily]);
    expect(result.length).toBeLessThanOrEqual(12);
    expect(result.filter((r) => today.includes(r))).toHaveLength(5);
    expect(names(result.filter((r) => daily.includes(r)))).toEqual(names(daily.slice(0, 7)));
  });

  it('never prunes the newest backup, however old', () => {
    const ancient = [ref(at(400, 9)), ref(at(200, 9)), ref(at(90, 9))];
    expect(names(kept(ancient, { ...policy, keepDailyForDays: 0 }))).toEqual([ref(at(90, 9)).name]);
    // Not even when the cap would otherwise be tiny.
    expect(names(kept(ancient, { keepToday: 0, keepDailyForDays: 0, maxOrdinary: 1, keepUndo: 0 }))).toEqual([ref(at(90, 9)).name]);
  });

  it('keeps the newest backup of data replaced whole (here, before the sample), even with an allowance of 1', () => {
    const beforeSample = ref(at(2, 9), 'pre-sample');
    const olderSample = ref(at(3, 9), 'pre-sample');
    const exploring = Array.from({ length: 8 }, (_, i) => ref(at(0, 8 + i)));
    const tight = { keepToday: 3, keepDailyForDays: 0, maxOrdinary: 3, keepUndo: 1 };
    const result = kept([olderSample, beforeSample, ...exploring], tight);
    expect(result).toContain(beforeSample);
    expect(result).not.toContain(olderSample);
    expect(result).toHaveLength(4);

    // A later restore replaced the data last: its backup is the one kept.
    const beforeRestore = ref(at(1, 9), 'pre-restore');
    const later = kept([beforeSample, beforeRestore, ...exploring], tight);
    expect(later).toContain(beforeRestore);
    expect(later).not.toContain(beforeSample);
  });

  it('treats a backup dated in the future (clock change) as today', () => {
    const future = ref(new Date(NOW.getTime() + 3 * 24 * 3600 * 1000));
    const all = [future, ref(at(0, 9)), ref(at(0, 10))];
    expect(names(kept(all, { keepToday: 2, keepDailyForDays: 7, maxOrdinary: 10, keepUndo: 10 }))).toEqual(
      names([future, ref(at(0, 10))]),
    );
  });

  it('does not depend on the input order and never returns a kept backup', () => {
    const all = [ref(at(2, 9)), ref(at(0, 9)), ref(at(1, 9)), ref(at(0, 10)), ref(at(1, 15))];
    const forward = names(backupsToPrune(all, NOW, policy));
    const backward = names(backupsToPrune([...all].reverse(), NOW, policy));
    expect(forward).toEqual(backward);
    expect(forward).toEqual([ref(at(1, 9)).name]);
  });
});

/** Writes backups one by one and prunes after each, as the store does; returns what is left. */
function simulate(events: readonly BackupRef[], existing: readonly BackupRef[] = [], now = NOW): BackupRef[] {
  let folder = [...existing];
  for (const event of events) {
    folder.push(event);
    const pruned = new Set(backupsToPrune(folder, now).map((r) => r.name));
    folder = folder.filter((r) => !pruned.has(r.name));
  }
  return folder;
}
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('identical copies among ordinary backups', () => {
  const DATA = (day: number) => `0000000000d${day}`;
  const SAME = '0000000000ee';

  it('repro: starts over an unchanged file never push the days holding real data out', () => {
    // A week of real work, then the file went missing and the app was started again and again
    // over the same (empty) document: every start backup is the same bytes.
    const realWork = Array.from({ length: 7 }, (_, i) => ref(at(i + 3, 17), 'change', DATA(i)));
    const starts = Array.from({ length: 12 }, (_, i) => ref(minutesAfter(at(2 - Math.floor(i / 5), 9), i), 'start', SAME));
    // Each pruned as it is taken, on its own day.
    let left = [...realWork];
    for (const start of starts) {
      left.push(start);
      const pruned = new Set(backupsToPrune(left, start.createdAt).map((r) => r.name));
      left = left.filter((r) => !pruned.has(r.name));
    }
    for (const backup of realWork) expect(left).toContainEqual(backup);
    // One of the copies stays: it is the newest backup, and the latest state.
    expect(left.filter((r) => r.contentHash === SAME)).not.toHaveLength(0);
  });

  it('ranks today’s backups holding something new ahead of older copies', () => {
    const change = ref(at(0, 8), 'change', DATA(1));
    const copies = Array.from({ length: 6 }, (_, i) => ref(at(0, 9 + i), 'start', SAME));
    const result = kept([change, ...copies], { ...policy(), keepToday: 2 });
    expect(names(result)).toEqual(names([change, copies[5]!]));
  });

  it('gives an earlier day’s place to its newest backup not already kept, and none to a day of copies only', () => {
    const today = ref(at(0, 9), 'start', SAME);
    const yesterdayCopy = ref(at(1, 20), 'start', SAME);
    const yesterdayWork = ref(at(1, 12), 'change', DATA(1));
    const onlyCopies = ref(at(2, 9), 'start', SAME);
    const older = [3, 4].map((d) => ref(at(d, 9), 'change', DATA(d)));
    const result = kept([today, yesterdayCopy, yesterdayWork, onlyCopies, ...older], { ...policy(), keepDailyForDays: 3 });
    expect(names(result)).toEqual(names([today, yesterdayWork, ...older]));
  });

  function policy(): BackupPolicy {
    return { ...DEFAULT_BACKUP_POLICY };
  }
});

describe('the backup taken before upgrading the file format', () => {
  it('is never pruned while it is the newest of its kind, whatever follows it', () => {
    const upgrade = ref(at(20, 9), 'pre-migration', '0000000000aa');
    const olderUpgrade = ref(at(60, 9), 'pre-migration', '0000000000bb');
    const today = Array.from({ length: 10 }, (_, i) => ref(at(0, 8 + i), 'change', `00000000010${i}`));
    const daily = Array.from({ length: 12 }, (_, i) => ref(at(i + 1, 12), 'change', `0000000002${String(i).padStart(2, '0')}`));
    const left = simulate([...today, ...daily].sort((a, b) => +a.createdAt - +b.createdAt), [olderUpgrade, upgrade]);
    expect(left).toContainEqual(upgrade);
    expect(left).not.toContainEqual(olderUpgrade);
    // It takes one of the ordinary places rather than adding to them.
    expect(left.filter((r) => !isUndoBackup(r)).length).toBeLessThanOrEqual(DEFAULT_BACKUP_POLICY.maxOrdinary);
  });

  it('repro: survives five change backups taken after it the same day', () => {
    const upgrade = ref(at(0, 9), 'pre-migration', '0000000000aa');
    const changes = Array.from({ length: 5 }, (_, i) => ref(at(0, 10 + i), 'change', `00000000010${i}`));
    expect(simulate(changes, [upgrade])).toContainEqual(upgrade);
  });
});

describe('the backup taken after the data was replaced whole', () => {
  it('is named for what replaced it, and labelled for the Backups list', () => {
    expect(backupReasonAfterReplacing('pre-restore')).toBe('after-restore');
    expect(backupReasonAfterReplacing('pre-import')).toBe('after-import');
    expect(backupReasonAfterReplacing('pre-sample')).toBe('change');
    expect(BACKUP_REASON_LABELS['after-restore']).toBe('After restoring a backup');
    expect(BACKUP_REASON_LABELS['after-import']).toBe('After importing a backup');
  });
});

describe('undo backups (before an import, a restore, or loading or clearing the sample)', () => {
  // The applicant clears the sample and saves a profile of their own ("Repro Two") this morning.
  const morning = [ref(at(0, 8), 'start', 'aaaaaaaaaaaa'), ref(at(0, 8, 1), 'pre-clear', 'bbbbbbbbbbbb'), ref(at(0, 8, 5), 'change', '0000000000ee')];
  const OWN = '0000000000ee';

  it('repro 1: six imports of the same file in a day keep the backup holding the applicant’s own data', () => {
    const imports = Array.from({ length: 6 }, (_, i) => ref(minutesAfter(at(0, 9), i), 'pre-import', i === 0 ? OWN : 'aaaaaaaaaaaa'));
    const left = simulate(imports, morning);
    expect(left).toContainEqual(imports[0]);
    // Nothing the user was promised is lost: every content an import replaced is still held.
    expect(new Set(left.map((r) => r.contentHash))).toEqual(new Set(imports.map((r) => r.contentHash)).add('bbbbbbbbbbbb'));
  });

  it('repro 1, worse: fifty imports of the same file keep it too (copies go first)', () => {
    const imports = Array.from({ length: 50 }, (_, i) => ref(minutesAfter(at(0, 9), i), 'pre-import', i === 0 ? OWN : 'aaaaaaaaaaaa'));
    const left = simulate(imports, morning);
    expect(left).toContainEqual(imports[0]);
    expect(left).toContainEqual(imports[49]);
    expect(left.filter((r) => r.contentHash === 'aaaaaaaaaaaa' && r.reason === 'pre-import').length).toBeLessThanOrEqual(10);
  });

  it('repro 2: a run of restores of six different backups keeps the one before the first restore', () => {
    // Restoring backup i backs up what restore i-1 brought back: restore 1 backs up the applicant's own data.
    const restores = Array.from({ length: 6 }, (_, i) => ref(minutesAfter(at(0, 10), i), 'pre-restore', i === 0 ? OWN : `00000000000${i}`));
    const left = simulate(restores, morning);
    expect(left).toContainEqual(restores[0]);
    expect(left.filter(isUndoBackup)).toHaveLength(7);
  });

  it('repro 2, worse: forty restores going back and forth between three backups keep it too', () => {
    const restores = Array.from({ length: 40 }, (_, i) => ref(minutesAfter(at(0, 10), i), 'pre-restore', i === 0 ? OWN : `00000000000${i % 3}`));
    const left = simulate(restores, morning);
    expect(left).toContainEqual(restores[0]);
    expect(left.filter(isUndoBackup).length).toBeLessThanOrEqual(DEFAULT_BACKUP_POLICY.keepUndo);
  });

  it('keeps the newest keepUndo whatever their day, and does not count them against today’s ordinary backups', () => {
    const undo = Array.from({ length: 12 }, (_, i) => ref(at(400 - i * 30, 9), 'pre-sample', `${String(i).padStart(12, '0')}`));
    const today = Array.from({ length: 8 }, (_, i) => ref(at(0, 8 + i)));
    const result = kept([...undo, ...today]);
    expect(names(result.filter(isUndoBackup))).toEqual(names(undo.slice(2)));
    expect(names(result.filter((r) => !isUndoBackup(r)))).toEqual(names(today.slice(3)));
  });

  it('drops an older copy before any unique backup, and never a copy whose newer twin goes', () => {
    const policy: BackupPolicy = { ...DEFAULT_BACKUP_POLICY, keepUndo: 3 };
    const oldUnique = ref(at(5, 9), 'pre-import', '00000000000a');
    const copyOld = ref(at(4, 9), 'pre-restore', '00000000000b');
    const middle = ref(at(3, 9), 'pre-import', '00000000000c');
    const copyNew = ref(at(2, 9), 'pre-restore', '00000000000b');
    const result = kept([oldUnique, copyOld, middle, copyNew], policy);
    expect(names(result)).toEqual(names([oldUnique, middle, copyNew]));
  });

  it('counts a backup without a hash (named before hashes) as unique', () => {
    const policy: BackupPolicy = { ...DEFAULT_BACKUP_POLICY, keepUndo: 2 };
    const legacy = ref(at(3, 9), 'pre-import');
    const copies = [ref(at(2, 9), 'pre-import', '00000000000b'), ref(at(1, 9), 'pre-import', '00000000000b')];
    expect(names(kept([legacy, ...copies], policy))).toEqual(names([legacy, copies[1]!]));
  });

  it('keeps the newest backup of what the sample replaced ahead of newer clears (clearing the sample reads it)', () => {
    const policy: BackupPolicy = { ...DEFAULT_BACKUP_POLICY, keepUndo: 2 };
    const beforeSample = ref(at(3, 9), 'pre-sample', '00000000000a');
    const clears = [1, 2, 3].map((d) => ref(at(d, 9), 'pre-clear', `00000000000${d}`));
    expect(names(kept([beforeSample, ...clears], policy))).toEqual(names([beforeSample, clears[0]!]));
  });

  it('worst case: never more than 12 ordinary + 10 undo = 22 files, and the last ways back always stay', () => {
    const random = mulberry32(7);
    let folder: BackupRef[] = [];
    let time = new Date(2030, 0, 1, 8).getTime();
    for (let step = 0; step < 1500; step += 1) {
      time += Math.floor(random() * 6 * 3600_000);
      const now = new Date(time);
      const reason = BACKUP_REASONS[Math.floor(random() * BACKUP_REASONS.length)]!;
      const hash = random() < 0.1 ? null : Math.floor(random() * 20).toString(16).padStart(12, '0');
      folder.push(ref(now, reason, hash));
      const pruned = new Set(backupsToPrune(folder, now).map((r) => r.name));
      const newestReplaced = folder.filter((r) => REPLACED_DATA_REASONS.includes(r.reason)).sort((a, b) => +b.createdAt - +a.createdAt)[0];
      const newestUpgrade = folder.filter((r) => r.reason === 'pre-migration').sort((a, b) => +b.createdAt - +a.createdAt)[0];
      folder = folder.filter((r) => !pruned.has(r.name));
      expect(folder.length).toBeLessThanOrEqual(22);
      expect(folder.filter((r) => !isUndoBackup(r)).length).toBeLessThanOrEqual(12);
      expect(folder.map((r) => r.name)).toContain(ref(now, reason, hash).name);
      if (newestReplaced) expect(folder).toContainEqual(newestReplaced);
      if (newestUpgrade) expect(folder).toContainEqual(newestUpgrade);
      // An undo copy is gone only if a newer undo backup with the same content stays.
      for (const gone of pruned) {
        const goneRef = parseBackupFileName(gone)!;
        if (!isUndoBackup(goneRef) || goneRef.contentHash === null) continue;
        const undoLeft = folder.filter(isUndoBackup);
        if (undoLeft.length < DEFAULT_BACKUP_POLICY.keepUndo) {
          expect(undoLeft.some((r) => r.contentHash === goneRef.contentHash && r.createdAt > goneRef.createdAt), gone).toBe(true);
        }
      }
    }
  });
});
