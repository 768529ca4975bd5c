import { z } from 'zod';
import { formatCount } from '../format-count';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from '../schema/common';
import { CASE_MIX_CATEGORY_IDS, CASE_MIX_STRENGTHS, CASE_MIX_CATEGORY_LABELS } from './case-mix-categories';
import { futureLearnedOnMessage, isLearnedInFuture } from './learned-on';
import { DEFAULT_WEIGHTS, rankingWeightsSchema } from './ranking-weights';
import { DEFAULT_SIGNALS, signalSchema, signalSettingsSchema } from './signals';

// ---- Enumerations ---------------------------------------------------------------------

export const PROGRAM_PATHWAYS = ['integrated-ir', 'esir', 'independent-ir'] as const;
export type ProgramPathway = (typeof PROGRAM_PATHWAYS)[number];
export const PROGRAM_PATHWAY_LABELS: Record<ProgramPathway, string> = {
  'integrated-ir': 'Integrated IR residency',
  esir: 'DR with Early Specialization in IR (ESIR)',
  'independent-ir': 'Independent IR residency',
};

export const PROGRAM_STATUSES = [
  'researching',
  'applied',
  'signalled',
  'interview-offered',
  'interviewed',
  'ranked',
  'withdrawn',
] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  researching: 'Researching',
  applied: 'Applied',
  signalled: 'Signalled',
  'interview-offered': 'Interview offered',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
  withdrawn: 'Withdrawn',
};

export const PRELIM_KINDS = ['preliminary', 'transitional'] as const;
export type PrelimKind = (typeof PRELIM_KINDS)[number];

export const VOLUME_FIGURE_KINDS = [
  'resident-graduation-total',
  'resident-per-core-year',
  'departmental-annual',
] as const;
export type VolumeFigureKind = (typeof VOLUME_FIGURE_KINDS)[number];
export const VOLUME_FIGURE_KIND_LABELS: Record<VolumeFigureKind, string> = {
  'resident-graduation-total': 'Procedures a resident logs by graduation',
  'resident-per-core-year': 'Procedures a resident logs per core IR year',
  'departmental-annual': 'Procedures the whole IR service does per year',
};

export const VOLUME_SOURCES = [
  'program-website',
  'brochure',
  'faculty-interview',
  'resident-interview',
  'sir-directory',
  'other',
] as const;
export type VolumeSource = (typeof VOLUME_SOURCES)[number];

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ANSWERED_BY = ['faculty', 'resident'] as const;
export const ANSWER_CLARITIES = ['specific', 'vague', 'evasive'] as const;
export type AnswerClarity = (typeof ANSWER_CLARITIES)[number];

export const TRI_STATES = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATES)[number];

export const CHECKLIST_ANSWERS = ['yes', 'no', 'unsure'] as const;

// ---- Field helpers --------------------------------------------------------------------

/**
 * Whole, non-negative counts; null means "not known yet", which is different from 0.
 * Labels are the form's own, plural nouns ("ESIR residents", "APPs"), so every message is worded to
 * read right after one ("… must be 500 or fewer"), never "… looks".
 */
const countOrUnknown = (label: string, max = 100_000) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} must be ${formatCount(max)} or fewer; check the number`)
    .nullable();

const ratingOrUnknown = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number from 0 to 5`)
    .min(0, `${label} must be from 0 to 5`)
    .max(5, `${label} must be from 0 to 5`)
    .nullable();

const yesNoUnknown = (label: string) => z.boolean({ error: `${label}: choose yes, no or unknown` }).nullable();

const httpUrlSchema = z
  .string()
  .trim()
  .max(500, 'Keep the web address under 500 characters')
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Enter a full web address starting with http:// or https://',
    }),
  );

// ---- Parts of a program ---------------------------------------------------------------

export const pathwayOfferSchema = z.object({
  pathway: z.enum(PROGRAM_PATHWAYS, { error: 'Choose integrated IR, ESIR or independent IR' }),
  positionsPerYear: countOrUnknown('Positions per year', 50),
});

export const prelimApplicationSchema = z.object({
  id: idSchema,
  program: shortTextSchema.min(1, 'Name the preliminary or transitional program'),
  kind: z.enum(PRELIM_KINDS, { error: 'Choose preliminary or transitional year' }),
  status: z.enum(PROGRAM_STATUSES, { error: 'Choose a status' }),
});
export type PrelimApplication = z.infer<typeof prelimApplicationSchema>;

export const institutionContextSchema = z.object({
  level1Trauma: yesNoUnknown('Level I trauma center'),
  nciCancerCenter: yesNoUnknown('NCI-designated cancer center'),
  transplantCenter: yesNoUnknown('Transplant center'),
  tertiaryReferral: yesNoUnknown('Tertiary referral center'),
  vaAffiliation: yesNoUnknown('VA affiliation'),
  independentFellowship: yesNoUnknown('Independent IR fellowship or residency'),
  fellowshipSinceYear: z
    .number({ error: 'Enter the year the fellowship started as a number' })
    .int('The fellowship start must be a whole year')
    .min(1960, 'The fellowship start must be 1960 or later')
    .max(2100, 'The fellowship start must be 2100 or earlier')
    .nullable(),
});
export type InstitutionContext = z.infer<typeof institutionContextSchema>;

