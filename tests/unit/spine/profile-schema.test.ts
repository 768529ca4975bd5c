import { describe, expect, it } from 'vitest';
import { documentSchema, emptyDocument } from '../../../shared/schema/document';
import { loadDocumentText } from '../../../shared/document-loading';
import { matchHasPassed, matchYearProblem, profileInputSchema, profileSchema } from '../../../shared/schema/profile';
import { describeValidationError } from '../../../shared/validation-message';
import { validProfile } from './helpers';

/** The readable messages zod produced, keyed by field. */
function problems(input: unknown, schema: typeof profileSchema = profileSchema): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    (byField[key] ??= []).push(issue.message);
  }
  return byField;
}

describe('profile schema', () => {
  it('accepts a complete profile and trims text', () => {
    const parsed = profileSchema.parse(validProfile({ fullName: '  Ada  ', country: ' Ireland ' }));
    expect(parsed.fullName).toBe('Ada');
    expect(parsed.country).toBe('Ireland');
  });

  it.each([0, 301, 250.5, -1])('rejects a Step 2 CK score of %s', (score) => {
    const messages = problems(validProfile({ step2ckScore: score }));
    expect(messages.step2ckScore?.[0]).toMatch(/^Step 2 CK score (must be between 1 and 300|is a whole number)$/);
  });

  it('explains an out-of-range score as a range and a fraction as a whole number', () => {
    expect(problems(validProfile({ step2ckScore: 301 })).step2ckScore).toEqual([
      'Step 2 CK score must be between 1 and 300',
    ]);
    expect(problems(validProfile({ step2ckScore: 250.5 })).step2ckScore).toEqual(['Step 2 CK score is a whole number']);
  });

  it.each([1, 300, 250, null])('accepts a Step 2 CK score of %s (null = not taken)', (score) => {
    expect(profileSchema.safeParse(validProfile({ step2ckScore: score })).success).toBe(true);
  });

  it('rejects a score sent as text with a readable message', () => {
    expect(problems({ ...validProfile(), step2ckScore: '250' }).step2ckScore).toEqual([
      'Enter the Step 2 CK score as a number',
    ]);
  });

  it('requires at least one pathway and only known ones', () => {
    expect(problems(validProfile({ pathways: [] })).pathways).toEqual(['Choose at least one pathway']);
    expect(problems({ ...validProfile(), pathways: ['surgery'] })['pathways.0']).toBeDefined();
    expect(profileSchema.safeParse(validProfile({ pathways: ['integrated-ir', 'dr-esir', 'independent-ir'] })).success).toBe(true);
  });

  it.each([
    [1959, 'Graduation year must be 1960 or later'],
    [2101, 'Graduation year must be 2100 or earlier'],
    [2020.5, 'Graduation year must be a whole year'],
  ])('rejects graduation year %s', (year, message) => {
    expect(problems(validProfile({ graduationYear: year })).graduationYear).toEqual([message]);
  });

  it.each([1960, 2100])('accepts graduation year %s', (year) => {
    expect(profileSchema.safeParse(validProfile({ graduationYear: year })).success).toBe(true);
  });

  it('rejects a match year before 2020', () => {
    expect(problems(validProfile({ targetMatchYear: 2019 })).targetMatchYear).toEqual(['Target match year must be 2020 or later']);
  });

  it('says which required fields are missing, in words', () => {
    const messages = problems({});
    expect(messages.fullName).toEqual(['Full name is required']);
    expect(messages.medicalSchool).toEqual(['Medical school is required']);
    expect(messages.country).toEqual(['Country of the medical school is required']);
    expect(messages.graduationYear).toEqual(['Graduation year is required']);
    expect(messages.targetMatchYear).toEqual(['Target match year is required']);
    expect(messages.ecfmgStatus).toEqual(['Choose an ECFMG certification status']);
    expect(messages.step1).toEqual(['Choose a Step 1 result']);
    expect(messages.careerInterest).toEqual(['Choose a career interest']);
  });

  it('treats whitespace-only text as missing and caps length', () => {
    expect(problems(validProfile({ fullName: '   ' })).fullName).toEqual(['Full name is required']);
    expect(problems(validProfile({ fullName: 'x'.repeat(121) })).fullName).toEqual([
      'Full name must be 120 characters or fewer',
    ]);
  });

  it('says a year given as something other than a number is not a number, not that it is missing', () => {
    expect(problems({ ...validProfile(), graduationYear: 'soon' }).graduationYear).toEqual(['Enter the graduation year as a number']);
    expect(problems({ ...validProfile(), targetMatchYear: Number.NaN }).targetMatchYear).toEqual(['Enter the target match year as a number']);
  });

  it('rejects an unknown enum value with the field-specific message', () => {
    expect(problems({ ...validProfile(), ecfmgStatus: 'maybe' }).ecfmgStatus).toEqual([
      'Choose an ECFMG certification status',
    ]);
  });
});

