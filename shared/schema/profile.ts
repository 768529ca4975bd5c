import { z } from 'zod';

export const PATHWAYS = ['integrated-ir', 'dr-esir', 'independent-ir'] as const;
export const PATHWAY_LABELS: Record<Pathway, string> = {
  'integrated-ir': 'Integrated IR residency',
  'dr-esir': 'Diagnostic radiology with ESIR',
  'independent-ir': 'Independent IR residency (after DR)',
};
export type Pathway = (typeof PATHWAYS)[number];

export const CAREER_INTERESTS = ['community', 'academic', 'undecided'] as const;
export type CareerInterest = (typeof CAREER_INTERESTS)[number];
export const CAREER_INTEREST_LABELS: Record<CareerInterest, string> = {
  community: 'Community practice',
  academic: 'Academic practice',
  undecided: 'Undecided',
};

export const ECFMG_STATUSES = ['certified', 'in-progress', 'not-started'] as const;
export type EcfmgStatus = (typeof ECFMG_STATUSES)[number];
export const ECFMG_STATUS_LABELS: Record<EcfmgStatus, string> = {
  certified: 'Certified',
  'in-progress': 'In progress',
  'not-started': 'Not started',
};

export const STEP1_RESULTS = ['pass', 'fail', 'not-taken'] as const;
export type Step1Result = (typeof STEP1_RESULTS)[number];
export const STEP1_LABELS: Record<Step1Result, string> = {
  pass: 'Pass',
  fail: 'Fail',
  'not-taken': 'Not taken yet',
};

/**
 * Step 2 CK is reported on a three-digit scale, up to 300. A stored file is read with the
 * loose floor, so one saved before the input floor existed still loads; what the user types
 * is held to the three-digit floor (see profileInputSchema), as "25" is a typo for 250-odd.
 */
export const STEP2_MIN = 1;
export const STEP2_INPUT_MIN = 100;
export const STEP2_MAX = 300;

const CURRENT_YEAR_FLOOR = 1960;
const YEAR_CEILING = 2100;

/** A required number: missing says "is required", like the text fields; anything else that is not a number says so. */
const requiredNumber = (label: string) =>
  z.number({ error: (issue) => (issue.input === undefined ? `${label} is required` : `Enter the ${label.toLowerCase()} as a number`) });

/** An optional Step 2 CK score from `min` to STEP2_MAX. */
const step2Score = (min: number) =>
  z
    .number({ error: 'Enter the Step 2 CK score as a number' })
    .int('Step 2 CK score is a whole number')
    .min(min, `Step 2 CK score must be between ${min} and ${STEP2_MAX}`)
    .max(STEP2_MAX, `Step 2 CK score must be between ${min} and ${STEP2_MAX}`)
    .nullable();

const requiredText = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`);

export const profileSchema = z.object({
  fullName: requiredText('Full name'),
  medicalSchool: requiredText('Medical school', 200),
  country: requiredText('Country of the medical school', 100),
  graduationYear: requiredNumber('Graduation year')
    .int('Graduation year must be a whole year')
    .min(CURRENT_YEAR_FLOOR, `Graduation year must be ${CURRENT_YEAR_FLOOR} or later`)
    .max(YEAR_CEILING, `Graduation year must be ${YEAR_CEILING} or earlier`),
  ecfmgStatus: z.enum(ECFMG_STATUSES, { error: 'Choose an ECFMG certification status' }),
  step1: z.enum(STEP1_RESULTS, { error: 'Choose a Step 1 result' }),
  step2ckScore: step2Score(STEP2_MIN),
  targetMatchYear: requiredNumber('Target match year')
    .int('Target match year must be a whole year')
    .min(2020, 'Target match year must be 2020 or later')
    .max(YEAR_CEILING, `Target match year must be ${YEAR_CEILING} or earlier`),
  pathways: z.array(z.enum(PATHWAYS)).min(1, 'Choose at least one pathway'),
  careerInterest: z.enum(CAREER_INTERESTS, { error: 'Choose a career interest' }),
});

export type Profile = z.infer<typeof profileSchema>;

/**
 * What the user may type and save: the stored shape with the three-digit Step 2 CK floor.
 * Never used to read the data file (document.ts uses profileSchema), so a file holding an
 * older, implausible score still opens and the form asks for it to be corrected.
 */
export const profileInputSchema = profileSchema.extend({
  step2ckScore: step2Score(STEP2_INPUT_MIN),
});

/**
 * The one match-year rule the schema cannot see alone (stored profiles stay valid without it):
 * no one matches before graduating. Null when the two years fit, or either is not a number yet.
 */
export function matchYearProblem(targetMatchYear: unknown, graduationYear: unknown): string | null {
  if (typeof targetMatchYear !== 'number' || typeof graduationYear !== 'number') return null;
  return targetMatchYear < graduationYear ? `The match year cannot come before your graduation (${graduationYear})` : null;
}

/** True once Match Day of `year` (in March) is over: the applicant is probably aiming for a later one. */
export function matchHasPassed(year: number, now: Date = new Date()): boolean {
  return year < now.getFullYear() || (year === now.getFullYear() && now.getMonth() > 2);
}
