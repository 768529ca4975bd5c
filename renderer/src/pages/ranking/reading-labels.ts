import type { CaseMixStrength } from '../../../../shared/programs/case-mix-categories';
import type { ProgramEvaluation } from '../../../../shared/programs/evaluation';
import type { VolumeTone } from '../../../../shared/programs/program-summary';
import { AUTONOMY_WORDS, COMPETITION_WORDS, IMG_WORDS, TRANSPARENCY_WORDS } from '../programs/evaluation-words';

/** Words and colours for the evaluation's readings, shared by the compare view and the heatmap. */

export const TONE_COLOR: Record<VolumeTone, string> = {
  good: 'teal',
  fair: 'blue',
  bad: 'red',
  warning: 'orange',
  unknown: 'gray',
};

/** The same words the Evaluation tab uses, so a reading is called one thing everywhere. */
const labelsOf = <Level extends string>(words: Record<Level, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(words).map(([level, w]) => [level, w.label])) as Record<Level, string>;

export const COMPETITION_LABELS: Record<ProgramEvaluation['competition']['level'], string> = labelsOf(COMPETITION_WORDS);
export const AUTONOMY_LABELS: Record<ProgramEvaluation['autonomy']['level'], string> = labelsOf(AUTONOMY_WORDS);
export const IMG_LABELS: Record<ProgramEvaluation['imgFriendliness']['level'], string> = labelsOf(IMG_WORDS);
export const TRANSPARENCY_LABELS: Record<ProgramEvaluation['transparency']['level'], string> = labelsOf(TRANSPARENCY_WORDS);

export const STRENGTH_COLOR: Record<CaseMixStrength, string> = {
  strong: 'var(--mantine-color-teal-6)',
  some: 'var(--mantine-color-teal-2)',
  none: 'var(--mantine-color-red-2)',
  unknown: 'var(--mantine-color-gray-1)',
};

export const STRENGTH_SHORT: Record<CaseMixStrength, string> = {
  strong: 'Strong',
  some: 'Some',
  none: 'None',
  unknown: '?',
};

export const SOURCE_LABELS: Record<string, string> = {
  'program-website': 'program website',
  brochure: 'brochure',
  'faculty-interview': 'faculty at interview',
  'resident-interview': 'residents',
  'sir-directory': 'SIR directory',
  other: 'other source',
};
