import type { CaseVolumeClassification } from './case-volume';
import { evaluateProgram, type EvaluationContext } from './evaluation';
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

/**
 * The short words the program list shows for volume: the level and what it is based on.
 * A figure marked low confidence says "unconfirmed", and a strong one then loses its green.
 */
export function volumeReading(volume: CaseVolumeClassification): VolumeReading {
  if (volume.mismatches?.length) return { label: 'Figures do not add up', tone: 'warning' };
  // A doubtful figure that left nothing to read from; a believable total still reads as usual.
  if (volume.doubts?.length && volume.level === 'unknown') return { label: 'Doubtful figure', tone: 'warning' };
  if (volume.basis === 'service-only') return { label: 'Service volume only', tone: 'warning' };
  if (volume.basis === 'none') return { label: 'Unknown', tone: 'unknown' };
  const unconfirmed = volume.unconfirmed ? ', unconfirmed' : '';
  if (volume.level === 'unknown') {
    return { label: `Per-year figure only (${PER_YEAR_WORDS[volume.perYearLevel]}${unconfirmed})`, tone: 'unknown' };
  }
  const tone = volume.unconfirmed && volume.level === 'strong' ? 'fair' : TONE[volume.level];
  return { label: `${LEVEL_WORDS[volume.level]} (resident-level${unconfirmed})`, tone };
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
    volume: volumeReading(evaluation.caseVolume),
    redFlags: evaluation.flags.red.length,
    greenFlags: evaluation.flags.green.length,
    openQuestions: questionsFromUnknowns(program, context).length,
  };
}
