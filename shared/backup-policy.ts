/**
 * Rolling backups, pure so they can be tested with plain dates.
 *
 * Ordinary backups (start, change, after a restore or an import): a few from today, and the newest
 * of each of the last few days the app was used (days with backups, not calendar days, so a month
 * away does not cost the week before it), within a cap. A backup whose exact content a kept, newer
 * backup already holds goes first, so identical copies never push out real data. The newest
 * format-upgrade backup (the only copy in the old format) always stays, in one of the ordinary places.
 *
 * Undo backups (taken before an import, a restore, or loading or clearing the sample replaced the
 * data whole, and the copy of the newest data kept when the data file went missing) may be the only copy of the applicant's own work, so they have an allowance of their
 * own, whatever their day: the newest `keepUndo`, where an exact copy of a newer undo backup goes
 * before any backup holding something unique.
 *
 * Worst case with the default policy: 12 ordinary + 10 undo = 22 files.
 */
export const BACKUP_REASONS = [
  'start',
  'change',
  'pre-migration',
  'pre-import',
  'pre-restore',
  'pre-clear',
  'pre-sample',
  'after-import',
  'after-restore',
  'kept-missing-data',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Backups of data that an import, a restore or the sample replaced whole. While the sample is
 * loaded, the newest of them holds what the sample replaced: clearing the sample brings it back.
 */
export const REPLACED_DATA_REASONS: readonly BackupReason[] = ['pre-sample', 'pre-import', 'pre-restore'];

/**
 * Every backup taken just before the data was replaced whole; each was promised to the user as the
 * way to undo that. Clearing the sample counts too (the sample may carry edits), but is not in
 * REPLACED_DATA_REASONS: what it replaced is the sample, never what the sample replaced.
 */
export const UNDO_BACKUP_REASONS: readonly BackupReason[] = [...REPLACED_DATA_REASONS, 'pre-clear', 'kept-missing-data'];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  start: 'When the app started',
  change: 'After changes',
  'pre-migration': 'Before upgrading the file format',
  'pre-import': 'Before importing a backup',
  'pre-restore': 'Before restoring a backup',
  'pre-clear': 'Before clearing the sample',
  'pre-sample': 'Before loading the sample applicant',
  'after-import': 'After importing a backup',
  'after-restore': 'After restoring a backup',
  'kept-missing-data': 'Kept when the data file was missing',
};

/**
 * The backup taken of the new data once a replacement is written, so the newest backup holds what is
 * there now (a damaged-file recovery takes the newest), not what the replacement undid.
 */
export function backupReasonAfterReplacing(reason: BackupReason): BackupReason {
  if (reason === 'pre-restore') return 'after-restore';
  if (reason === 'pre-import') return 'after-import';
  return 'change';
}

export interface BackupPolicy {
  /** Ordinary backups kept from today (and from a clock set back). */
  keepToday: number;
  /** Earlier days that have backups (however long ago), each keeping its newest ordinary backup. */
  keepDailyForDays: number;
  /** Cap on the ordinary backups kept. */
  maxOrdinary: number;
  /** Undo backups kept, whatever their day (never fewer than the newest REPLACED_DATA one). */
  keepUndo: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepToday: 5, keepDailyForDays: 7, maxOrdinary: 12, keepUndo: 10 };

export interface BackupRef {
  name: string;
  createdAt: Date;
  reason: BackupReason;
  /** Short hash of the file's bytes: equal hashes, equal content. Null for files named before hashes. */
  contentHash: string | null;
}

/** 12 hex digits (48 bits) of sha256: no accidental match among a few dozen files. */
export const CONTENT_HASH_LENGTH = 12;
const CONTENT_HASH = new RegExp(`^[0-9a-f]{${CONTENT_HASH_LENGTH}}$`);

const PREFIX = 'backup-';
// The hash is optional so that files written before it was added are still backups.
const NAME_PATTERN = new RegExp(
  `^backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})(?:-([0-9a-f]{${CONTENT_HASH_LENGTH}}))?\\.json$`,
);

/** `backup-2030-06-15T12-34-56-789Z-pre-import-0123456789ab.json`: sortable, filesystem-safe. */
export function backupFileName(createdAt: Date, reason: BackupReason, contentHash: string): string {
  if (!CONTENT_HASH.test(contentHash)) throw new Error(`Not a backup content hash: ${contentHash}`);
  return `${PREFIX}${createdAt.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}-${contentHash}.json`;
}

