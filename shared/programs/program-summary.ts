import type { CaseVolumeClassification } from './case-volume';
import { evaluateProgram, type EvaluationContext } from './evaluation';
import { questionsFromUnknowns } from './interview-questions';
import type { Program } from './program-schema';

const LEVEL_WORDS = { strong: 'Strong', adequate: 'Adequate', 'below-floor': 'Below the floor' } as const;
const PER_YEAR_WORDS = { low: 'low', busy: 'busy', high: 'high', unknown: 'unknown' } as const;

export type VolumeTone = 'good' | 'fair' | 'bad' | 'warning' | 'unknown';

export interface VolumeReading {
  label: string;
  tone: VolumeTone;
}

/** The short words the program list shows for volume: the level and what it is based on. */
export function volumeReading(volume: CaseVolumeClassification): VolumeReading {
  if (volume.mismatches?.length) return { label: 'Figures do not add up', tone: 'warning' };
  if (volume.basis === 'service-only') return { label: 'Service volume only', tone: 'warning' };
  if (volume.basis === 'none') return { label: 'Unknown', tone: 'unknown' };
  if (volume.level === 'unknown') {
    return { label: `Per-year figure only (${PER_YEAR_WORDS[volume.perYearLevel]})`, tone: 'unknown' };
  }
  const tone: VolumeTone = volume.level === 'strong' ? 'good' : volume.level === 'adequate' ? 'fair' : 'bad';
  return { label: `${LEVEL_WORDS[volume.level]} (resident-level)`, tone };
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
