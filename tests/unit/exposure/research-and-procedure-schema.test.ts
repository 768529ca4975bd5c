import { describe, expect, it } from 'vitest';
import { emptyExposureCollections, exposureCollectionsSchema } from '../../../shared/exposure/exposure-collections';
import {
  GUIDANCE_LABELS,
  IMAGING_GUIDANCE,
  PROCEDURE_ROLES,
  PROCEDURE_SETTINGS,
  ROLE_LABELS,
  SETTING_LABELS,
  procedureEntryInputSchema,
  procedureEntrySchema,
} from '../../../shared/exposure/procedure-schema';
import {
  RESEARCH_OUTPUT_TYPES,
  RESEARCH_OUTPUT_TYPE_LABELS,
  RESEARCH_STATUSES,
  RESEARCH_STATUS_LABELS,
  researchOutputInputSchema,
  researchOutputSchema,
} from '../../../shared/exposure/research-output-schema';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const researchMessages = (value: unknown) =>
  researchOutputSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('researchOutputSchema', () => {
  it('accepts an output with identifiers and a link', () => {
    const output = makeResearchOutput({
      doi: '10.1016/j.jvir.2024.01.012',
      pmid: '38123456',
      link: 'https://www.jvir.org/article/example',
      experienceId: 'exp-2',
    });
    expect(researchOutputSchema.parse(output)).toEqual(output);
  });

  it('treats empty identifiers and link as not given', () => {
    expect(researchMessages(makeResearchOutput())).toEqual([]);
  });

  it('explains a malformed DOI, PMID and link', () => {
    expect(researchMessages(makeResearchOutput({ doi: 'https://doi.org/10.1016/x' }))).toEqual([
      'doi: A DOI looks like 10.1234/abcd — leave out the https://doi.org/ part',
    ]);
    expect(researchMessages(makeResearchOutput({ pmid: 'PMID38123456' }))).toEqual([
      'pmid: A PubMed ID (PMID) is digits only, like 31234567',
    ]);
    for (const link of ['www.jvir.org', 'javascript:alert(1)', 'ftp://files.example.org/a.pdf']) {
      expect(researchMessages(makeResearchOutput({ link }))).toEqual([
        'link: Use a full web address starting with https:// (or http://)',
      ]);
    }
  });

  it('accepts plain http links and trims identifiers', () => {
    const parsed = researchOutputSchema.parse(
      makeResearchOutput({ link: 'http://example.org/poster', doi: ' 10.1000/xyz123 ' }),
    );
    expect(parsed.doi).toBe('10.1000/xyz123');
  });

  it('requires a title and a known status', () => {
    expect(researchMessages({ ...makeResearchOutput(), title: '', status: 'rejected' })).toEqual([
      'status: Choose a status',
      'title: Title is required',
    ]);
  });

  it('labels every type and status, with the final status covering talks and posters', () => {
    for (const type of RESEARCH_OUTPUT_TYPES) expect(RESEARCH_OUTPUT_TYPE_LABELS[type]).toBeTruthy();
    for (const status of RESEARCH_STATUSES) expect(RESEARCH_STATUS_LABELS[status]).toBeTruthy();
    expect(RESEARCH_STATUS_LABELS.published).toBe('Published / presented');
  });
});

describe('procedureEntrySchema', () => {
  it('accepts a full entry and one with empty reflections', () => {
    expect(procedureEntrySchema.safeParse(makeProcedure()).success).toBe(true);
    expect(
      procedureEntrySchema.safeParse(makeProcedure({ learned: '', patientCare: '', guidance: [], experienceId: null }))
        .success,
    ).toBe(true);
  });

  it('explains a missing date, unknown role and repeated guidance', () => {
    const result = procedureEntrySchema.safeParse({
      ...makeProcedure(),
      date: '2025-02-29',
      role: 'watched',
      guidance: ['ct', 'ct'],
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'date: That day does not exist',
      'role: Choose your role in the case',
      'guidance: Each kind of imaging guidance can be listed once',
    ]);
  });

  it('has an input schema without the id', () => {
    const { id: _id, ...input } = makeProcedure();
    expect(procedureEntryInputSchema.parse(input)).toEqual(input);
  });

  it('labels every role, guidance and setting', () => {
    for (const role of PROCEDURE_ROLES) expect(ROLE_LABELS[role]).toBeTruthy();
    for (const guidance of IMAGING_GUIDANCE) expect(GUIDANCE_LABELS[guidance]).toBeTruthy();
    for (const setting of PROCEDURE_SETTINGS) expect(SETTING_LABELS[setting]).toBeTruthy();
    expect(ROLE_LABELS.scrubbed).toBe('Scrubbed in');
  });
});

describe('exposure collections', () => {
  it('starts empty and valid, with fresh arrays each time', () => {
    const a = emptyExposureCollections();
    expect(a).toEqual({ experiences: [], researchOutputs: [], procedures: [], customProcedures: [] });
    expect(exposureCollectionsSchema.parse(a)).toEqual(a);
    a.procedures.push(makeProcedure());
    expect(emptyExposureCollections().procedures).toEqual([]);
  });

  it('validates every record inside', () => {
    const result = exposureCollectionsSchema.safeParse({
      ...emptyExposureCollections(),
      experiences: [makeExperience({ endDate: '1999-01-01' })],
    });
    expect(result.error?.issues[0]?.path).toEqual(['experiences', 0, 'endDate']);
  });
});

describe('researchOutputInputSchema dates', () => {
  const input = (changes: { date: string | null; status?: (typeof RESEARCH_STATUSES)[number] }) => {
    const { id: _id, ...output } = makeResearchOutput({ status: 'published', ...changes });
    return researchOutputInputSchema.safeParse(output).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  };

  it('refuses a year before 1950 as a typo, which the stored schema still opens', () => {
    expect(input({ date: '0202-03-04' })).toEqual(['date: That date is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)']);
    const { id: _id, ...stored } = makeResearchOutput({ date: '0202-03-04' });
    expect(researchOutputSchema.safeParse({ id: 'x', ...stored }).success).toBe(true);
  });

  it('refuses a published output dated in the future, and lets an accepted one carry its coming date', () => {
    expect(input({ date: '2099-12-31' })).toEqual([
      'date: A published or presented output has come out already: use the date it did, or choose another status',
    ]);
    expect(input({ date: '2099-12-31', status: 'accepted' })).toEqual([]);
    expect(input({ date: '2024-05-01' })).toEqual([]);
    expect(input({ date: null })).toEqual([]);
  });
});

