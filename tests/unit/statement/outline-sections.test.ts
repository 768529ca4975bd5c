import { describe, expect, it } from 'vitest';
import type { OutlineSection } from '../../../shared/statement/statement-schema';
import { moveSection, removedSectionMessage, removeSection, restoreSection, sectionAfterRemoval } from '../../../shared/statement/outline-sections';

const OUTLINE: OutlineSection[] = [
  { id: 'a', title: 'Opening', talkingPointIds: ['p1', 'p2'] },
  { id: 'b', title: 'Middle', talkingPointIds: ['p3'] },
  { id: 'c', title: 'Closing', talkingPointIds: [] },
];
const KNOWN = new Set(['p1', 'p2', 'p3']);

describe('removing and restoring an outline section', () => {
  it('puts a removed section back in its place with its talking points', () => {
    const { list, removed } = removeSection(OUTLINE, 0);
    expect(list.map((section) => section.id)).toEqual(['b', 'c']);
    expect(restoreSection(list, removed!, KNOWN)).toEqual(OUTLINE);
  });

  it('puts two removed sections back in their order, whichever Undo comes first', () => {
    const four: OutlineSection[] = [...OUTLINE, { id: 'd', title: 'Career', talkingPointIds: [] }];
    const first = removeSection(four, 1); // b
    const second = removeSection(first.list, 1); // c
    const ids = (list: OutlineSection[]) => list.map((section) => section.id);
    const oldestFirst = restoreSection(restoreSection(second.list, first.removed!, KNOWN), second.removed!, KNOWN);
    const newestFirst = restoreSection(restoreSection(second.list, second.removed!, KNOWN), first.removed!, KNOWN);
    expect(ids(oldestFirst)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(newestFirst)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts it last when the outline has grown shorter since', () => {
    const { list, removed } = removeSection(OUTLINE, 2);
    expect(restoreSection(list.slice(0, 1), removed!, KNOWN).map((section) => section.id)).toEqual(['a', 'c']);
  });

  it('takes its points back from a section they were placed in since, and leaves out deleted points', () => {
    const { list, removed } = removeSection(OUTLINE, 0);
    const moved = list.map((section) => (section.id === 'c' ? { ...section, talkingPointIds: ['p2'] } : section));
    expect(restoreSection(moved, removed!, new Set(['p2', 'p3']))).toEqual([
      { id: 'a', title: 'Opening', talkingPointIds: ['p2'] },
      OUTLINE[1],
      { id: 'c', title: 'Closing', talkingPointIds: [] },
    ]);
  });

  it('replaces a copy of the section already back (after Discard) instead of adding a second', () => {
    const { removed } = removeSection(OUTLINE, 1);
    const discarded = OUTLINE.map((section) => (section.id === 'b' ? { ...section, title: 'Middle, discarded copy' } : section));
    expect(restoreSection(discarded, removed!, KNOWN)).toEqual(OUTLINE);
  });

  it('removes nothing for a place with no section', () => {
    expect(removeSection(OUTLINE, 5)).toEqual({ list: OUTLINE, removed: null });
  });

  it('names the section that takes the removed one’s place, the one before when it was last, or none', () => {
    expect(sectionAfterRemoval(OUTLINE, 0)).toBe('b');
    expect(sectionAfterRemoval(OUTLINE, 2)).toBe('b');
    expect(sectionAfterRemoval(OUTLINE.slice(0, 1), 0)).toBeNull();
  });

  it('names the removed section in the notice, or says it had no title', () => {
    expect(removedSectionMessage(OUTLINE[0]!)).toBe('Removed “Opening” from the outline');
    expect(removedSectionMessage({ ...OUTLINE[0]!, title: '  ' })).toBe('Removed an untitled section from the outline');
  });

  it('moves a section up or down', () => {
    expect(moveSection(OUTLINE, 2, 1).map((section) => section.id)).toEqual(['a', 'c', 'b']);
  });
});
