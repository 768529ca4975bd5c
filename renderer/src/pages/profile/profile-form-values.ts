import type { CareerInterest, EcfmgStatus, Pathway, Profile, Step1Result } from '../../../../shared/schema/profile';

/** What the form holds: number fields as the text typed ('' while empty), selects '' until chosen. */
export interface ProfileFormValues {
  fullName: string;
  medicalSchool: string;
  country: string;
  graduationYear: string;
  ecfmgStatus: EcfmgStatus | '';
  step1: Step1Result | '';
  step2ckScore: string;
  targetMatchYear: string;
  pathways: Pathway[];
  careerInterest: CareerInterest | '';
}

export const EMPTY_PROFILE_FORM: ProfileFormValues = {
  fullName: '',
  medicalSchool: '',
  country: '',
  graduationYear: '',
  ecfmgStatus: '',
  step1: '',
  step2ckScore: '',
  targetMatchYear: '',
  pathways: [],
  careerInterest: '',
};

export function profileToForm(profile: Profile | null): ProfileFormValues {
  if (!profile) return EMPTY_PROFILE_FORM;
  return {
    ...profile,
    graduationYear: String(profile.graduationYear),
    targetMatchYear: String(profile.targetMatchYear),
    step2ckScore: profile.step2ckScore === null ? '' : String(profile.step2ckScore),
  };
}

/** The number fields, with an example of what each expects. */
export const WHOLE_NUMBER_FIELDS = {
  graduationYear: '2025',
  step2ckScore: '255',
  targetMatchYear: '2027',
} as const satisfies Partial<Record<keyof ProfileFormValues, string>>;

const DIGITS = /^\d+$/;

/**
 * Only digits are read as a number: "2.5e2", "25O" or "250.5" are refused as typed rather
 * than read as something else (a number input would have kept "2" of "2.5e2" without a word).
 */
export function wholeNumberProblems(values: ProfileFormValues): Partial<Record<keyof typeof WHOLE_NUMBER_FIELDS, string>> {
  const problems: Partial<Record<keyof typeof WHOLE_NUMBER_FIELDS, string>> = {};
  for (const [field, example] of Object.entries(WHOLE_NUMBER_FIELDS) as [keyof typeof WHOLE_NUMBER_FIELDS, string][]) {
    const text = values[field].trim();
    if (text !== '' && !DIGITS.test(text)) problems[field] = `Type digits only, for example ${example}: “${text}” is not a whole number`;
  }
  return problems;
}

/** Digits become a number; empty becomes undefined (required → "is required"); other text stays text and fails as such. */
const numberOrUndefined = (value: string) => {
  const text = value.trim();
  if (text === '') return undefined;
  return DIGITS.test(text) ? Number(text) : text;
};

/** Empty inputs become undefined (required → "is required") or null (optional score). */
export function formToProfileInput(values: ProfileFormValues): Record<string, unknown> {
  return {
    ...values,
    graduationYear: numberOrUndefined(values.graduationYear),
    targetMatchYear: numberOrUndefined(values.targetMatchYear),
    step2ckScore: numberOrUndefined(values.step2ckScore) ?? null,
    ecfmgStatus: values.ecfmgStatus || undefined,
    step1: values.step1 || undefined,
    careerInterest: values.careerInterest || undefined,
  };
}
