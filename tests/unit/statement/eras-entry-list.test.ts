import { describe, expect, it } from 'vitest';
import {
  describeErasListChanges,
  entryAfterRemoval,
  erasListChanges,
  removeErasEntry,
  restoreErasEntry,
} from '../../../shared/statement/eras-entry-list';
import type { ErasEntry } from '../../../shared/statement/statement-schema';

const entry = (experienceId: string, overrides: Partial<ErasEntry> = {}): ErasEntry => ({
  experienceId,
  description: `About ${experienceId}`,
  mostMeaningful: false,
  reflection: '',
  talkingPointId: null,
  ...overrides,
});

const ids = (list: readonly ErasEntry[]) => list.map((item) => item.experienceId);
const written = entry('b', { description: 'My own words', mostMeaningful: true, reflection: 'Why it mattered', talkingPointId: 'tp-1' });

describe('removeErasEntry and restoreErasEntry', () => {
  it('puts a removed entry back where it was with everything it had', () => {
    const list = [entry('a'), written, entry('c')];
    const { list: without, removed } = removeErasEntry(list, 1);
    expect(ids(without)).toEqual(['a', 'c']);
    expect(removed).toEqual({ entry: written, index: 1 });
    expect(restoreErasEntry(without, removed!)).toEqual(list);
  });

  it('removes nothing for an index off the list', () => {
    const list = [entry('a')];
    expect(removeErasEntry(list, 3)).toEqual({ list, removed: null });
  });

  it('puts the entry last when the list has grown shorter since', () => {
    const { removed } = removeErasEntry([entry('a'), entry('x'), written], 2);
    expect(ids(restoreErasEntry([entry('a')], removed!))).toEqual(['a', 'b']);
  });

  it('replaces a fresh copy of the same experience added in the meantime with the written one', () => {
    const { list, removed } = removeErasEntry([written, entry('a')], 0);
    const readded = [...list, entry('b')];
    const restored = restoreErasEntry(readded, removed!);
    expect(restored).toEqual([written, entry('a')]);
  });
});

describe('entryAfterRemoval', () => {
  const list = [entry('a'), entry('b'), entry('c')];
  it('names the entry that takes the removed one’s place, the one before for the last, none for the only one', () => {
    expect(entryAfterRemoval(list, 0)).toBe('b');
    expect(entryAfterRemoval(list, 2)).toBe('b');
    expect(entryAfterRemoval([entry('a')], 0)).toBeNull();
  });
});

describe('erasListChanges and describeErasListChanges', () => {
  const saved = [entry('a'), entry('b'), entry('c')];

  it('counts edited, added and removed entries and a new order', () => {
    const current = [entry('c'), entry('a', { description: 'Rewritten' }), entry('d')];
    const changes = erasListChanges(saved, current);
    expect(changes).toEqual({ edited: 1, added: 1, removed: 1, reordered: true });
    expect(describeErasListChanges(changes)).toBe('Unsaved changes to 3 entries: 1 edited, 1 added, 1 removed and the order changed.');
  });

  it('names one entry in the singular', () => {
    const changes = erasListChanges(saved, [entry('a', { mostMeaningful: true }), entry('b'), entry('c')]);
    expect(describeErasListChanges(changes)).toBe('Unsaved changes to 1 entry: 1 edited.');
  });

  it('does not call a removal a new order', () => {
    const changes = erasListChanges(saved, [entry('a'), entry('c')]);
    expect(changes).toEqual({ edited: 0, added: 0, removed: 1, reordered: false });
    expect(describeErasListChanges(changes)).toBe('Unsaved changes to 1 entry: 1 removed.');
  });

  it('says when only the order changed, or nothing', () => {
    expect(describeErasListChanges(erasListChanges(saved, [entry('b'), entry('a'), entry('c')]))).toBe('The new order of your entries is not saved.');
    expect(describeErasListChanges(erasListChanges(saved, saved))).toBe('Nothing is unsaved.');
  });
});
