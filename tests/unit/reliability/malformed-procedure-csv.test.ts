import { describe, expect, it } from 'vitest';
import { proceduresToCsv } from '../../../shared/exposure/exposure-csv-export';
import {
  parseCsv,
  suggestProcedureColumnMapping,
  validateProcedureRows,
} from '../../../shared/exposure/procedure-csv';
import { mulberry32 } from '../../../shared/programs/stability';
import {
  brokenCsvFiles,
  csvNoise,
  HUGE_STRING,
  pick,
  tableToCsv,
  UNICODE_GARBAGE,
  withCell,
  type CsvTable,
  type Malformed,
} from './malformed-generator';
import { expectReadable } from './readable-error';
import { sampleDocument } from './valid-payloads';

const doc = sampleDocument();
const FREE_TEXT = ['Attending', 'Learned', 'Patient care', 'Complication', 'Notes'];
/** The attending names a colleague, so only an over-long cell is refused there, as in the entry form. */
const CHECKED_FOR_IDENTIFIERS = FREE_TEXT.filter((header) => header !== 'Attending');

/** Cell values each column must refuse; `null` removes a required column. */
const BREAKING: Record<string, (string | null)[]> = {
  Date: ['', 'yesterday', '2024-13-45', '31/31/2024', '=1+1', HUGE_STRING, null],
  Procedure: ['', 'Brain transplant', '=HYPERLINK("https://evil.example")', UNICODE_GARBAGE[4], HUGE_STRING, null],
  Role: ['', 'watched from the hallway', 'NaN', HUGE_STRING, null],
  Guidance: ['x-ray vision', 'fluoroscopy; telepathy', HUGE_STRING],
  Setting: ['sometimes', 'urgent-ish', HUGE_STRING],
  Experience: ['A rotation I never did', UNICODE_GARBAGE[1]],
  Attending: [HUGE_STRING],
  ...Object.fromEntries(
    CHECKED_FOR_IDENTIFIERS.map((header) => [header, ['MRN 12345678', 'DOB 01/02/1960', 'call 555-123-4567 re: pt', HUGE_STRING]]),
  ),
};

function importCsv(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { refused: parsed.error.message, valid: [], errors: [], flagged: [], warnings: [] };
  const { headers, rows } = parsed.value;
  const mapping = suggestProcedureColumnMapping(headers);
  return { refused: null, ...validateProcedureRows(rows, mapping, doc.customProcedures, doc.experiences) };
}

function variants(base: CsvTable, count: number, seed: number): Malformed<string>[] {
  const random = mulberry32(seed);
  const valid = tableToCsv(base);
  const out: Malformed<string>[] = [
    ...brokenCsvFiles(valid),
    { label: 'a null byte (a binary file)', value: valid.replace(',', ',\u0000') },
    { label: 'random binary', value: Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') },
  ];
  const headers = Object.keys(BREAKING);
  while (out.length < count) {
    const header = pick(random, headers);
    const value = pick(random, BREAKING[header]!);
    const labels = [value === null ? `no ${header} column` : `${header} = ${JSON.stringify(value.slice(0, 40))}`];
    let table = withCell(base, header, value);
    if (random() < 0.5) table = csvNoise(random, table, FREE_TEXT.filter((h) => h !== header && table.headers.includes(h)), labels);
    out.push({ label: labels.join('; '), value: tableToCsv(table) });
  }
  return out;
}

describe('malformed procedure CSV files', () => {
  const validCsv = proceduresToCsv([doc.procedures[0]!], doc.customProcedures, doc.experiences);
  const parsed = parseCsv(validCsv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const base: CsvTable = { headers: parsed.value.headers, row: parsed.value.rows[0]! };

  it('the unmutated export imports cleanly (so the mutations mean something)', () => {
    expect(importCsv(tableToCsv(base))).toMatchObject({ refused: null, errors: [], valid: [expect.anything()] });
  });

  const cases = variants(base, 240, 4242);
  it(`refuses or holds back all ${cases.length} damaged files or rows, with readable reasons and nothing imported`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const { label, value } of cases) {
      const outcome = importCsv(value);
      expect(outcome.valid, label).toEqual([]);
      if (outcome.refused !== null) {
        expectReadable(outcome.refused, label);
        continue;
      }
      // Text that looks like patient data is held back for the user to confirm, never imported as is.
      expect(outcome.errors.length + outcome.flagged.length, label).toBeGreaterThan(0);
      for (const flagged of outcome.flagged) {
        for (const finding of flagged.findings) expectReadable(`${finding.label}: ${finding.kinds}`, label);
      }
      for (const error of outcome.errors) {
        expect(error.messages.length, label).toBeGreaterThan(0);
        for (const message of error.messages) expectReadable(message, label);
      }
    }
  });

  it('imports a row whose category is unknown or contradicts the procedure, under the procedure\'s category, with a readable note', () => {
    for (const category of ['Not a category', 'Dialysis access']) {
      const outcome = importCsv(tableToCsv(withCell(base, 'Category', category)));
      expect(outcome.errors, category).toEqual([]);
      expect(outcome.valid, category).toHaveLength(1);
      expect(outcome.warnings, category).toHaveLength(1);
      for (const message of outcome.warnings.flatMap((warning) => warning.messages)) expectReadable(message, category);
    }
  });
});
