import { describe, expect, it } from 'vitest';
import { parseProgramCsv, suggestProgramColumnMapping, validateProgramRows } from '../../../shared/programs/program-csv';
import { PROGRAM_CSV_HEADERS } from '../../../shared/programs/program-csv-columns';

function importFile(text: string) {
  const parsed = parseProgramCsv(text);
  const checked = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), {
    learnedOn: '2026-03-01',
    rowProblems: parsed.rowProblems,
  });
  return { parsed, ...checked };
}

describe('reading a program CSV', () => {
  it('takes a one-column file of names with nothing to warn about', () => {
    const { parsed, valid, errors } = importFile('Program\nAlpha IR\nBeta IR\n');
    expect(parsed.problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(valid.map((draft) => draft.name)).toEqual(['Alpha IR', 'Beta IR']);
  });

  it('reads a row whose last cells are left off as blank, with no warning', () => {
    const text = `${PROGRAM_CSV_HEADERS.join(',')}\nAlpha IR,Alpha Medical Center\n`;
    const { parsed, valid, errors } = importFile(text);
    expect(parsed.problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(valid).toHaveLength(1);
    expect(valid[0]).toMatchObject({ name: 'Alpha IR', institution: 'Alpha Medical Center', city: '' });
  });

  it('ignores blank cells past the last column, as a spreadsheet leaves with trailing commas', () => {
    const { valid, errors } = importFile('Program,City\nAlpha IR,Boston,,\n');
    expect(errors).toEqual([]);
    expect(valid.map((draft) => draft.city)).toEqual(['Boston']);
  });

  it('holds back a row with filled cells past the last column, says why in words, and imports the rest', () => {
    const { parsed, valid, errors } = importFile('Program,City\nAlpha IR,Boston\n"Beta IR",Salem, MA\nGamma IR,Austin\n');
    expect(parsed.problems).toEqual([]);
    expect(valid.map((draft) => draft.name)).toEqual(['Alpha IR', 'Gamma IR']);
    expect(errors).toEqual([
      {
        row: 3,
        messages: [
          'This row has a filled cell beyond the file’s last column, so its values may sit under the wrong columns (a comma inside a name or note that is not in quotes does this). Fix the row in the file and choose it again.',
        ],
      },
    ]);
    expect(errors.flatMap((error) => error.messages).join(' ')).not.toMatch(/Too many fields|parsed/);
  });
});