export const competingLearnersSchema = z.object({
  irResidentsPerClass: countOrUnknown('IR residents per class', 50),
  independentFellows: countOrUnknown('Independent IR fellows', 100),
  esirResidents: countOrUnknown('ESIR residents', 100),
  apps: countOrUnknown('APPs', 500),
});
export type CompetingLearners = z.infer<typeof competingLearnersSchema>;

export const autonomySchema = z.object({
  primaryOperatorFromPgy: z
    .number({ error: 'Enter the PGY year as a number' })
    .int('Use a whole PGY year')
    .min(2, 'Primary-operator year must be PGY-2 to PGY-6')
    .max(6, 'Primary-operator year must be PGY-2 to PGY-6')
    .nullable(),
  residentsOnlyAssistAdvanced: yesNoUnknown('Residents assist but do not lead advanced cases'),
});
export type Autonomy = z.infer<typeof autonomySchema>;

const strengthSchema = (label: string) =>
  z.enum(CASE_MIX_STRENGTHS, { error: `${label}: choose none, some, strong or unknown` });

export const caseMixSchema = z.object(
  Object.fromEntries(
    CASE_MIX_CATEGORY_IDS.map((id) => [id, strengthSchema(CASE_MIX_CATEGORY_LABELS[id])]),
  ) as Record<(typeof CASE_MIX_CATEGORY_IDS)[number], ReturnType<typeof strengthSchema>>,
);
export type CaseMix = z.infer<typeof caseMixSchema>;

export const imgFriendlinessSchema = z.object({
  currentImgResidents: countOrUnknown('Current IMG residents', 200),
  imgsInterviewedOrMatchedRecently: z.enum(TRI_STATES, { error: 'Choose yes, no or unknown' }),
  usceRequired: z.enum(TRI_STATES, { error: 'Choose yes, no or unknown' }),
});
export type ImgFriendliness = z.infer<typeof imgFriendlinessSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(PROGRAM_STATUSES, { error: 'Choose a status' }),
  date: isoDateSchema,
});

export const volumeFigureSchema = z.object({
  id: idSchema,
  kind: z.enum(VOLUME_FIGURE_KINDS, { error: 'Say what the number counts' }),
  value: z
    .number({ error: 'The procedure count must be a number' })
    .int('The procedure count must be a whole number')
    .min(0, 'The procedure count cannot be negative')
    .max(1_000_000, 'The procedure count looks too large; check the number'),
  source: z.enum(VOLUME_SOURCES, { error: 'Say where the number came from' }),
  learnedOn: isoDateSchema,
  confidence: z.enum(CONFIDENCE_LEVELS, { error: 'Choose low, medium or high confidence' }),
  note: longTextSchema,
});
export type VolumeFigure = z.infer<typeof volumeFigureSchema>;

/**
 * What a save, an import or the figure form may write. The stored schema above keeps any
 * real date, so a file saved before this rule still opens; the evaluation then treats a
 * future-dated figure as the oldest of its kind.
 */
export const volumeFigureInputSchema = volumeFigureSchema.omit({ id: true }).extend({
  learnedOn: isoDateSchema.superRefine((date, context) => {
    // Today is read at validation time, so a form left open past midnight accepts the new day.
    if (isLearnedInFuture(date)) context.addIssue({ code: 'custom', message: futureLearnedOnMessage(date), input: date });
  }),
});
export type VolumeFigureInput = z.infer<typeof volumeFigureInputSchema>;

export const interviewAnswerSchema = z.object({
  questionId: z.string().min(1, 'Missing question').max(100),
  answer: longTextSchema,
  answeredBy: z.enum(ANSWERED_BY, { error: 'Say whether faculty or a resident answered' }),
  clarity: z.enum(ANSWER_CLARITIES, { error: 'Choose specific, vague or evasive' }),
  date: isoDateSchema,
});
export type InterviewAnswer = z.infer<typeof interviewAnswerSchema>;

