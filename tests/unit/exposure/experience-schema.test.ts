import { describe, expect, it } from 'vitest';
import {
  ERAS_EXPERIENCE_TYPE_LABELS,
  ERAS_TYPE_BY_EXPERIENCE_KIND,
  erasExperienceType,
} from '../../../shared/exposure/eras-experience-type';
import {
  EXPERIENCE_KINDS,
  EXPERIENCE_KIND_LABELS,
  experienceInputSchema,
  experienceSchema,
  totalHours,
} from '../../../shared/exposure/experience-schema';
import { makeExperience } from './fixtures';

const messages = (value: unknown) =>
  experienceSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('experienceSchema', () => {
  it('accepts a complete experience', () => {
    const experience = makeExperience();
    expect(experienceSchema.parse(experience)).toEqual(experience);
  });

  it('requires a title', () => {
    expect(messages(makeExperience({ title: '  ' }))).toEqual(['title: Title is required']);
  });

  it('requires a real start date', () => {
    expect(messages(makeExperience({ startDate: '2025-02-30' }))).toEqual(['startDate: That day does not exist']);
  });

  it('refuses an end date before the start date', () => {
    expect(messages(makeExperience({ startDate: '2025-06-10', endDate: '2025-06-01' }))).toEqual([
      'endDate: The end date is before the start date',
    ]);
  });

  it('accepts a one-day experience', () => {
    expect(messages(makeExperience({ startDate: '2025-06-10', endDate: '2025-06-10' }))).toEqual([]);
  });

  it('refuses an ongoing experience with an end date, and accepts it without one', () => {
    expect(messages(makeExperience({ ongoing: true, endDate: '2025-07-01' }))).toEqual([
      'endDate: An ongoing experience has no end date yet: clear the end date or untick "ongoing"',
    ]);
    expect(messages(makeExperience({ ongoing: true, endDate: null }))).toEqual([]);
  });

  it('checks hours for each mode', () => {
    expect(messages(makeExperience({ hours: { mode: 'total', total: -1 } }))).toEqual([
      'hours.total: Total hours cannot be negative',
    ]);
    expect(messages(makeExperience({ hours: { mode: 'weekly', perWeek: 500, weeks: 2 } }))).toEqual([
      'hours.perWeek: Hours per week looks too high (at most 100)',
    ]);
    expect(messages(makeExperience({ hours: { mode: 'total', total: 25_000 } }))).toEqual([
      'hours.total: Total hours looks too high (at most 20,000)',
    ]);
    expect(messages(makeExperience({ hours: { mode: 'none' } }))).toEqual([]);
    expect(messages({ ...makeExperience(), hours: { mode: 'daily' } })).toEqual([
      'hours.mode: Choose how to count hours: a total, per week, or none',
    ]);
  });

  it('refuses an unknown kind with a readable message', () => {
    expect(messages({ ...makeExperience(), kind: 'party' })).toEqual([
      'kind: Choose what kind of experience this was',
    ]);
  });

  it('has an input schema without the id that keeps the date rules', () => {
    const { id: _id, ...input } = makeExperience({ endDate: '2020-01-01' });
    const result = experienceInputSchema.safeParse(input);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['The end date is before the start date']);
    expect(experienceInputSchema.safeParse({ ...input, endDate: null }).success).toBe(true);
  });
});

describe('totalHours', () => {
  it('adds up each way of counting', () => {
    expect(totalHours({ hours: { mode: 'total', total: 120 } })).toBe(120);
    expect(totalHours({ hours: { mode: 'weekly', perWeek: 8, weeks: 12.5 } })).toBe(100);
    expect(totalHours({ hours: { mode: 'none' } })).toBe(0);
  });
});

describe('ERAS experience types', () => {
  it('maps every kind to a labelled ERAS type', () => {
    for (const kind of EXPERIENCE_KINDS) {
      expect(EXPERIENCE_KIND_LABELS[kind]).toBeTruthy();
      expect(ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(kind)]).toBeTruthy();
    }
  });

  it('puts clinical exposure under training and scholarly work under research', () => {
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND.observership).toBe('education-training');
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND['us-clinical-rotation']).toBe('education-training');
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND['case-report']).toBe('research');
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND['qi-project']).toBe('research');
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND.teaching).toBe('teaching-mentoring');
    expect(ERAS_TYPE_BY_EXPERIENCE_KIND.other).toBe('other-extracurricular');
  });
});
