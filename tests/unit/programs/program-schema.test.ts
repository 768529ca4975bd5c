import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_PROGRAMS_COLLECTIONS,
  programSchema,
  programsCollectionsSchema,
  pruneDanglingReferences,
} from '../../../shared/programs/program-schema';
import type { CareerInterest } from '../../../shared/programs/scoring';
import type { Profile } from '../../../shared/schema/profile';
import { dominantProgram, makeProgram } from './program-fixture';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('programSchema', () => {
  it('accepts a new program and a fully filled one', () => {
    expect(programSchema.safeParse(makeProgram('Any')).success).toBe(true);
    expect(programSchema.safeParse(dominantProgram()).success).toBe(true);
  });

  it('words a too-large count so it reads right after a plural label', () => {
    const program = makeProgram('Big', (p) => {
      p.competingLearners.apps = 501;
      p.competingLearners.irResidentsPerClass = 51;
    });
    expect(messages(programSchema.safeParse(program))).toEqual([
      'IR residents per class must be 50 or fewer; check the number',
      'APPs must be 500 or fewer; check the number',
    ]);
  });

  it('explains what is wrong in plain words', () => {
    const program = makeProgram(' ', (p) => {
      p.website = 'javascript:alert(1)';
      p.autonomy.primaryOperatorFromPgy = 7;
      p.personalRating = 6;
      p.traineeSharePercent = 120;
      p.pathways = [
        { pathway: 'esir', positionsPerYear: 1 },
        { pathway: 'esir', positionsPerYear: 2 },
      ];
    });
    expect(messages(programSchema.safeParse(program))).toEqual(
      expect.arrayContaining([
        'Program name is required',
        'Enter a full web address starting with http:// or https://',
        'Primary-operator year must be PGY-2 to PGY-6',
        'Your rating must be from 0 to 5',
        'The trainee share must be between 0 and 100 percent',
        'Each pathway can be listed only once',
      ]),
    );
  });

  it('accepts http and https addresses only', () => {
    const ok = makeProgram('A', (p) => (p.website = 'https://example.org/ir'));
    const ftp = makeProgram('B', (p) => (p.website = 'ftp://example.org'));
    expect(programSchema.safeParse(ok).success).toBe(true);
    expect(programSchema.safeParse(ftp).success).toBe(false);
  });
});

describe('programsCollectionsSchema', () => {
  it('accepts the default value', () => {
    expect(programsCollectionsSchema.parse(DEFAULT_PROGRAMS_COLLECTIONS)).toEqual(DEFAULT_PROGRAMS_COLLECTIONS);
  });

  it('refuses two programs with one id', () => {
    const a = makeProgram('A');
    const result = programsCollectionsSchema.safeParse({ ...DEFAULT_PROGRAMS_COLLECTIONS, programs: [a, { ...a }] });
    expect(messages(result)).toContain(`Two programs share the id "${a.id}"`);
  });

  it('prunes rank order and signals that point at deleted programs', () => {
    const kept = makeProgram('Kept');
    const pruned = pruneDanglingReferences({
      ...DEFAULT_PROGRAMS_COLLECTIONS,
      programs: [kept],
      rankOrder: ['gone', kept.id],
      signals: [
        { programId: 'gone', tier: 'gold' },
        { programId: kept.id, tier: 'silver' },
      ],
    });
    expect(pruned.rankOrder).toEqual([kept.id]);
    expect(pruned.signals).toEqual([{ programId: kept.id, tier: 'silver' }]);
  });
});

describe('career interest', () => {
  it('uses the same ids as the profile', () => {
    expectTypeOf<CareerInterest>().toEqualTypeOf<Profile['careerInterest']>();
  });
});