describe('the profile as typed and saved', () => {
  it.each([25, 99, 2])('refuses a two-digit (or shorter) Step 2 CK score of %s as a typo', (score) => {
    expect(problems(validProfile({ step2ckScore: score }), profileInputSchema).step2ckScore).toEqual(['Step 2 CK score must be between 100 and 300']);
  });

  it.each([100, 255, 300, null])('accepts a Step 2 CK score of %s', (score) => {
    expect(profileInputSchema.safeParse(validProfile({ step2ckScore: score })).success).toBe(true);
  });

  it('still refuses a score above the scale and a fraction, as the stored shape does', () => {
    expect(problems(validProfile({ step2ckScore: 301 }), profileInputSchema).step2ckScore).toEqual(['Step 2 CK score must be between 100 and 300']);
    expect(problems(validProfile({ step2ckScore: 250.5 }), profileInputSchema).step2ckScore).toEqual(['Step 2 CK score is a whole number']);
  });

  it('opens an existing data file whose profile holds a Step 2 CK score of 25, keeping the score', () => {
    const file = JSON.stringify({ ...emptyDocument(new Date(2026, 10, 30)), profile: validProfile({ step2ckScore: 25 }) });
    const loaded = loadDocumentText(file, new Date(2026, 10, 30));
    if (!loaded.ok) throw new Error(`the file was refused: ${loaded.message}`);
    expect(loaded.doc.profile?.step2ckScore).toBe(25);
    expect(documentSchema.safeParse(loaded.doc).success).toBe(true);
  });
});

describe('describeValidationError', () => {
  it('names each field and lists at most five problems, then a count', () => {
    const result = profileSchema.safeParse({});
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = describeValidationError(result.error).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('full name: Full name is required');
    expect(lines[5]).toMatch(/^…and \d+ more problems$/);
  });

  it('joins nested paths readably and uses singular for one more problem', () => {
    const result = profileSchema.safeParse({ ...validProfile(), pathways: ['x'], step2ckScore: 0 });
    if (result.success) throw new Error('expected failure');
    expect(describeValidationError(result.error, 1)).toMatch(/^[^\n]+: [^\n]+\n…and 1 more problem$/);
    // A list's place is counted from one, as people count.
    expect(describeValidationError(result.error)).toContain('pathways › entry 1: ');
  });

  it('says what a damaged backup holds in words: the part of the data, the entry, what kind of value is wrong', () => {
    const damaged = documentSchema.safeParse({ ...emptyDocument(new Date(2026, 0, 1)), procedures: 'oops', meta: undefined });
    if (damaged.success) throw new Error('expected failure');
    const message = describeValidationError(damaged.error);
    expect(message).toContain('file details: is missing');
    expect(message).toContain('procedure log: should be a list, not text');
    expect(message).not.toMatch(/Invalid input|expected \w+, received/);
  });
});

describe('match year rules beyond the schema', () => {
  it('refuses a match before graduation, and only when both years are numbers', () => {
    expect(matchYearProblem(2021, 2024)).toBe('The match year cannot come before your graduation (2024)');
    expect(matchYearProblem(2024, 2024)).toBeNull();
    expect(matchYearProblem(undefined, 2024)).toBeNull();
  });

  it('counts a match as passed once March of its year is over', () => {
    expect(matchHasPassed(2026, new Date(2026, 2, 31))).toBe(false);
    expect(matchHasPassed(2026, new Date(2026, 3, 1))).toBe(true);
    expect(matchHasPassed(2025, new Date(2026, 0, 1))).toBe(true);
    expect(matchHasPassed(2027, new Date(2026, 10, 29))).toBe(false);
  });
});