export function parseBackupFileName(name: string): BackupRef | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, reason, contentHash] = match;
  const createdAt = new Date(`${day}T${hh}:${mm}:${ss}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { name, createdAt, reason: reason as BackupReason, contentHash: contentHash ?? null };
}

export const isUndoBackup = (backup: BackupRef) => UNDO_BACKUP_REASONS.includes(backup.reason);

const localDayKey = (date: Date) =>
  `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** Newest first; equal times by name, so the result never depends on the input order. */
const newestFirst = (backups: readonly BackupRef[]) =>
  [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));

/** Returns the backups to delete; everything else is kept. */
export function backupsToPrune(
  backups: readonly BackupRef[],
  now: Date,
  policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
): BackupRef[] {
  const all = newestFirst(backups);
  // The only copy of the data in the format it had before an upgrade: whatever happens after it.
  const formatUpgrade = all.find((b) => b.reason === 'pre-migration');
  const ordinary = all.filter((b) => !isUndoBackup(b) && b !== formatUpgrade);
  const ordinaryPlaces = Math.max(0, policy.maxOrdinary - (formatUpgrade ? 1 : 0));
  const keep = new Set([
    ...ordinaryToKeep(ordinary, now, policy).slice(0, ordinaryPlaces),
    ...undoToKeep(all.filter(isUndoBackup), policy),
  ]);
  if (formatUpgrade) keep.add(formatUpgrade);
  // However old, the newest backup is the last way back: never prune it.
  if (all[0]) keep.add(all[0]);
  return all.filter((b) => !keep.has(b));
}

/**
 * `newest` sorted newest first, returned in order of worth: up to `keepToday` from today (those
 * holding content no newer one holds first), then, for each earlier day with backups, its newest
 * backup whose content is not already kept; a day holding only such copies takes no place.
 */
function ordinaryToKeep(newest: readonly BackupRef[], now: Date, policy: BackupPolicy): BackupRef[] {
  const today = localDayKey(now);
  // A clock set back leaves backups dated after now: they count as today's.
  const isToday = (backup: BackupRef) => localDayKey(backup.createdAt) === today || backup.createdAt > now;
  const { unique, copies } = splitCopies(newest.filter(isToday));
  const keep = [...unique, ...copies].slice(0, policy.keepToday);

  const keptHashes = new Set(keep.map((b) => b.contentHash).filter((hash) => hash !== null));
  const daysKept = new Set<string>();
  for (const backup of newest) {
    if (daysKept.size >= policy.keepDailyForDays) break;
    const day = localDayKey(backup.createdAt);
    if (isToday(backup) || daysKept.has(day)) continue;
    if (backup.contentHash !== null && keptHashes.has(backup.contentHash)) continue;
    keep.push(backup);
    daysKept.add(day);
    if (backup.contentHash !== null) keptHashes.add(backup.contentHash);
  }
  return keep;
}

/**
 * `newest` sorted newest first, split into the backups whose content no newer one holds and the
 * older copies. Without a hash (an older file) a backup counts as unique: nothing proves it is a copy.
 */
function splitCopies(newest: readonly BackupRef[]): { unique: BackupRef[]; copies: BackupRef[] } {
  const seen = new Set<string>();
  const unique: BackupRef[] = [];
  const copies: BackupRef[] = [];
  for (const backup of newest) {
    if (backup.contentHash !== null && seen.has(backup.contentHash)) copies.push(backup);
    else unique.push(backup);
    if (backup.contentHash !== null) seen.add(backup.contentHash);
  }
  return { unique, copies };
}

/**
 * `newest` sorted newest first. Ranked: the newest of REPLACED_DATA_REASONS (clearing the sample
 * brings the applicant's entries back from it), then every backup whose content no newer one holds,
 * then the older copies; the first `keepUndo` stay. So a copy is dropped only while its newer twin
 * is kept, and unique content goes only after `keepUndo` newer unique backups.
 */
function undoToKeep(newest: readonly BackupRef[], policy: BackupPolicy): BackupRef[] {
  const sampleWayBack = newest.find((b) => REPLACED_DATA_REASONS.includes(b.reason));
  const { unique, copies } = splitCopies(newest);
  const ranked = [...new Set([sampleWayBack, ...unique, ...copies])].filter((b) => b !== undefined);
  return ranked.slice(0, Math.max(policy.keepUndo, sampleWayBack ? 1 : 0));
}
