import type { CaseMixStrength } from '../../../../shared/programs/case-mix-categories';
import type { ProgramEvaluation } from '../../../../shared/programs/evaluation';
import type { VolumeTone } from '../../../../shared/programs/program-summary';

/** Words and colours for the evaluation's readings, shared by the compare view and the heatmap. */

export const TONE_COLOR: Record<VolumeTone, string> = {
  good: 'teal',
  fair: 'blue',
  bad: 'red',
  warning: 'orange',
  unknown: 'gray',
};

export const COMPETITION_LABELS: Record<ProgramEvaluation['competition']['level'], string> = {
  low: 'Light',
  moderate: 'Moderate',
  heavy: 'Heavy',
  unknown: 'Not known yet',
};

export const AUTONOMY_LABELS: Record<ProgramEvaluation['autonomy']['level'], string> = {
  early: 'Early (PGY-4 or sooner)',
  typical: 'Typical (PGY-5)',
  late: 'Late (PGY-6)',
  'assist-only': 'Residents mostly assist',
  unknown: 'Not known yet',
};

export const IMG_LABELS: Record<ProgramEvaluation['imgFriendliness']['level'], string> = {
  friendly: 'Takes IMGs',
  possible: 'Possible',
  unlikely: 'Unlikely',
  unknown: 'Not known yet',
};

export const TRANSPARENCY_LABELS: Record<ProgramEvaluation['transparency']['level'], string> = {
  specific: 'Specific',
  mixed: 'Mixed',
  vague: 'Vague',
  evasive: 'Evasive',
  unknown: 'No answers yet',
};

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
