import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { CASE_MIX_CATEGORY_IDS } from '../../../shared/programs/case-mix-categories';
import {
  parseProgramCsv,
  PROGRAM_CSV_FIELDS,
  programsToCsv,
  suggestProgramColumnMapping,
  validateProgramRows,
  type ProgramCsvField,
} from '../../../shared/programs/program-csv';
import { PROGRAM_PATHWAYS } from '../../../shared/programs/program-schema';
import { mulberry32 } from '../../../shared/programs/stability';
import { describeValidationError } from '../../../shared/validation-message';
import { brokenCsvFiles, csvNoise, HUGE_STRING, pick, tableToCsv, withCell, type CsvTable, type Malformed } from './malformed-generator';
import { expectReadable } from './readable-error';
import { sampleDocument } from './valid-payloads';

const program = sampleDocument().shortlist.programs[0]!;
const headerOf = (field: ProgramCsvField) => PROGRAM_CSV_FIELDS.find((column) => column.field === field)!.header;

const COUNTS: ProgramCsvField[] = [
  ...PROGRAM_PATHWAYS.map((pathway) => `positions:${pathway}` as const),
  'fellowshipSinceYear', 'irResidentsPerClass', 'independentFellows', 'esirResidents', 'apps', 'primaryOperatorFromPgy',
  'currentImgResidents', 'personalRating', 'locationPreference', 'residentGraduationTotal', 'residentPerCoreYear', 'departmentalAnnual',
];
const YES_NO: ProgramCsvField[] = [
  'integratedStartsPgy2', 'level1Trauma', 'nciCancerCenter', 'transplantCenter', 'tertiaryReferral', 'vaAffiliation',
  'independentFellowship', 'residentsOnlyAssistAdvanced', 'serviceSlow', 'imgsInterviewedOrMatchedRecently', 'usceRequired',
];

/** Cell values each column must refuse; `null` removes the column. */
const BREAKING = new Map<ProgramCsvField, (string | null)[]>([
  ['name', ['', '   ', null]],
  ['status', ['dunno', HUGE_STRING]],
  ['traineeSharePercent', ['abc', 'NaN', 'Infinity', HUGE_STRING]],
  ...COUNTS.map((field) => [field, ['lots', '-3', '1.5', 'NaN', 'Infinity', '1e999', HUGE_STRING]] as [ProgramCsvField, string[]]),
  ...YES_NO.map((field) => [field, ['maybe', 'sí', 'yes!', HUGE_STRING]] as [ProgramCsvField, string[]]),
  ...CASE_MIX_CATEGORY_IDS.map((id) => [`caseMix:${id}`, ['tons', 'STRONGISH']] as [ProgramCsvField, string[]]),
]);
const FREE_TEXT = (['institution', 'city', 'state', 'notes'] as const).map(headerOf);

function importCsv(text: string) {
  const { headers, rows, problems } = parseProgramCsv(text);
  const { valid, errors } = validateProgramRows(rows, suggestProgramColumnMapping(headers), { learnedOn: '2026-06-15' });
  return { problems, valid, errors };
}

function variants(base: CsvTable, count: number, seed: number): Malformed<string>[] {
  const random = mulberry32(seed);
  const out = brokenCsvFiles(tableToCsv(base));
  const fields = [...BREAKING.keys()];
  while (out.length < count) {
    const field = pick(random, fields);
    const value = pick(random, BREAKING.get(field)!);
    const header = headerOf(field);
    const labels = [value === null ? `no ${header} column` : `${header} = ${JSON.stringify(value.slice(0, 40))}`];
    let table = withCell(base, header, value);
    if (random() < 0.5) table = csvNoise(random, table, FREE_TEXT.filter((h) => h !== header), labels);
    out.push({ label: labels.join('; '), value: tableToCsv(table) });
  }
  return out;
}

describe('malformed program CSV files', () => {
  const parsed = parseProgramCsv(programsToCsv([program]));
  const base: CsvTable = { headers: parsed.headers, row: parsed.headers.map((header) => parsed.rows[0]?.[header] ?? '') };

  it('the unmutated export imports cleanly (so the mutations mean something)', () => {
    expect(importCsv(tableToCsv(base))).toMatchObject({ problems: [], errors: [], valid: [expect.anything()] });
  });

  const cases = variants(base, 240, 1717);
  it(`refuses all ${cases.length} damaged files or rows, with readable reasons`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const { label, value } of cases) {
      const { problems, valid, errors } = importCsv(value);
      for (const message of [...problems, ...errors.flatMap((error) => error.messages)]) expectReadable(message, label);
      if (problems.length > 0) continue; // the file itself is reported as damaged
      if (errors.length > 0) {
        expect(valid, label).toEqual([]);
        expect(errors.every((error) => error.messages.length > 0), label).toBe(true);
        continue;
      }
      // No rows at all: the import channel refuses an empty list, readably.
      expect(valid, label).toEqual([]);
      const refused = contract['programs:import'].args.safeParse({ programs: valid });
      expect(refused.success, label).toBe(false);
      if (!refused.success) expectReadable(describeValidationError(refused.error), label);
    }
  });
});
