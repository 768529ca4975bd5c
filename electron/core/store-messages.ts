import { checkSchemaVersion } from '../../shared/migrations';
import type { StoreNotice } from '../../shared/ipc/app-info';
import { AppFailure } from '../../shared/result';

/*
 * What the store says when the disk or the file is not as it should be: plain words for the
 * user, never an error code. Pure, so the wording is tested with plain inputs.
 */

/** The data file's name in the data folder. */
export const DATA_FILE_NAME = 'ir-match-planner.json';

/** Why nothing can be saved in this folder, found at start-up; null when saving works. */
export type CannotSave = 'read-only' | 'disk-full' | null;

export const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const isReadOnlyCode = (code: string | undefined) => code === 'EACCES' || code === 'EPERM' || code === 'EROFS';

/** Whether the lock could not be written because nothing can be (read-only folder, full disk). */
export function cannotSaveBecause(error: unknown): CannotSave {
  const code = errorCode(error);
  if (isReadOnlyCode(code)) return 'read-only';
  return code === 'ENOSPC' ? 'disk-full' : null;
}

export function cannotSaveNotice(why: Exclude<CannotSave, null>, dataDir: string): StoreNotice {
  const problem =
    why === 'read-only'
      ? { title: 'the data folder is read-only', cause: 'it cannot write to the folder below', fix: 'Make the folder writable (or move it somewhere that is)' }
      : { title: 'the disk is full', cause: 'the disk holding the folder below is full', fix: 'Free some space on that disk' };
  return {
    kind: 'backup-failed',
    title: `Changes cannot be saved: ${problem.title}`,
    message: `IR Match Planner can show your data, but ${problem.cause}, so nothing you change will be kept and no backups can be taken. ${problem.fix}, then start the app again.`,
    path: dataDir,
  };
}

/**
 * What was wrong with a file that could not be used. A file of the wrong shape gets a plain first
 * sentence, then one line per problem found (the notice keeps the line breaks).
 */
export function describeDamage(raw: unknown, message: string): string {
  if (checkSchemaVersion(raw).kind === 'invalid') return message;
  const problems = message.split('\n').map((line) => `• ${line}`);
  return ['The file could not be read: parts of it are not in the form IR Match Planner expects.', ...problems].join('\n');
}

export function backupProblem(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOSPC') return 'the disk is full';
  if (isReadOnlyCode(code)) return 'the backups folder below cannot be written to';
  return 'something went wrong while writing it';
}

/** Start-up could not read or prepare the data file; nothing was changed. */
export function openFailure(error: unknown, dataDir: string): unknown {
  const code = errorCode(error);
  if (error instanceof AppFailure || typeof code !== 'string') return error;
  const { why, fix } = openProblem(code);
  return new AppFailure('io', `IR Match Planner cannot open its data in ${dataDir} because ${why}. Nothing was changed; ${fix}, then start the app again.`);
}

function openProblem(code: string): { why: string; fix: string } {
  if (code === 'ENOSPC') return { why: 'the disk is full', fix: 'free some space' };
  if (isReadOnlyCode(code)) return { why: 'the folder cannot be written to', fix: 'make it writable' };
  if (code === 'EISDIR') {
    return { why: `${DATA_FILE_NAME} there is a folder, not the data file`, fix: 'move or rename that folder' };
  }
  // mkdir gives EEXIST when the folder's own path is a file.
  if (code === 'ENOTDIR' || code === 'EEXIST') return { why: 'part of that path is a file, not a folder', fix: 'choose another folder' };
  return { why: 'the system would not let it read or write there', fix: 'check the folder' };
}

export function writeFailure(error: unknown, dataDir: string): AppFailure {
  const code = errorCode(error);
  if (code === 'ENOSPC') {
    return new AppFailure('io', 'The disk is full, so your change was not saved. Free some space and try again.');
  }
  if (isReadOnlyCode(code)) {
    return new AppFailure(
      'io',
      `IR Match Planner cannot write its data file (${DATA_FILE_NAME} in ${dataDir}), so your change was not saved. ` +
        'Check that the folder and that file can be written to (not read-only or locked), then try again.',
    );
  }
  return new AppFailure('io', 'Your change could not be saved because writing the file failed. Nothing was lost; try again.');
}
