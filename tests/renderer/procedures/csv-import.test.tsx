import { describe, expect, it, vi } from 'vitest';
import {
  columnLetter,
  columnOptions,
  exampleValue,
  readProcedureCsv,
  validateRowsInChunks,
  withoutRowPrefix,
} from '../../../renderer/src/pages/procedures/csv-import';
import { suggestProcedureColumnMapping, validateProcedureRows } from '../../../shared/exposure/procedure-csv';

// Pure helpers of the import dialog; kept with the page's tests.

describe('CSV import helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(columnOptions(['Date', ''])).toEqual([
      { value: '0', label: 'A · Date' },
      { value: '1', label: 'B · (no name)' },
    ]);
  });

  it('shows the first value a column holds, shortened', () => {
    const rows = [['', 'x'], ['  TACE ', 'y'], ['PICC', 'z']];
    expect(exampleValue(rows, 0)).toBe('TACE');
    expect(exampleValue(rows, null)).toBeNull();
    expect(exampleValue([['']], 0)).toBeNull();
    expect(exampleValue([['a'.repeat(100)]], 0)).toHaveLength(58);
  });

  it('drops the row prefix and starts the message as a sentence', () => {
    expect(withoutRowPrefix("Row 7: 'Magic' is not a procedure")).toBe("'Magic' is not a procedure");
    expect(withoutRowPrefix('Row 12: the date is missing')).toBe('The date is missing');
    expect(withoutRowPrefix('Row 1 (column names): choose which column holds the date')).toBe('Choose which column holds the date');
  });

  it('refuses a file with more rows than one import can take, and passes parse errors through', () => {
    const big = ['Date,Procedure,Role', ...Array.from({ length: 10_001 }, () => '2026-01-01,TACE,observed')].join('\n');
    const refused = readProcedureCsv(big);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/10,001 rows; import at most 10,000 at a time/);
    expect(readProcedureCsv('').ok).toBe(false);
    expect(readProcedureCsv('Date,Procedure,Role\n2026-01-01,TACE,observed').ok).toBe(true);
  });

  it('checks rows in slices with the same result and row numbers as one pass', async () => {
    const headers = ['Date', 'Procedure', 'Role'];
    const rows = Array.from({ length: 1234 }, (_, i) =>
      i % 300 === 7 ? ['2026-01-01', 'Gastric wizardry', 'observed'] : i % 401 === 0 ? ['', 'TACE', 'observed'] : ['2026-01-02', 'TACE', 'assisted'],
    );
    const mapping = suggestProcedureColumnMapping(headers);
    const whole = validateProcedureRows(rows, mapping, [], []);
    const progress = vi.fn();
    const sliced = await validateRowsInChunks(rows, mapping, [], [], progress);

    expect(sliced).toEqual(whole);
    expect(whole.errors.map((error) => error.row)).toContain(2 + 607);
    expect(progress).toHaveBeenLastCalledWith(1234);
    expect(await validateRowsInChunks(rows, mapping, [], [], progress, () => true)).toBeNull();
  });

  it('keeps whole-file row numbers for held-back and noted rows when checking in slices', async () => {
    const headers = ['Date', 'Category', 'Procedure', 'Role', 'Notes'];
    const rows = Array.from({ length: 700 }, (_, i) =>
      i === 600
        ? ['2026-01-01', '', 'TACE', 'observed', 'call 555-123-4567']
        : i === 650
          ? ['2026-01-01', 'Venous', 'TACE', 'observed', '']
          : ['2026-01-02', '', 'TACE', 'observed', ''],
    );
    const mapping = suggestProcedureColumnMapping(headers);
    const sliced = await validateRowsInChunks(rows, mapping, [], [], vi.fn());
    expect(sliced).toEqual(validateProcedureRows(rows, mapping, [], []));
    expect(sliced?.flagged.map((row) => row.row)).toEqual([602]);
    expect(sliced?.warnings.map((row) => row.messages[0]?.slice(0, 8))).toEqual(['Row 652:']);
    expect(sliced?.validRows.at(-1)).toBe(701);
  });
});
