import { describe, expect, it } from 'vitest';
import {
  BACKUP_REASONS,
  backupFileName,
  backupsToPrune,
  parseBackupFileName,
  type BackupPolicy,
  type BackupReason,
  type BackupRef,
} from '../../../shared/backup-policy';

describe('backup file names', () => {
  it('formats a readable, sortable, filesystem-safe name', () => {
    expect(backupFileName(new Date('2030-06-15T12:34:56.789Z'), 'pre-import')).toBe(
      'backup-2030-06-15T12-34-56-789Z-pre-import.json',
    );
  });

  it.each(BACKUP_REASONS)('round-trips the time and reason "%s"', (reason) => {
    const createdAt = new Date('2031-01-02T03:04:05.006Z');
    const name = backupFileName(createdAt, reason);
    expect(name).not.toMatch(/[:\\/]/);
    expect(parseBackupFileName(name)).toEqual({ name, createdAt, reason });
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
const ref = (createdAt: Date, reason: BackupReason = 'change'): BackupRef => ({
  name: backupFileName(createdAt, reason),
  createdAt,
  reason,
});
const names = (refs: BackupRef[]) => refs.map((r) => r.name).sort();
const kept = (all: BackupRef[], policy?: BackupPolicy) => {
  const pruned = new Set(backupsToPrune(all, NOW, policy).map((r) => r.name));
  return all.filter((r) => !pruned.has(r.name));
};

describe('backupsToPrune', () => {
  const policy: BackupPolicy = { keepToday: 3, keepDailyForDays: 7, maxTotal: 20 };

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

  it('drops backups older than keepDailyForDays', () => {
    const all = [ref(at(0, 10)), ref(at(6, 20)), ref(at(10, 20)), ref(at(30, 20))];
    expect(names(kept(all, policy))).toEqual(names([ref(at(0, 10)), ref(at(6, 20))]));
  });

  it('caps the total at maxTotal, dropping the oldest first', () => {
    const all = [ref(at(0, 10)), ref(at(0, 11)), ref(at(1, 9)), ref(at(2, 9)), ref(at(3, 9)), ref(at(4, 9))];
    const result = kept(all, { keepToday: 5, keepDailyForDays: 7, maxTotal: 3 });
    expect(names(result)).toEqual(names([ref(at(0, 10)), ref(at(0, 11)), ref(at(1, 9))]));
  });

  it('uses the default policy: 5 today, one a day for a week, at most 12', () => {
    const today = Array.from({ length: 8 }, (_, i) => ref(at(0, 8 + i)));
    const daily = Array.from({ length: 10 }, (_, i) => ref(at(i + 1, 12)));
    const result = kept([...today, ...daily]);
    expect(result.length).toBeLessThanOrEqual(12);
    expect(result.filter((r) => today.includes(r))).toHaveLength(5);
    expect(names(result.filter((r) => daily.includes(r)))).toEqual(names(daily.slice(0, 6)));
  });

  it('never prunes the newest backup, however old', () => {
    const ancient = [ref(at(400, 9)), ref(at(200, 9)), ref(at(90, 9))];
    expect(names(kept(ancient, policy))).toEqual([ref(at(90, 9)).name]);
    // Not even when the cap would otherwise be tiny.
    expect(names(kept(ancient, { keepToday: 0, keepDailyForDays: 0, maxTotal: 1 }))).toEqual([ref(at(90, 9)).name]);
  });

  it('keeps the newest backup of data replaced whole (here, before the sample), however many came after', () => {
    const beforeSample = ref(at(2, 9), 'pre-sample');
    const olderSample = ref(at(3, 9), 'pre-sample');
    const exploring = Array.from({ length: 8 }, (_, i) => ref(at(0, 8 + i)));
    const result = kept([olderSample, beforeSample, ...exploring], { keepToday: 3, keepDailyForDays: 0, maxTotal: 3 });
    expect(result).toContain(beforeSample);
    expect(result).not.toContain(olderSample);
    expect(result).toHaveLength(4);

    // A later restore replaced the data last: its backup is the one kept.
    const beforeRestore = ref(at(1, 9), 'pre-restore');
    const later = kept([beforeSample, beforeRestore, ...exploring], { keepToday: 3, keepDailyForDays: 0, maxTotal: 3 });
    expect(later).toContain(beforeRestore);
    expect(later).not.toContain(beforeSample);
  });

  it('treats a backup dated in the future (clock change) as today', () => {
    const future = ref(new Date(NOW.getTime() + 3 * 24 * 3600 * 1000));
    const all = [future, ref(at(0, 9)), ref(at(0, 10))];
    expect(names(kept(all, { keepToday: 2, keepDailyForDays: 7, maxTotal: 10 }))).toEqual(
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
