import type { CaseVolumeClassification, FigureDisagreement } from './case-volume';
import { evaluateProgram, type EvaluationContext, type ProgramEvaluation } from './evaluation';
import { questionsFromUnknowns } from './interview-questions';
import type { Program } from './program-schema';

const LEVEL_WORDS = {
  strong: 'Strong',
  adequate: 'Adequate',
  'near-floor': 'Near the floor',
  'below-floor': 'Below the floor',
} as const;
const PER_YEAR_WORDS = { low: 'low', busy: 'busy', high: 'high', unknown: 'unknown' } as const;

export type VolumeTone = 'good' | 'fair' | 'bad' | 'warning' | 'unknown';

export interface VolumeReading {
  label: string;
  tone: VolumeTone;
}

const TONE: Record<keyof typeof LEVEL_WORDS, VolumeTone> = {
  strong: 'good',
  adequate: 'fair',
  'near-floor': 'warning',
  'below-floor': 'bad',
};

/** The words after a reading's basis: a figure nobody stands behind, or one another of its kind contradicts. */
const qualifiers = (unconfirmed: boolean, disputed: boolean) =>
  [unconfirmed && 'unconfirmed', disputed && 'figures disagree'].filter((word) => word !== false);

const withQualifiers = (basis: string, words: readonly string[]) => [basis, ...words].join(', ');

/**
 * The short words the program list shows for volume: the level and what it is based on.
 * A figure marked low confidence says "unconfirmed", one another figure of its kind
 * contradicts says "figures disagree", and a strong one then loses its green.
 * `disagreements`: the evaluation's `volumeDisagreements`.
 */
export function volumeReading(
  volume: CaseVolumeClassification,
  disagreements: readonly Pick<FigureDisagreement, 'kind'>[] = [],
): VolumeReading {
  if (volume.mismatches?.length) return { label: 'Figures do not add up', tone: 'warning' };
  // A doubtful figure that left nothing to read from; a believable total still reads as usual.
  if (volume.doubts?.length && volume.level === 'unknown') return { label: 'Doubtful figure', tone: 'warning' };
  const disputed = (kind: FigureDisagreement['kind']) => disagreements.some((d) => d.kind === kind);
  if (volume.basis === 'service-only') {
    return { label: disputed('departmental-annual') ? 'Service volume only (figures disagree)' : 'Service volume only', tone: 'warning' };
  }
  if (volume.basis === 'none') return { label: 'Unknown', tone: 'unknown' };
  const unconfirmed = volume.unconfirmed === true;
  if (volume.level === 'unknown') {
    const words = qualifiers(unconfirmed, disputed('resident-per-core-year'));
    return { label: `Per-year figure only (${withQualifiers(PER_YEAR_WORDS[volume.perYearLevel], words)})`, tone: 'unknown' };
  }
  const totalDisputed = disputed('resident-graduation-total');
  const tone = (unconfirmed || totalDisputed) && volume.level === 'strong' ? 'fair' : TONE[volume.level];
  return { label: `${LEVEL_WORDS[volume.level]} (${withQualifiers('resident-level', qualifiers(unconfirmed, totalDisputed))})`, tone };
}

/** The volume reading of one evaluated program, figures that disagree included. */
export function evaluationVolumeReading(evaluation: Pick<ProgramEvaluation, 'caseVolume' | 'volumeDisagreements'>): VolumeReading {
  return volumeReading(evaluation.caseVolume, evaluation.volumeDisagreements);
}

export interface ProgramListSummary {
  volume: VolumeReading;
  redFlags: number;
  greenFlags: number;
  openQuestions: number;
}

export function programListSummary(program: Program, context: EvaluationContext = {}): ProgramListSummary {
  const evaluation = evaluateProgram(program, context);
  return {
    volume: evaluationVolumeReading(evaluation),
    redFlags: evaluation.flags.red.length,
    greenFlags: evaluation.flags.green.length,
    openQuestions: questionsFromUnknowns(program, context).length,
  };
}