export const checklistAnswerSchema = z.object({
  itemId: z.string().min(1, 'Missing checklist item').max(100),
  answer: z.enum(CHECKLIST_ANSWERS, { error: 'Choose yes, no or unsure' }),
  note: longTextSchema,
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

// ---- The program ----------------------------------------------------------------------

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: readonly T[]) =>
    new Set(items.map(key)).size === items.length;

export const programSchema = z.object({
  id: idSchema,
  name: z
    .string({ error: 'Program name is required' })
    .trim()
    .min(1, 'Program name is required')
    .max(200, 'Keep the program name under 200 characters'),
  institution: shortTextSchema,
  city: shortTextSchema,
  state: shortTextSchema,
  website: httpUrlSchema.optional(),
  pathways: z
    .array(pathwayOfferSchema)
    .refine(uniqueBy((p: { pathway: string }) => p.pathway), 'Each pathway can be listed only once'),
  /** Advanced positions start at PGY-2, so the applicant also needs a prelim or TY year. */
  integratedStartsPgy2: z.boolean({ error: 'Say whether the integrated positions start at PGY-2' }),
  prelimApplications: z.array(prelimApplicationSchema),
  institutionalContext: institutionContextSchema,
  competingLearners: competingLearnersSchema,
  autonomy: autonomySchema,
  caseMix: caseMixSchema,
  imgFriendliness: imgFriendlinessSchema,
  status: z.enum(PROGRAM_STATUSES, { error: 'Choose a status' }),
  statusHistory: z.array(statusChangeSchema),
  serviceSlow: yesNoUnknown('Slow service'),
  personalRating: ratingOrUnknown('Your rating'),
  locationPreference: ratingOrUnknown('Location preference'),
  notes: longTextSchema,
  volumeFigures: z.array(volumeFigureSchema),
  /** Share of departmental cases that trainees perform, for the per-learner estimate. */
  traineeSharePercent: z
    .number({ error: 'The trainee share must be a number' })
    .min(0, 'The trainee share must be between 0 and 100 percent')
    .max(100, 'The trainee share must be between 0 and 100 percent')
    .nullable(),
  answers: z.array(interviewAnswerSchema),
  residentChecklist: z
    .array(checklistAnswerSchema)
    .refine(uniqueBy((c: { itemId: string }) => c.itemId), 'Each checklist item can be answered only once'),
});

export type Program = z.infer<typeof programSchema>;

/** A program before the main process gives it (and its volume figures) ids. */
export const programDraftSchema = programSchema.omit({ id: true }).extend({
  volumeFigures: z.array(volumeFigureInputSchema),
});
export type ProgramDraft = z.infer<typeof programDraftSchema>;

/** Every field a new program starts with: all facts unknown until the applicant learns them. */
export function newProgramDraft(name: string): ProgramDraft {
  return {
    name,
    institution: '',
    city: '',
    state: '',
    pathways: [],
    integratedStartsPgy2: false,
    prelimApplications: [],
    institutionalContext: {
      level1Trauma: null,
      nciCancerCenter: null,
      transplantCenter: null,
      tertiaryReferral: null,
      vaAffiliation: null,
      independentFellowship: null,
      fellowshipSinceYear: null,
    },
    competingLearners: { irResidentsPerClass: null, independentFellows: null, esirResidents: null, apps: null },
    autonomy: { primaryOperatorFromPgy: null, residentsOnlyAssistAdvanced: null },
    caseMix: Object.fromEntries(CASE_MIX_CATEGORY_IDS.map((id) => [id, 'unknown'])) as CaseMix,
    imgFriendliness: {
      currentImgResidents: null,
      imgsInterviewedOrMatchedRecently: 'unknown',
      usceRequired: 'unknown',
    },
    status: 'researching',
    statusHistory: [],
    serviceSlow: null,
    personalRating: null,
    locationPreference: null,
    notes: '',
    volumeFigures: [],
    traineeSharePercent: null,
    answers: [],
    residentChecklist: [],
  };
}

// ---- The collections this feature adds to the data file -------------------------------

export const programsCollectionsSchema = z
  .object({
    programs: z.array(programSchema),
    /** Program ids in the applicant's own order; the computed ranking never overwrites it. */
    rankOrder: z.array(idSchema),
    rankingWeights: rankingWeightsSchema,
    signalSettings: signalSettingsSchema,
    signals: z.array(signalSchema),
  })
  // Duplicate ids would make edits hit the wrong program, so they fail loading.
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.programs.forEach((program, index) => {
      if (ids.has(program.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['programs', index, 'id'],
          message: `Two programs share the id "${program.id}"`,
        });
      }
      ids.add(program.id);
    });
    if (new Set(value.rankOrder).size !== value.rankOrder.length) {
      ctx.addIssue({ code: 'custom', path: ['rankOrder'], message: 'A program appears twice in the rank order' });
    }
  });

export type ProgramsCollections = z.infer<typeof programsCollectionsSchema>;

export const DEFAULT_PROGRAMS_COLLECTIONS: ProgramsCollections = {
  programs: [],
  rankOrder: [],
  rankingWeights: DEFAULT_WEIGHTS,
  signalSettings: DEFAULT_SIGNALS,
  signals: [],
};

/**
 * Drops rank-order entries and signals that point at programs no longer in the list.
 * Dangling references are harmless, so loading tolerates them rather than quarantining
 * the whole file; handlers call this after deleting a program.
 */
export function pruneDanglingReferences(collections: ProgramsCollections): ProgramsCollections {
  const ids = new Set(collections.programs.map((p) => p.id));
  return {
    ...collections,
    rankOrder: collections.rankOrder.filter((id) => ids.has(id)),
    signals: collections.signals.filter((s) => ids.has(s.programId)),
  };
}
