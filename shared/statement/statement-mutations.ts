import { plural } from '../in-words';
import { AppFailure } from '../result';
import { resolveLimits, type LimitOverrides } from './eras-limits';
import type { ErasEntry, OutlineSection, ParagraphVariant, ParagraphVariantInput, Statement, TalkingPoint, TalkingPointInput } from './statement-schema';
import { insertAt, removeById } from '../list-places';

/*
 * Pure changes to the statement workspace. Each returns the next statement; the
 * store saves it. Ids and times come from the caller so these stay deterministic.
 */

export function saveTalkingPoint(statement: Statement, id: string, input: TalkingPointInput): { next: Statement; point: TalkingPoint } {
  const point: TalkingPoint = { id, ...input };
  const exists = statement.talkingPoints.some((candidate) => candidate.id === id);
  const talkingPoints = exists ? statement.talkingPoints.map((candidate) => (candidate.id === id ? point : candidate)) : [...statement.talkingPoints, point];
  return { next: { ...statement, talkingPoints }, point };
}

export interface RemovedTalkingPoint {
  point: TalkingPoint;
  /** Outline sections and positions it was in, so undo puts it back. */
  placements: { sectionId: string; index: number }[];
  erasExperienceIds: string[];
}

export function deleteTalkingPoint(statement: Statement, id: string): { next: Statement; removed: RemovedTalkingPoint } {
  const point = statement.talkingPoints.find((candidate) => candidate.id === id);
  if (!point) throw new AppFailure('not-found', 'That talking point no longer exists.');
  const placements = statement.outline.flatMap((section) => {
    const index = section.talkingPointIds.indexOf(id);
    return index === -1 ? [] : [{ sectionId: section.id, index }];
  });
  const erasExperienceIds = statement.erasEntries.filter((entry) => entry.talkingPointId === id).map((entry) => entry.experienceId);
  return {
    next: {
      ...statement,
      talkingPoints: statement.talkingPoints.filter((candidate) => candidate.id !== id),
      outline: outlineWithoutPoint(statement.outline, id),
      erasEntries: erasEntriesWithoutPoint(statement.erasEntries, id),
    },
    removed: { point, placements, erasExperienceIds },
  };
}

export function restoreTalkingPoint(statement: Statement, removed: RemovedTalkingPoint): Statement {
  if (statement.talkingPoints.some((candidate) => candidate.id === removed.point.id)) return statement;
  return {
    ...statement,
    talkingPoints: [...statement.talkingPoints, removed.point],
    outline: outlineWithPointBack(statement.outline, removed),
    erasEntries: erasEntriesWithPointBack(statement.erasEntries, removed),
  };
}

/*
 * What deleting a talking point (and undoing it) does to the outline and the ERAS entries. The
 * renderer applies the same to edits not saved yet, so they still apply over the changed data.
 */

export function outlineWithoutPoint(outline: readonly OutlineSection[], id: string): OutlineSection[] {
  return outline.map((section) => (section.talkingPointIds.includes(id) ? { ...section, talkingPointIds: section.talkingPointIds.filter((pointId) => pointId !== id) } : section));
}

export function erasEntriesWithoutPoint(entries: readonly ErasEntry[], id: string): ErasEntry[] {
  return entries.map((entry) => (entry.talkingPointId === id ? { ...entry, talkingPointId: null } : entry));
}

export function outlineWithPointBack(outline: readonly OutlineSection[], removed: RemovedTalkingPoint): OutlineSection[] {
  return outline.map((section) => {
    const placement = removed.placements.find((candidate) => candidate.sectionId === section.id);
    if (!placement || section.talkingPointIds.includes(removed.point.id)) return section;
    return { ...section, talkingPointIds: insertAt(section.talkingPointIds, placement.index, removed.point.id) };
  });
}

