import { AppFailure } from '../result';
import { MAX_VERSION_NAME_CHARS, MAX_VERSIONS, type DraftVersion, type Statement } from './statement-schema';
import { insertAt, removeById } from '../list-places';

/*
 * Named copies of the draft: saving, restoring, deleting (with undo), and what happens when
 * the versions are full. Ids and times come from the caller, as in statement-mutations.ts.
 */

const nameKey = (name: string) => name.trim().toLocaleLowerCase('en-US');

/** The version already called `name` (case and outer spaces aside), if any. */
export function versionNamed(versions: readonly DraftVersion[], name: string): DraftVersion | undefined {
  const key = nameKey(name);
  return versions.find((version) => nameKey(version.name) === key);
}

/**
 * Whether another version fits: there is room; or the versions are full and the oldest copy
 * kept automatically before a restore will make room; or they are full of versions the user
 * named, and one must be deleted first.
 */
export type VersionRoom = 'room' | 'replaces-automatic' | 'full';

export function versionRoom(versions: readonly DraftVersion[]): VersionRoom {
  if (versions.length < MAX_VERSIONS) return 'room';
  return versions.some((version) => version.automatic) ? 'replaces-automatic' : 'full';
}

export const VERSIONS_FULL_MESSAGE = `You have ${MAX_VERSIONS} saved versions, the most the app keeps. Delete one you no longer need, then try again.`;

/** `versions` with room for one more: the oldest automatic copy goes when they are full. */
function makeRoom(versions: readonly DraftVersion[]): DraftVersion[] {
  const room = versionRoom(versions);
  if (room === 'full') throw new AppFailure('validation', VERSIONS_FULL_MESSAGE);
  if (room === 'room') return [...versions];
  const oldest = versions.findIndex((version) => version.automatic);
  return versions.filter((_, index) => index !== oldest);
}

/** `name`, or `name (2)`, `name (3)`… when it is taken, within the name length limit. */
function unusedName(name: string, versions: readonly DraftVersion[]): string {
  for (let count = 1; ; count += 1) {
    const suffix = count === 1 ? '' : ` (${count})`;
    const room = MAX_VERSION_NAME_CHARS - suffix.length;
    const candidate = `${name.length > room ? `${name.slice(0, room - 1)}…` : name}${suffix}`;
    if (!versionNamed(versions, candidate)) return candidate;
  }
}

export function saveVersion(statement: Statement, id: string, name: string, now: string): { next: Statement; version: DraftVersion } {
  if (statement.draft.text.trim() === '') throw new AppFailure('validation', 'The draft is empty: write and save some text before keeping a version of it.');
  const taken = versionNamed(statement.draft.versions, name);
  if (taken) throw new AppFailure('validation', `A version is already called “${taken.name}”. Choose another name.`);
  const version: DraftVersion = { id, name: name.trim(), text: statement.draft.text, savedAt: now };
  const versions = [...makeRoom(statement.draft.versions), version];
  return { next: { ...statement, draft: { ...statement.draft, versions } }, version };
}

/** Restores a named version; the text being replaced is kept as a version first, so nothing is lost. */
export function restoreVersion(statement: Statement, versionId: string, keepId: string, now: string): Statement {
  const version = statement.draft.versions.find((candidate) => candidate.id === versionId);
  if (!version) throw new AppFailure('not-found', 'That version no longer exists.');
  const { text } = statement.draft;
  let versions = statement.draft.versions;
  if (text.trim() !== '' && text !== version.text) {
    const room = makeRoom(versions);
    versions = [...room, { id: keepId, name: unusedName(`Before restoring “${version.name}”`, room), text, savedAt: now, automatic: true }];
  }
  return { ...statement, draft: { ...statement.draft, text: version.text, updatedAt: now, versions } };
}

export interface RemovedVersion {
  version: DraftVersion;
  /** Its place in the list, so undo puts it back there. */
  index: number;
}

export function deleteVersion(statement: Statement, id: string): { next: Statement; removed: RemovedVersion } {
  const { rest: versions, item: version, index } = removeById(statement.draft.versions, id, 'That version no longer exists.');
  return { next: { ...statement, draft: { ...statement.draft, versions } }, removed: { version, index } };
}

/** Undoes a delete. A name taken since gets a number, as an automatic copy's does. */
export function restoreDeletedVersion(statement: Statement, removed: RemovedVersion): Statement {
  const current = statement.draft.versions;
  if (current.some((candidate) => candidate.id === removed.version.id)) return statement;
  const room = makeRoom(current);
  const version = { ...removed.version, name: unusedName(removed.version.name, room) };
  const versions = insertAt(room, removed.index, version);
  return { ...statement, draft: { ...statement.draft, versions } };
}
