import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../../shared/document-loading';
import { experienceInputSchema, experienceSchema } from '../../../shared/exposure/experience-schema';
import { procedureDateProblem } from '../../../shared/exposure/exposure-dates';
import { localToday } from '../../../shared/local-today';
import { parseCsv, suggestProcedureColumnMapping, validateProcedureRows } from '../../../shared/exposure/procedure-csv';
import { procedureEntryInputSchema, procedureEntrySchema } from '../../../shared/exposure/procedure-schema';
import { emptyDocument } from '../../../shared/schema/document';
import { makeExperience, makeProcedure } from './fixtures';

const TODAY = '2026-03-14';
const BEFORE_1950 = 'That date is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)';
const IN_THE_FUTURE = 'That date is in the future: log cases once you have seen them';

// Local noon, so the local calendar day is TODAY in every time zone the tests run in.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 14, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const { id: _id, ...procedureInput } = makeProcedure();
const { id: _experienceId, ...experienceInput } = makeExperience();

describe('procedure dates', () => {
  it('reads today in local time', () => {
    expect(localToday()).toBe(TODAY);
  });

  it.each([
    ['1949-12-31', 'is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)'],
    ['0202-06-01', 'is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)'],
    ['1950-01-01', null],
    [TODAY, null],
    ['2026-03-15', 'is in the future: log cases once you have seen them'],
  ])('%s → %s', (date, problem) => {
    expect(procedureDateProblem(date)).toBe(problem);
  });

  it('refuses 1949-12-31 and accepts 1950-01-01 in what a save accepts', () => {
    expect(issuesOf(procedureEntryInputSchema.safeParse({ ...procedureInput, date: '1949-12-31' }))).toEqual([
      `date: ${BEFORE_1950}`,
    ]);
    expect(procedureEntryInputSchema.safeParse({ ...procedureInput, date: '1950-01-01' }).success).toBe(true);
  });

  it('refuses future dates in quick entry and in an edit', () => {
    expect(issuesOf(procedureEntryInputSchema.safeParse({ ...procedureInput, date: '2030-01-15' }))).toEqual([
      `date: ${IN_THE_FUTURE}`,
    ]);
    expect(issuesOf(procedureEntrySchema.safeParse(makeProcedure({ date: '1900-01-01' })))).toEqual([`date: ${BEFORE_1950}`]);
    expect(procedureEntrySchema.safeParse(makeProcedure({ date: TODAY })).success).toBe(true);
  });

  it('still reports a malformed date as such, not as out of range', () => {
    expect(issuesOf(procedureEntryInputSchema.safeParse({ ...procedureInput, date: '14/03/2026' }))).toEqual([
      'date: Use a date like 2026-03-14',
    ]);
  });
});

describe('experience dates', () => {
  it('refuses a start or end before 1950', () => {
    expect(issuesOf(experienceInputSchema.safeParse({ ...experienceInput, startDate: '1949-12-31' }))).toEqual([
      `startDate: ${BEFORE_1950}`,
    ]);
    expect(
      issuesOf(experienceInputSchema.safeParse({ ...experienceInput, startDate: '1900-01-01', endDate: '1900-02-01' })),
    ).toEqual([`startDate: ${BEFORE_1950}`, `endDate: ${BEFORE_1950}`]);
  });

  it('accepts 1950-01-01 and an upcoming rotation', () => {
    expect(experienceInputSchema.safeParse({ ...experienceInput, startDate: '1950-01-01' }).success).toBe(true);
    expect(experienceInputSchema.safeParse({ ...experienceInput, startDate: '2027-07-01', endDate: '2027-07-28' }).success).toBe(
      true,
    );
  });

  it('keeps the end-before-start rule', () => {
    expect(
      issuesOf(experienceInputSchema.safeParse({ ...experienceInput, startDate: '1950-02-01', endDate: '1950-01-01' })),
    ).toEqual(['endDate: The end date is before the start date']);
  });
});

describe('CSV import dates', () => {
  function importCsv(text: string) {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { headers, rows } = parsed.value;
    return validateProcedureRows(rows, suggestProcedureColumnMapping(headers), [], []);
  }

  it('lists future and pre-1950 rows as errors with the reason, and imports the rest', () => {
    const result = importCsv(
      'Date,Procedure,Role\n' +
        '2026-03-14,TACE,observed\n' +
        '2030-01-15,TACE,observed\n' +
        '12/31/2029,TIPS,assisted\n' +
        '1949-12-31,TACE,observed\n' +
        '1950-01-01,TIPS,observed\n',
    );
    expect(result.valid.map((entry) => entry.date)).toEqual(['2026-03-14', '1950-01-01']);
    expect(result.errors).toEqual([
      { row: 3, messages: ["Row 3: date '2030-01-15' is in the future: log cases once you have seen them"] },
      { row: 4, messages: ["Row 4: date '12/31/2029' is in the future: log cases once you have seen them"] },
      {
        row: 5,
        messages: ["Row 5: date '1949-12-31' is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)"],
      },
    ]);
  });

  it('reports a future date alongside the row’s other problems', () => {
    const result = importCsv('Date,Procedure,Role\n2030-01-15,TACE,watched from the hallway\n');
    expect(result.errors[0]?.messages).toEqual([
      "Row 2: date '2030-01-15' is in the future: log cases once you have seen them",
      "Row 2: role 'watched from the hallway' is not one of observed, assisted, scrubbed in or performed under supervision",
    ]);
  });
});

describe('stored documents', () => {
  it('still load with dates from before the rules, so the odd date can be fixed in the app', () => {
    const stored = {
      ...emptyDocument(new Date('2026-03-14T12:00:00.000Z')),
      experiences: [makeExperience({ startDate: '1900-01-01', endDate: '1900-02-01' })],
      procedures: [makeProcedure({ id: 'old', date: '0202-06-01' }), makeProcedure({ id: 'future', date: '2030-01-15' })],
    };
    const loaded = loadDocument(JSON.parse(JSON.stringify(stored)), new Date());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.doc.procedures.map((entry) => entry.date)).toEqual(['0202-06-01', '2030-01-15']);
    expect(loaded.doc.experiences[0]?.startDate).toBe('1900-01-01');
  });

  it('lets an undo bring back an experience whatever its dates', () => {
    expect(experienceSchema.safeParse(makeExperience({ startDate: '1900-01-01', endDate: null, ongoing: true })).success).toBe(true);
  });
});
