import { describe, expect, it } from 'vitest';
import { deleteVersion, restoreDeletedVersion, restoreVersion, saveVersion, versionRoom, VERSIONS_FULL_MESSAGE } from '../../../shared/statement/draft-versions';
import { draftSchema, emptyStatement, MAX_VERSIONS, type DraftVersion, type Statement } from '../../../shared/statement/statement-schema';

const NOW = '2026-11-01T10:00:00.000Z';
const version = (index: number, extra: Partial<DraftVersion> = {}): DraftVersion => ({ id: `v${index}`, name: `Take ${index}`, text: `Text ${index}.`, savedAt: NOW, ...extra });

function withDraft(text: string, versions: DraftVersion[]): Statement {
  const statement = emptyStatement();
  return { ...statement, draft: { ...statement.draft, text, versions } };
}

const names = (statement: Statement) => statement.draft.versions.map((candidate) => candidate.name);

describe('saving a version', () => {
  it('refuses a name already used, whatever its case or spaces, in words', () => {
    const statement = withDraft('Draft.', [version(1, { name: 'Dup' })]);
    expect(() => saveVersion(statement, 'v2', ' dup ', NOW)).toThrow('A version is already called “Dup”. Choose another name.');
  });

  it('refuses to keep an empty draft as a version, in words', () => {
    expect(() => saveVersion(withDraft('  \n ', []), 'v1', 'Blank', NOW)).toThrow('The draft is empty: write and save some text before keeping a version of it.');
  });

  it('when full, makes room by dropping the oldest copy kept before a restore, never a named one', () => {
    const versions = Array.from({ length: MAX_VERSIONS }, (_, index) => version(index, index === 5 || index === 9 ? { automatic: true } : {}));
    const { next } = saveVersion(withDraft('Draft.', versions), 'new', 'Fresh', NOW);
    expect(next.draft.versions).toHaveLength(MAX_VERSIONS);
    expect(names(next)).not.toContain('Take 5');
    expect(names(next)).toContain('Take 9');
    expect(names(next).at(-1)).toBe('Fresh');
    expect(draftSchema.safeParse(next.draft).success).toBe(true);
  });

  it('when full of named versions, says so in words instead of failing the data check', () => {
    const versions = Array.from({ length: MAX_VERSIONS }, (_, index) => version(index));
    expect(versionRoom(versions)).toBe('full');
    expect(() => saveVersion(withDraft('Draft.', versions), 'new', 'Fresh', NOW)).toThrow(VERSIONS_FULL_MESSAGE);
  });
});

describe('restoring a version', () => {
  it('keeps the replaced text as an automatic copy, numbered when the name is taken, within the name limit', () => {
    const long = 'L'.repeat(120);
    let statement = withDraft('Second take.', [version(1, { name: long, text: 'First take.' })]);
    statement = restoreVersion(statement, 'v1', 'keep-1', NOW);
    statement = { ...statement, draft: { ...statement.draft, text: 'Third take.' } };
    statement = restoreVersion(statement, 'v1', 'keep-2', NOW);
    const kept = statement.draft.versions.slice(1);
    expect(kept.map((candidate) => candidate.automatic)).toEqual([true, true]);
    expect(kept[0]?.name).toMatch(/^Before restoring “L+…$/);
    expect(kept[1]?.name).toMatch(/^Before restoring “L+… \(2\)$/);
    expect(draftSchema.safeParse(statement.draft).success).toBe(true);
  });

  it('when full, replaces the oldest automatic copy; when full of named versions, says so', () => {
    const versions = Array.from({ length: MAX_VERSIONS }, (_, index) => version(index, index === 0 ? { automatic: true } : {}));
    const restored = restoreVersion(withDraft('Unsaved elsewhere.', versions), 'v3', 'keep', NOW);
    expect(restored.draft.versions).toHaveLength(MAX_VERSIONS);
    expect(names(restored)).not.toContain('Take 0');
    expect(restored.draft.versions.at(-1)).toMatchObject({ text: 'Unsaved elsewhere.', automatic: true });

    const named = Array.from({ length: MAX_VERSIONS }, (_, index) => version(index));
    expect(() => restoreVersion(withDraft('Unsaved elsewhere.', named), 'v3', 'keep', NOW)).toThrow(VERSIONS_FULL_MESSAGE);
  });
});

describe('deleting a version', () => {
  it('puts it back in its place with undo', () => {
    const statement = withDraft('Draft.', [version(1), version(2), version(3)]);
    const { next, removed } = deleteVersion(statement, 'v2');
    expect(names(next)).toEqual(['Take 1', 'Take 3']);
    expect(names(restoreDeletedVersion(next, removed))).toEqual(['Take 1', 'Take 2', 'Take 3']);
    // A second undo changes nothing.
    expect(names(restoreDeletedVersion(restoreDeletedVersion(next, removed), removed))).toEqual(['Take 1', 'Take 2', 'Take 3']);
  });

  it('numbers the one put back when its name was used again meanwhile', () => {
    const { next, removed } = deleteVersion(withDraft('Draft.', [version(1, { name: 'Dup' })]), 'v1');
    const { next: reused } = saveVersion(next, 'v2', 'Dup', NOW);
    expect(names(restoreDeletedVersion(reused, removed))).toEqual(['Dup (2)', 'Dup']);
  });
});
