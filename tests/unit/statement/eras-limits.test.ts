import { describe, expect, it } from 'vitest';
import { checkLimits, DEFAULT_LIMITS, type Limits } from '../../../shared/statement/eras-limits';

const problemsOf = (limits: Limits) => {
  const checked = checkLimits(limits);
  return checked.ok ? {} : checked.problems;
};

describe('checkLimits', () => {
  it('accepts the defaults and any consistent change', () => {
    expect(checkLimits(DEFAULT_LIMITS)).toEqual({ ok: true, limits: DEFAULT_LIMITS });
    expect(checkLimits({ ...DEFAULT_LIMITS, experiences: 3, mostMeaningful: 3 }).ok).toBe(true);
    // A reflection may be longer than a description: not a contradiction.
    expect(checkLimits({ ...DEFAULT_LIMITS, reflectionChars: 1_000 }).ok).toBe(true);
  });

  it('refuses a negative number in words, without turning it positive', () => {
    expect(problemsOf({ ...DEFAULT_LIMITS, experiences: -5 })).toEqual({
      experiences: 'Experiences on the application: cannot be negative; enter a whole number of at least 1',
    });
  });

  it('refuses empty, zero, fractional and too large values, one message per field', () => {
    expect(problemsOf({ ...DEFAULT_LIMITS, experiences: Number.NaN, descriptionChars: 0, reflectionChars: 2.5, mostMeaningful: 11 })).toEqual({
      experiences: 'Experiences on the application: enter a number',
      descriptionChars: 'Characters per experience description: must be at least 1',
      reflectionChars: 'Characters per "most meaningful" reflection: use a whole number',
      mostMeaningful: '"Most meaningful" experiences: at most 10',
    });
  });

  it('refuses more most meaningful experiences than experiences, with the count in the right number', () => {
    expect(problemsOf({ ...DEFAULT_LIMITS, experiences: 1 })).toEqual({
      mostMeaningful: '"Most meaningful" experiences: 3 is more than the 1 experience on the application; only listed experiences can be marked',
    });
    expect(problemsOf({ ...DEFAULT_LIMITS, experiences: 2, mostMeaningful: 5 }).mostMeaningful).toContain('5 is more than the 2 experiences on the application');
  });
});
