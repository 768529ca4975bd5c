import {
  ANSWER_CLARITIES,
  CHECKLIST_ANSWERS,
  CONFIDENCE_LEVELS,
  PRELIM_KINDS,
  PROGRAM_PATHWAYS,
  PROGRAM_PATHWAY_LABELS,
  PROGRAM_STATUSES,
  PROGRAM_STATUS_LABELS,
  VOLUME_FIGURE_KINDS,
  VOLUME_FIGURE_KIND_LABELS,
  VOLUME_SOURCES,
  type AnswerClarity,
  type Confidence,
  type PrelimKind,
  type VolumeSource,
} from '../../../../shared/programs/program-schema';

/** Words for the enumerations the schema keeps as ids. */
export const VOLUME_SOURCE_LABELS: Record<VolumeSource, string> = {
  'program-website': 'Program website',
  brochure: 'Brochure or handout',
  'faculty-interview': 'Faculty at interview',
  'resident-interview': 'Resident at interview',
  'sir-directory': 'SIR training directory',
  other: 'Other',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const PRELIM_KIND_LABELS: Record<PrelimKind, string> = {
  preliminary: 'Preliminary year',
  transitional: 'Transitional year',
};

export const CLARITY_LABELS: Record<AnswerClarity, string> = { specific: 'Specific', vague: 'Vague', evasive: 'Evasive' };

export const CHECKLIST_ANSWER_LABELS: Record<(typeof CHECKLIST_ANSWERS)[number], string> = {
  yes: 'Yes',
  no: 'No',
  unsure: 'Unsure',
};

export const STATUS_COLORS: Record<(typeof PROGRAM_STATUSES)[number], string> = {
  researching: 'gray',
  applied: 'blue',
  signalled: 'grape',
  'interview-offered': 'cyan',
  interviewed: 'teal',
  ranked: 'green',
  withdrawn: 'red',
};

export const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const STATUS_OPTIONS = options(PROGRAM_STATUSES, PROGRAM_STATUS_LABELS);
export const PATHWAY_OPTIONS = options(PROGRAM_PATHWAYS, PROGRAM_PATHWAY_LABELS);
export const FIGURE_KIND_OPTIONS = options(VOLUME_FIGURE_KINDS, VOLUME_FIGURE_KIND_LABELS);
export const SOURCE_OPTIONS = options(VOLUME_SOURCES, VOLUME_SOURCE_LABELS);
export const CONFIDENCE_OPTIONS = options(CONFIDENCE_LEVELS, CONFIDENCE_LABELS);
export const PRELIM_KIND_OPTIONS = options(PRELIM_KINDS, PRELIM_KIND_LABELS);
export const CLARITY_OPTIONS = options(ANSWER_CLARITIES, CLARITY_LABELS);
