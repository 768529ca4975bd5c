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

/** Step 2 CK is reported on a three-digit scale; scores outside it are typos. */
export const STEP2_MIN = 1;
export const STEP2_MAX = 300;

const CURRENT_YEAR_FLOOR = 1960;
const YEAR_CEILING = 2100;

const requiredText = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`);

export const profileSchema = z.object({
  fullName: requiredText('Name'),
  medicalSchool: requiredText('Medical school', 200),
  country: requiredText('Country of the medical school', 100),
  graduationYear: z
    .number({ error: 'Enter the graduation year as a number' })
    .int('Graduation year must be a whole year')
    .min(CURRENT_YEAR_FLOOR, `Graduation year must be ${CURRENT_YEAR_FLOOR} or later`)
    .max(YEAR_CEILING, `Graduation year must be ${YEAR_CEILING} or earlier`),
  ecfmgStatus: z.enum(ECFMG_STATUSES, { error: 'Choose an ECFMG certification status' }),
  step1: z.enum(STEP1_RESULTS, { error: 'Choose a Step 1 result' }),
  step2ckScore: z
    .number({ error: 'Enter the Step 2 CK score as a number' })
    .int('Step 2 CK score is a whole number')
    .min(STEP2_MIN, `Step 2 CK score must be between ${STEP2_MIN} and ${STEP2_MAX}`)
    .max(STEP2_MAX, `Step 2 CK score must be between ${STEP2_MIN} and ${STEP2_MAX}`)
    .nullable(),
  targetMatchYear: z
    .number({ error: 'Enter the match year as a number' })
    .int('Match year must be a whole year')
    .min(2020, 'Match year must be 2020 or later')
    .max(YEAR_CEILING, `Match year must be ${YEAR_CEILING} or earlier`),
  pathways: z.array(z.enum(PATHWAYS)).min(1, 'Choose at least one pathway'),
  careerInterest: z.enum(CAREER_INTERESTS, { error: 'Choose a career interest' }),
});

export type Profile = z.infer<typeof profileSchema>;

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
