import type { CareerInterest, EcfmgStatus, Pathway, Profile, Step1Result } from '../../../../shared/schema/profile';

/** What the form holds: number inputs are '' while empty, selects are '' until chosen. */
export interface ProfileFormValues {
  fullName: string;
  medicalSchool: string;
  country: string;
  graduationYear: number | string;
  ecfmgStatus: EcfmgStatus | '';
  step1: Step1Result | '';
  step2ckScore: number | string;
  targetMatchYear: number | string;
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
  return { ...profile, step2ckScore: profile.step2ckScore ?? '' };
}

const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

/** Empty inputs become undefined (required → "is required") or null (optional score). */
export function formToProfileInput(values: ProfileFormValues): Record<string, unknown> {
  return {
    ...values,
    graduationYear: numberOrUndefined(values.graduationYear),
    targetMatchYear: numberOrUndefined(values.targetMatchYear),
    step2ckScore: values.step2ckScore === '' ? null : Number(values.step2ckScore),
    ecfmgStatus: values.ecfmgStatus || undefined,
    step1: values.step1 || undefined,
    careerInterest: values.careerInterest || undefined,
  };
}