export function erasEntriesWithPointBack(entries: readonly ErasEntry[], removed: RemovedTalkingPoint): ErasEntry[] {
  return entries.map((entry) =>
    removed.erasExperienceIds.includes(entry.experienceId) && entry.talkingPointId === null ? { ...entry, talkingPointId: removed.point.id } : entry,
  );
}

/** Replaces the outline; points that no longer exist are dropped, a point sits in one section only. */
export function setOutline(statement: Statement, sections: readonly OutlineSection[]): Statement {
  const known = new Set(statement.talkingPoints.map((point) => point.id));
  const placed = new Set<string>();
  const sectionIds = new Set<string>();
  const outline = sections.map((section) => {
    if (sectionIds.has(section.id)) throw new AppFailure('validation', 'Two outline sections share an id.');
    sectionIds.add(section.id);
    const talkingPointIds = section.talkingPointIds.filter((id) => known.has(id) && !placed.has(id));
    talkingPointIds.forEach((id) => placed.add(id));
    return { ...section, talkingPointIds };
  });
  return { ...statement, outline };
}

export function setDraftText(statement: Statement, text: string, now: string): Statement {
  return { ...statement, draft: { ...statement.draft, text, updatedAt: now } };
}

export function saveVariant(statement: Statement, id: string, input: ParagraphVariantInput): { next: Statement; variant: ParagraphVariant } {
  const variant: ParagraphVariant = { id, ...input };
  const exists = statement.draft.variants.some((candidate) => candidate.id === id);
  const variants = exists ? statement.draft.variants.map((candidate) => (candidate.id === id ? variant : candidate)) : [...statement.draft.variants, variant];
  return { next: { ...statement, draft: { ...statement.draft, variants } }, variant };
}

export interface RemovedVariant {
  variant: ParagraphVariant;
  /** Its place in the list, so undo puts it back there. */
  index: number;
}

export function deleteVariant(statement: Statement, id: string): { next: Statement; removed: RemovedVariant } {
  const { rest: variants, item: variant, index } = removeById(statement.draft.variants, id, 'That paragraph variant no longer exists.');
  return { next: { ...statement, draft: { ...statement.draft, variants } }, removed: { variant, index } };
}

export function restoreVariant(statement: Statement, removed: RemovedVariant): Statement {
  if (statement.draft.variants.some((candidate) => candidate.id === removed.variant.id)) return statement;
  return { ...statement, draft: { ...statement.draft, variants: insertAt(statement.draft.variants, removed.index, removed.variant) } };
}

/**
 * Replaces the ERAS entries. The number of entries and of "most meaningful" ones are
 * ERAS rules and are refused past the limit; long text is kept and shown as over.
 */
export function setErasEntries(statement: Statement, entries: readonly ErasEntry[], experienceIds: ReadonlySet<string>): Statement {
  const limits = resolveLimits(statement.limits);
  if (entries.length > limits.experiences) {
    throw new AppFailure('validation', `ERAS takes at most ${plural(limits.experiences, 'experience', 'experiences')}; remove one before adding another.`);
  }
  const meaningful = entries.filter((entry) => entry.mostMeaningful).length;
  if (meaningful > limits.mostMeaningful) {
    throw new AppFailure('validation', `Only ${plural(limits.mostMeaningful, 'experience', 'experiences')} can be marked most meaningful; unmark one first.`);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!experienceIds.has(entry.experienceId)) throw new AppFailure('not-found', 'One of the chosen experiences no longer exists in your tracker.');
    if (seen.has(entry.experienceId)) throw new AppFailure('validation', 'An experience can be on the ERAS list only once.');
    seen.add(entry.experienceId);
  }
  const points = new Set(statement.talkingPoints.map((point) => point.id));
  const cleaned = entries.map((entry) => (entry.talkingPointId && !points.has(entry.talkingPointId) ? { ...entry, talkingPointId: null } : entry));
  return { ...statement, erasEntries: cleaned };
}

export function setLimits(statement: Statement, overrides: LimitOverrides): Statement {
  return { ...statement, limits: overrides };
}
