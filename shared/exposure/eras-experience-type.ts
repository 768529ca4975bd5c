import type { ExperienceKind } from './experience-schema';

/** The experience types ERAS asks applicants to choose from. */
export const ERAS_EXPERIENCE_TYPES = [
  'education-training',
  'work',
  'research',
  'volunteer',
  'teaching-mentoring',
  'professional-organization',
  'other-extracurricular',
] as const;
export type ErasExperienceType = (typeof ERAS_EXPERIENCE_TYPES)[number];

export const ERAS_EXPERIENCE_TYPE_LABELS: Record<ErasExperienceType, string> = {
  'education-training': 'Education / training',
  work: 'Work',
  research: 'Research',
  volunteer: 'Volunteer',
  'teaching-mentoring': 'Teaching / mentoring',
  'professional-organization': 'Professional / organization',
  'other-extracurricular': 'Other extracurricular',
};

/**
 * Default ERAS type for each kind. Clinical exposure and lectures are training;
 * QI and case reports are scholarly work, so they sit with research;
 * conferences are professional activity.
 */
export const ERAS_TYPE_BY_EXPERIENCE_KIND: Record<ExperienceKind, ErasExperienceType> = {
  observership: 'education-training',
  'us-clinical-rotation': 'education-training',
  elective: 'education-training',
  'research-project': 'research',
  conference: 'professional-organization',
  'virtual-lecture': 'education-training',
  'qi-project': 'research',
  'case-report': 'research',
  volunteer: 'volunteer',
  teaching: 'teaching-mentoring',
  work: 'work',
  other: 'other-extracurricular',
};

export function erasExperienceType(kind: ExperienceKind): ErasExperienceType {
  return ERAS_TYPE_BY_EXPERIENCE_KIND[kind];
}
