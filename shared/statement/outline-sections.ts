import type { OutlineSection } from './statement-schema';

/** A section taken out of the outline, and where it stood (its place and its neighbours), so Undo can put it back. */
export interface RemovedSection {
  section: OutlineSection;
  index: number;
  previousId: string | null;
  nextId: string | null;
}

export function removeSection(list: readonly OutlineSection[], index: number): { list: OutlineSection[]; removed: RemovedSection | null } {
  const section = list[index];
  if (!section) return { list: [...list], removed: null };
  const removed = { section, index, previousId: list[index - 1]?.id ?? null, nextId: list[index + 1]?.id ?? null };
  return { list: list.filter((_, at) => at !== index), removed };
}

/** Where a removed section goes back: before the section that followed it, else after the one before it, else at its old place. */
function placeOf(list: readonly OutlineSection[], removed: RemovedSection): number {
  const next = list.findIndex((section) => section.id === removed.nextId);
  if (next >= 0) return next;
  const previous = list.findIndex((section) => section.id === removed.previousId);
  if (previous >= 0) return previous + 1;
  return Math.min(Math.max(removed.index, 0), list.length);
}

/**
 * Puts a removed section back where it stood, beside the sections it stood between (so two
 * removals undone in either order come back in their order), or at its old place, or last,
 * with its title and talking points. A point sits in one section, so a point placed elsewhere in
 * the meantime comes back to this one, as it was before the removal; a point deleted since stays
 * out. A copy of the section already back (after Discard) gives way to the removed one.
 */
export function restoreSection(list: readonly OutlineSection[], removed: RemovedSection, knownPointIds: ReadonlySet<string>): OutlineSection[] {
  const section = { ...removed.section, talkingPointIds: removed.section.talkingPointIds.filter((id) => knownPointIds.has(id)) };
  const taken = new Set(section.talkingPointIds);
  const others = list
    .filter((other) => other.id !== section.id)
    .map((other) => (other.talkingPointIds.some((id) => taken.has(id)) ? { ...other, talkingPointIds: other.talkingPointIds.filter((id) => !taken.has(id)) } : other));
  const at = placeOf(others, removed);
  return [...others.slice(0, at), section, ...others.slice(at)];
}

/** The section whose title takes the removed one's place, or the one before when it was last; null when none is left. */
export function sectionAfterRemoval(list: readonly OutlineSection[], index: number): string | null {
  return (list[index + 1] ?? list[index - 1])?.id ?? null;
}

/** How the notice names a removed section; a title cleared before the removal still reads. */
export function removedSectionMessage(section: OutlineSection): string {
  const title = section.title.trim();
  return title === '' ? 'Removed an untitled section from the outline' : `Removed “${title}” from the outline`;
}

export function moveSection(list: readonly OutlineSection[], from: number, to: number): OutlineSection[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
