import { describe, expect, it } from 'vitest';
import {
  PROGRAM_CSV_HEADERS,
  parseProgramCsv,
  programsToCsv,
  suggestProgramColumnMapping,
  validateProgramRows,
} from '../../../shared/programs/program-csv';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import type { Program, ProgramDraft } from '../../../shared/programs/program-schema';
import { dominantProgram, figure, makeProgram } from './program-fixture';

/** The fields a flat sheet carries; answers, history, prelim applications and ids stay in the app. */
function carried(p: Program | ProgramDraft) {
  const skipped = new Set(['id', 'answers', 'statusHistory', 'prelimApplications', 'residentChecklist', 'volumeFigures']);
  const kept = Object.fromEntries(Object.entries(p).filter(([key]) => !skipped.has(key)));
  return { ...kept, volumes: p.volumeFigures.map((f) => `${f.kind}=${f.value}`).sort() };
}

describe('program CSV', () => {
  it('round-trips programs through export, mapping and validation', () => {
    const programs = [
      dominantProgram('Lakeside IR'),
      makeProgram('Harbor "Quotes", Commas', (p) => {
        p.institution = 'Harbor Medical Center';
        p.city = 'Boston';
        p.state = 'MA';
        p.website = 'https://harbor.example.org/ir';
        p.status = 'interview-offered';
        p.pathways = [
          { pathway: 'integrated-ir', positionsPerYear: 2 },
          { pathway: 'esir', positionsPerYear: null },
        ];
        p.integratedStartsPgy2 = true;
        p.volumeFigures = [figure('departmental-annual', 10_000), figure('resident-per-core-year', 320)];
        p.traineeSharePercent = 35.5;
        p.notes = '=SUM(A1) is not a formula\nand a second line';
      }),
    ];
    const csv = programsToCsv(programs);
    const parsed = parseProgramCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.headers).toEqual(PROGRAM_CSV_HEADERS);

    const mapping = suggestProgramColumnMapping(parsed.headers);
    expect(Object.keys(mapping.columns)).toHaveLength(PROGRAM_CSV_HEADERS.length);

    const { valid, errors } = validateProgramRows(parsed.rows, mapping, { learnedOn: '2026-03-01' });
    expect(errors).toEqual([]);
    expect(valid.map(carried)).toEqual(programs.map(carried));
    // The best figures keep where they came from, when and how sure; only the note says they were imported.
    expect(valid[1]!.volumeFigures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'departmental-annual', source: 'program-website', confidence: 'medium', learnedOn: '2026-01-10' }),
      ]),
    );
  });

  it('keeps the evaluation of a program through export and re-import', () => {
    const program = makeProgram('Old Reliable IR', (p) => {
      p.volumeFigures = [
        figure('resident-graduation-total', 2000, { source: 'resident-interview', confidence: 'high', learnedOn: '2025-11-02' }),
        figure('resident-per-core-year', 400, { source: 'program-website', confidence: 'medium', learnedOn: '2023-01-15' }),
      ];
    });
    const parsed = parseProgramCsv(programsToCsv([program]));
    const { valid, errors } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), { learnedOn: '2026-03-01' });
    expect(errors).toEqual([]);
    expect(valid[0]!.volumeFigures).toEqual([
      { kind: 'resident-graduation-total', value: 2000, source: 'resident-interview', learnedOn: '2025-11-02', confidence: 'high', note: 'Imported from a spreadsheet' },
      { kind: 'resident-per-core-year', value: 400, source: 'program-website', learnedOn: '2023-01-15', confidence: 'medium', note: 'Imported from a spreadsheet' },
    ]);

    const reimported = { ...program, volumeFigures: valid[0]!.volumeFigures.map((f, i) => ({ ...f, id: `again-${i}` })) };
    const before = evaluateProgram(program, { asOf: '2026-03-01' });
    const after = evaluateProgram(reimported, { asOf: '2026-03-01' });
    expect(after.caseVolume).toEqual(before.caseVolume);
    expect(after.caseVolume.level).toBe('strong');
    expect(after.caseVolume.unconfirmed).toBeFalsy();
    expect(after.flags.green.map((f) => f.id)).toEqual(before.flags.green.map((f) => f.id));
    expect(after.flags.green.map((f) => f.id)).toContain('strong-resident-volume');
    // The three-year-old per-year figure still asks to be checked again.
    expect(after.unknowns).toEqual(before.unknowns);
    expect(JSON.stringify(after.unknowns)).toContain('noted over two years ago');
  });

  it('reads a file exported before the source, date and confidence columns as it always did', () => {
    const parsed = parseProgramCsv('Program,Resident procedures by graduation\nMetro IR,1800\n');
    const { valid } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), { learnedOn: '2026-03-01' });
    expect(valid[0]!.volumeFigures).toEqual([
      { kind: 'resident-graduation-total', value: 1800, source: 'other', learnedOn: '2026-03-01', confidence: 'low', note: 'Imported from a spreadsheet' },
    ]);
  });

  it('reads a spreadsheet-style date and says which volume detail it cannot read', () => {
    const csv = [
      'Program,Resident procedures by graduation,Resident procedures by graduation: source,Resident procedures by graduation: date learned,Resident procedures by graduation: confidence',
      'Metro IR,1800,Resident interview,11/2/2025,HIGH',
      'Harbor IR,1800,a friend,2025-02-30,sure',
    ].join('\n');
    const parsed = parseProgramCsv(csv);
    const { valid, errors } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), { learnedOn: '2026-03-01' });
    expect(valid[0]!.volumeFigures[0]).toMatchObject({ source: 'resident-interview', learnedOn: '2025-11-02', confidence: 'high' });
    expect(errors).toEqual([
      {
        row: 3,
        messages: [
          expect.stringMatching(/^Resident procedures by graduation: source: "a friend" is not one of program-website, brochure/),
          "Resident procedures by graduation: date learned: '2025-02-30' is not a real day; use YYYY-MM-DD or MM/DD/YYYY.",
          'Resident procedures by graduation: confidence: use low, medium or high (found "sure").',
        ],
      },
    ]);
  });

  it('starts the file with a byte order mark so Excel reads curly quotes, and reads such a file back', () => {
    const csv = programsToCsv([makeProgram('St. Brigid’s IR')]);
    expect(csv.startsWith('\uFEFFProgram,')).toBe(true);
    const parsed = parseProgramCsv(csv);
    expect(parsed.headers[0]).toBe('Program');
    expect(parsed.rows[0]!.Program).toBe('St. Brigid’s IR');
  });

  it('holds back the row whose quote is never closed, and the lines it swallowed, saying so', () => {
    const parsed = parseProgramCsv('Program,Notes\nFirst,fine\nUnclosed,"oops\nNext,row\n');
    expect(parsed.rows).toEqual([{ Program: 'First', Notes: 'fine' }]);
    expect(parsed.problems).toEqual([
      'Row 3 and every line below it will not be imported: a cell there opens with a quote mark (") that is never closed, so the rest of the file reads as one cell. Close the quote in the file and choose it again.',
    ]);
    const { valid } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers));
    expect(valid.map((draft) => draft.name)).toEqual(['First']);
  });

  it('takes a fellowship start year as a yes to the fellowship when the file does not say', () => {
    const parsed = parseProgramCsv('Program,Fellowship since,Independent IR fellowship\nA,1998,\nB,1998,no\n');
    const { valid } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers));
    expect(valid.map((draft) => draft.institutionalContext.independentFellowship)).toEqual([true, false]);
  });

  it('holds back a program already on the shortlist, or named twice in the file, so importing an export again adds nothing', () => {
    const csv = programsToCsv([makeProgram('Metro IR'), makeProgram('Harbor IR'), makeProgram('  harbor   ir ')]);
    const parsed = parseProgramCsv(csv);
    const { valid, errors } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), {
      learnedOn: '2026-03-01',
      existingNames: ['METRO IR'],
    });
    expect(valid.map((draft) => draft.name)).toEqual(['Harbor IR']);
    expect(errors).toEqual([
      { row: 2, messages: ['“METRO IR” is already on your shortlist: edit it there, or rename this row to add another program.'] },
      { row: 4, messages: ['Row 3 has the same program name.'] },
    ]);
  });

  it('still maps the assist-only column of a file exported before its header was reworded', () => {
    const parsed = parseProgramCsv('Program,Residents only assist on advanced cases\nMetro IR,yes\n');
    const mapping = suggestProgramColumnMapping(parsed.headers);
    expect(mapping.columns).toMatchObject({ residentsOnlyAssistAdvanced: 'Residents only assist on advanced cases' });
    const { valid, errors } = validateProgramRows(parsed.rows, mapping, { learnedOn: '2026-03-01' });
    expect(errors).toEqual([]);
    expect(valid[0]!.autonomy.residentsOnlyAssistAdvanced).toBe(true);
  });

  it('keeps formula-like cells from running in a spreadsheet', () => {
    const csv = programsToCsv([makeProgram('P', (p) => (p.notes = '=HYPERLINK("x")'))]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('maps common headers and records where volume numbers came from', () => {
    const csv = 'Program Name,Hospital,ST,SIR annual volume,Resident total,Trauma\nMetro IR,Metro General,TX,"8,500",1650,yes\n';
    const parsed = parseProgramCsv(csv);
    const mapping = suggestProgramColumnMapping(parsed.headers);
    expect(mapping.columns).toMatchObject({ name: 'Program Name', institution: 'Hospital', state: 'ST', level1Trauma: 'Trauma', residentGraduationTotal: 'Resident total' });
    mapping.columns.departmentalAnnual = 'SIR annual volume';
    expect(mapping.volumeSource).toBe('sir-directory');

    const { valid, errors } = validateProgramRows(parsed.rows, mapping, { learnedOn: '2026-03-01' });
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({ name: 'Metro IR', institution: 'Metro General', state: 'TX' });
    expect(valid[0]!.institutionalContext.level1Trauma).toBe(true);
    expect(valid[0]!.volumeFigures).toEqual([
      expect.objectContaining({ kind: 'resident-graduation-total', value: 1650, source: 'sir-directory', confidence: 'medium' }),
      expect.objectContaining({ kind: 'departmental-annual', value: 8500, source: 'sir-directory' }),
    ]);
  });

  it('explains bad rows in plain words with spreadsheet row numbers', () => {
    const csv = [
      'Program,Website,Trauma,APPs,My rating (0-5),Case mix: arterial,Status',
      'Good,https://good.example.org,no,3,4,strong,applied',
      ',ftp://bad.example.org,maybe,10k,7,lots,pending',
    ].join('\n');
    const parsed = parseProgramCsv(csv);
    const { valid, errors } = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers));
    expect(valid.map((v) => v.name)).toEqual(['Good']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.row).toBe(3);
    expect(errors[0]!.messages).toEqual(
      expect.arrayContaining([
        'Trauma: use yes or no, or leave it blank if unknown (found "maybe").',
        'APPs: "10k" is not a whole number of 0 or more.',
        'Case mix: arterial: use none, some, strong or unknown (found "lots").',
        expect.stringMatching(/^Status: "pending" is not one of/),
        'Program name is required.',
        'Enter a full web address starting with http:// or https://.',
        'Your rating must be from 0 to 5.',
      ]),
    );
  });

  it('asks for a name column before reading any row', () => {
    const { valid, errors } = validateProgramRows([{ A: 'x' }], { columns: {}, volumeSource: 'other' });
    expect(valid).toEqual([]);
    expect(errors).toEqual([{ row: 1, messages: ['Choose which column holds the program name.'] }]);
  });
});
