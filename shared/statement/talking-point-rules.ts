import type { Citation } from './personal-prompts';
import type { ErasEntry, OutlineSection, TalkingPoint } from './statement-schema';

/** Ids of the entries that exist in the log right now. */
export interface LogIds {
  procedures: ReadonlySet<string>;
  experiences: ReadonlySet<string>;
  outputs: ReadonlySet<string>;
}

export function logIds(data: { procedures: readonly { id: string }[]; experiences: readonly { id: string }[]; researchOutputs: readonly { id: string }[] }): LogIds {
  return {
    procedures: new Set(data.procedures.map((entry) => entry.id)),
    experiences: new Set(data.experiences.map((entry) => entry.id)),
    outputs: new Set(data.researchOutputs.map((entry) => entry.id)),
  };
}

export function citationExists(citation: Citation, ids: LogIds): boolean {
  if (citation.kind === 'procedure') return ids.procedures.has(citation.id);
  if (citation.kind === 'experience') return ids.experiences.has(citation.id);
  return ids.outputs.has(citation.id);
}

/**
 * A point is unsupported when nothing in the log backs it: no evidence linked, or
 * every linked entry has since been deleted. Programs test claims at interview.
 */
export function isUnsupported(point: Pick<TalkingPoint, 'evidence'>, ids: LogIds): boolean {
  return !point.evidence.some((citation) => citationExists(citation, ids));
}

export interface StoryReuse {
  talkingPointId: string;
  /** The experience of the "most meaningful" entry that tells the same story. */
  experienceId: string;
  reason: 'same-point' | 'same-experience';
}

/**
 * Stories told in the statement (a point placed in the outline) and again in an ERAS
 * "most meaningful" reflection: the same point chosen for the reflection, or a point
 * whose evidence is that very experience. Telling one story twice wastes space.
 */
export function storiesUsedTwice(points: readonly TalkingPoint[], outline: readonly OutlineSection[], erasEntries: readonly ErasEntry[]): StoryReuse[] {
  const inStatement = new Set(outline.flatMap((section) => section.talkingPointIds));
  const reuses: StoryReuse[] = [];
  for (const entry of erasEntries.filter((candidate) => candidate.mostMeaningful)) {
    for (const point of points.filter((candidate) => inStatement.has(candidate.id))) {
      if (entry.talkingPointId === point.id) {
        reuses.push({ talkingPointId: point.id, experienceId: entry.experienceId, reason: 'same-point' });
      } else if (point.evidence.some((citation) => citation.kind === 'experience' && citation.id === entry.experienceId)) {
        reuses.push({ talkingPointId: point.id, experienceId: entry.experienceId, reason: 'same-experience' });
      }
    }
  }
  return reuses;
}
