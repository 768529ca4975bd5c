/**
 * Rolling backups: keep a few from today, one per earlier day for a week,
 * and never more than a cap in total. Pure so it can be tested with plain dates.
 */
export const BACKUP_REASONS = ['start', 'change', 'pre-migration', 'pre-import', 'pre-restore', 'pre-clear', 'pre-sample'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Backups of data that an import, a restore or the sample replaced whole. While the sample is
 * loaded, the newest of them holds what the sample replaced: clearing the sample brings it back.
 */
export const REPLACED_DATA_REASONS: readonly BackupReason[] = ['pre-sample', 'pre-import', 'pre-restore'];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  start: 'When the app started',
  change: 'After changes',
  'pre-migration': 'Before upgrading the file format',
  'pre-import': 'Before importing a backup',
  'pre-restore': 'Before restoring a backup',
  'pre-clear': 'Before clearing the sample',
  'pre-sample': 'Before loading the sample applicant',
};

export interface BackupPolicy {
  keepToday: number;
  keepDailyForDays: number;
  maxTotal: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepToday: 5, keepDailyForDays: 7, maxTotal: 12 };

export interface BackupRef {
  name: string;
  createdAt: Date;
  reason: BackupReason;
}

const PREFIX = 'backup-';
const NAME_PATTERN = /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

export function backupFileName(createdAt: Date, reason: BackupReason): string {
  return `${PREFIX}${createdAt.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.json`;
}

export function parseBackupFileName(name: string): BackupRef | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, reason] = match;
  if (!BACKUP_REASONS.includes(reason as BackupReason)) return null;
  const createdAt = new Date(`${day}T${hh}:${mm}:${ss}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { name, createdAt, reason: reason as BackupReason };
}

const localDayKey = (date: Date) =>
  `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** Returns the backups to delete; everything else is kept. */
export function backupsToPrune(
  backups: readonly BackupRef[],
  now: Date,
  policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
): BackupRef[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const today = localDayKey(now);
  const oldestDaily = new Date(now);
  oldestDaily.setDate(oldestDaily.getDate() - policy.keepDailyForDays);

  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const backup of newestFirst) {
    const day = localDayKey(backup.createdAt);
    if (day === today || backup.createdAt > now) {
      if (todayKept < policy.keepToday) {
        keep.add(backup.name);
        todayKept += 1;
      }
    } else if (backup.createdAt >= oldestDaily && !daysSeen.has(day)) {
      keep.add(backup.name);
      daysSeen.add(day);
    }
  }
  // However old, the newest backup is the last way back: never prune it. Nor the newest of data
  // replaced whole: clearing the sample brings the applicant's entries back from it.
  const lastWaysBack = [newestFirst[0], newestFirst.find((b) => REPLACED_DATA_REASONS.includes(b.reason))].filter((b) => b !== undefined);
  const kept = newestFirst.filter((b) => keep.has(b.name)).slice(0, policy.maxTotal);
  const keptNames = new Set([...kept, ...lastWaysBack].map((b) => b.name));
  return newestFirst.filter((b) => !keptNames.has(b.name));
}
