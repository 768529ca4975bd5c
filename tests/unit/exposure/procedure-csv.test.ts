import { describe, expect, it } from 'vitest';
import { experiencesToCsv, proceduresToCsv } from '../../../shared/exposure/exposure-csv-export';
import {
  parseCsv,
  readCsvDate,
  suggestProcedureColumnMapping,
  validateProcedureRows,
  type ProcedureColumnMapping,
} from '../../../shared/exposure/procedure-csv';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import { makeExperience, makeProcedure } from './fixtures';

const customPae: CustomProcedure = { id: 'custom-pae', categoryId: 'arterial', name: 'Prostate artery embolization', advanced: true };
const experiences = [makeExperience({ id: 'exp-1', title: 'Cleveland IR observership' })];

function parsed(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Parse, map by header names, validate: what the import screen does. */
function importCsv(text: string, custom: CustomProcedure[] = [customPae]) {
  const { headers, rows } = parsed(text);
  return validateProcedureRows(rows, suggestProcedureColumnMapping(headers), custom, experiences);
}

describe('proceduresToCsv', () => {
  it('writes human headers, labels and names, oldest first', () => {
    const csv = proceduresToCsv(
      [
        makeProcedure({ id: 'b', date: '2025-07-01', procedureId: 'custom-pae', role: 'scrubbed', guidance: [], setting: 'emergency', experienceId: null, notes: 'Said "wow", twice' }),
        makeProcedure({ id: 'a', date: '2025-06-03' }),
      ],
      [customPae],
      experiences,
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Date,Category,Procedure,Role,Guidance,Setting,Experience,Attending,Learned,Patient care,Complication,Notes');
    expect(lines[1]).toMatch(/^2025-06-03,Oncologic,Chemoembolization,Observed,Fluoroscopy; Cone-beam CT,Scheduled,Cleveland IR observership · University Hospital,Dr\. Rahman,/);
    expect(lines[2]).toBe('2025-07-01,Arterial,Prostate artery embolization,Scrubbed in,,Emergency / on call,,Dr. Rahman,How cone-beam CT confirms the feeding vessel.,Post-embolization syndrome was treated with fluids and antiemetics.,,"Said ""wow"", twice"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = proceduresToCsv([makeProcedure({ notes: '=HYPERLINK("http://x")' })], [], []);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('round-trips through the importer, formula guard included', () => {
    const original = [
      makeProcedure({ id: 'a', notes: '- first point\n- second point' }),
      makeProcedure({ id: 'b', date: '2025-08-09', procedureId: 'custom-pae', role: 'performed-supervised', guidance: ['ultrasound', 'ct'], setting: 'emergency', experienceId: null }),
    ];
    const result = importCsv(proceduresToCsv(original, [customPae], experiences));
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual(original.map(({ id: _id, ...rest }) => rest));
  });
});

describe('experiencesToCsv', () => {
  it('writes one row per experience with ERAS type, hours and yes/no flags', () => {
    const csv = experiencesToCsv([makeExperience({ endDate: null, ongoing: true, tags: ['IR', 'oncology'] })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Kind,ERAS experience type,Title,Organisation,City,State or country,US-based,Start date,End date,Ongoing,Hours,Supervisor,Supervisor contact,Can write a letter,IR-related,Description,Tags',
    );
    expect(row).toBe(
      'Observership,Education / training,IR observership,University Hospital,Cleveland,OH,yes,2025-06-02,,yes,160,Dr. Amina Rahman,arahman@example.org,yes,yes,Four weeks in the angio suite and IR clinic.,IR; oncology',
    );
  });
});

describe('parseCsv', () => {
  it('reads headers and rows, strips a byte-order mark and pads short rows', () => {
    expect(parsed('\uFEFFDate,Procedure,Role\r\n2025-01-02,TACE\r\n')).toEqual({
      headers: ['Date', 'Procedure', 'Role'],
      rows: [['2025-01-02', 'TACE', '']],
    });
  });

  it('keeps blank rows in the middle so row numbers match the spreadsheet', () => {
    expect(parsed('Date,Procedure\n2025-01-02,TIPS\n\n2025-01-03,UFE\n\n').rows).toHaveLength(3);
  });

  it('reads semicolon-separated files', () => {
    expect(parsed('Date;Procedure\n2025-01-02;Y90').rows).toEqual([['2025-01-02', 'Y90']]);
  });

  it('explains an empty, header-only, binary or broken file', () => {
    const error = (text: string) => {
      const result = parseCsv(text);
      return result.ok ? null : result.error.message;
    };
    expect(error('')).toBe('The file is empty.');
    expect(error('  \n \n')).toBe('The file is empty.');
    expect(error('Date,Procedure\n')).toBe('The file has column names but no rows of data.');
    expect(error('PK\u0003\u0004\u0000\u0000')).toMatch(/save it as CSV first/);
    expect(error('Date,Notes\n2025-01-02,"never closed\n')).toBe('The file could not be read near row 2: a quoted cell is never closed.');
    expect(error(',,\n1,2,3')).toBe('The first row should name the columns, but it is blank.');
  });
});

describe('suggestProcedureColumnMapping', () => {
  it('recognises our own headers', () => {
    expect(
      suggestProcedureColumnMapping(['Date', 'Category', 'Procedure', 'Role', 'Guidance', 'Setting', 'Experience', 'Attending', 'Learned', 'Patient care', 'Complication', 'Notes']),
    ).toEqual({
      date: 0, category: 1, procedure: 2, role: 3, guidance: 4, setting: 5,
      experience: 6, attending: 7, learned: 8, patientCare: 9, complication: 10, notes: 11,
    });
  });

  it('matches synonyms regardless of case, punctuation and extra words', () => {
    const mapping = suggestProcedureColumnMapping([
      'Case #', 'DATE OF PROCEDURE', 'Procedure category', 'Procedure Name', 'My role', 'Imaging modality',
      'Rotation', 'Supervisor', 'Teaching points', 'Pre- and post- care', 'Comments', 'Unrelated',
    ]);
    expect(mapping).toMatchObject({
      date: 1, category: 2, procedure: 3, role: 4, guidance: 5, experience: 6,
      attending: 7, learned: 8, patientCare: 9, notes: 10,
    });
    expect(Object.values(mapping)).not.toContain(11);
    expect(mapping.setting).toBeNull();
  });

  it('never maps one column to two fields', () => {
    const mapping = suggestProcedureColumnMapping(['Notes', 'notes', 'Date']);
    expect(mapping.notes).toBe(0);
    expect(mapping.date).toBe(2);
    expect(Object.values(mapping).filter((v) => v === 1)).toHaveLength(0);
  });
});

describe('validateProcedureRows', () => {
  const header = 'Date,Procedure,Role,Guidance,Setting,Experience,Notes\n';

  it('accepts procedures by id, name, abbreviation and "Name (ABBR)"', () => {
    const result = importCsv(
      header +
        [
          '2025-01-02,tace,observed,,,,',
          '01/03/2025,Y-90,obs,fluoro,,,',
          '1/4/2025,tips,Scrubbed in,US; fluoro,on call,,',
          '2025-01-05,ivc filter,assisted,,,cleveland ir observership,',
          '2025-01-06,Radioembolization (Y90),performed,CBCT,,,',
          '2025-01-07,UFE,assist,,,,',
          '2025-01-08,prostate artery embolization,observed,,,,',
        ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => [v.date, v.procedureId, v.role])).toEqual([
      ['2025-01-02', 'tace', 'observed'],
      ['2025-01-03', 'y90', 'observed'],
      ['2025-01-04', 'tips', 'scrubbed'],
      ['2025-01-05', 'ivc-filter-placement', 'assisted'],
      ['2025-01-06', 'y90', 'performed-supervised'],
      ['2025-01-07', 'ufe', 'assisted'],
      ['2025-01-08', 'custom-pae', 'observed'],
    ]);
    expect(result.valid[2]).toMatchObject({ guidance: ['ultrasound', 'fluoroscopy'], setting: 'emergency', experienceId: null });
    expect(result.valid[3]?.experienceId).toBe('exp-1');
    expect(result.valid[0]).toMatchObject({ setting: 'scheduled', guidance: [], attending: '', learned: '' });
  });

  it('reports each bad row with its spreadsheet row number and plain reasons', () => {
    const result = importCsv(
      header +
        [
          '2025-01-02,TACE,observed,,,,',
          '2025-01-03,TACEE,observed,,,,',
          '31/02/2025,TIPS,observed,,,,',
          ',,,,,,',
          '2025-01-05,PICC,napping,laser,sometimes,Berlin elective,',
          '2025-01-06,,,,,,',
        ].join('\n'),
    );
    expect(result.valid).toHaveLength(1);
    expect(result.errors).toEqual([
      { row: 3, messages: ["Row 3: 'TACEE' is not a procedure in the taxonomy — pick a listed one or add it as your own procedure first"] },
      { row: 4, messages: ["Row 4: date '31/02/2025' is not a real day; use YYYY-MM-DD or MM/DD/YYYY"] },
      {
        row: 6,
        messages: [
          "Row 6: role 'napping' is not one of observed, assisted, scrubbed in or performed under supervision",
          "Row 6: guidance 'laser' is not one of fluoroscopy, ultrasound, CT, cone-beam CT or MRI",
          "Row 6: setting 'sometimes' should be scheduled or emergency",
          "Row 6: experience 'Berlin elective' is not one of your experiences — add it first or leave the cell empty",
        ],
      },
      { row: 7, messages: ['Row 7: the procedure is missing', 'Row 7: the role is missing'] },
    ]);
  });

  it('holds back rows that carry patient identifiers, saying what was found where, for the user to fix or confirm', () => {
    const result = importCsv(
      'Date,Procedure,Role,Attending,Notes,Patient care\n' +
        '2025-01-02,TACE,observed,Dr. Patel,Family wants a call at 555-123-4567,\n' +
        '2025-01-03,TIPS,observed,Dr. Patel,A 65-year-old with HCC; went well,Reviewed labs before\n' +
        '2025-01-04,Y90,observed,Dr. Patel,,Mrs. Garcia (DOB 4/12/1931) did well\n',
    );
    expect(result.valid.map((v) => v.procedureId)).toEqual(['tips']);
    expect(result.validRows).toEqual([3]);
    expect(result.errors).toEqual([]);
    expect(result.flagged).toEqual([
      {
        row: 2,
        entry: expect.objectContaining({ procedureId: 'tace', notes: 'Family wants a call at 555-123-4567' }),
        findings: [{ label: 'Notes', kinds: 'phone number', text: 'Family wants a call at 555-123-4567' }],
      },
      {
        row: 4,
        entry: expect.objectContaining({ procedureId: 'y90' }),
        findings: [{ label: 'Patient care', kinds: 'patient name, date of birth', text: 'Mrs. Garcia (DOB 4/12/1931) did well' }],
      },
    ]);
  });

  it('names the patient data on a row that is skipped for another reason too', () => {
    const result = importCsv('Date,Procedure,Role,Notes\n2025-01-02,TACEE,observed,call 555-123-4567\n');
    expect(result.flagged).toEqual([]);
    expect(result.errors[0]?.messages).toEqual([
      "Row 2: 'TACEE' is not a procedure in the taxonomy — pick a listed one or add it as your own procedure first",
      'Row 2: Notes looks like patient data: phone number — remove it, or confirm it is not patient data when you import the row again',
    ]);
  });

  it('imports an attending named like "Mr. Patel", as the entry form saves one: attendings are colleagues', () => {
    const result = importCsv('Date,Procedure,Role,Attending,Notes\n2025-01-02,TACE,observed,Mr. Patel,\n2025-01-03,TIPS,observed,Mr. Patel,pt John Smith\n');
    expect(result.valid).toEqual([expect.objectContaining({ procedureId: 'tace', attending: 'Mr. Patel' })]);
    expect(result.flagged.map((row) => [row.row, row.findings.map((f) => `${f.label}: ${f.kinds}`)])).toEqual([[3, ['Notes: patient name']]]);
  });

  it('imports a row whose category contradicts the procedure under the procedure\'s category, with a note', () => {
    const result = importCsv(
      'Date,Category,Procedure,Role\n2025-01-02,Venous,TACE,observed\n2025-01-02,oncologic,TACE,observed\n2025-01-02,Cardiology,TACE,observed\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.procedureId)).toEqual(['tace', 'tace', 'tace']);
    expect(result.warnings).toEqual([
      { row: 2, messages: ["Row 2: category 'Venous' does not match Chemoembolization; imported under Oncologic, where it is listed"] },
      { row: 4, messages: ["Row 4: category 'Cardiology' is not one the app knows; imported under Oncologic, where Chemoembolization is listed"] },
    ]);
  });

  it('knows the common names of the categories', () => {
    const result = importCsv(
      [
        'Date,Category,Procedure,Role',
        '2025-01-02,Oncology,TACE,observed',
        '2025-01-02,Interventional oncology,Y90,observed',
        '2025-01-02,Dialysis,Fistulogram,observed',
        '2025-01-02,MSK,Vertebroplasty,observed',
        '2025-01-02,GU,Nephrostomy,observed',
        '2025-01-02,Lines,PICC,observed',
        '2025-01-02,Non-vascular,Nerve block,observed',
      ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toHaveLength(7);
  });

  it('passes text limits on to the schema checks', () => {
    const long = 'x'.repeat(201);
    const result = importCsv(`Date,Procedure,Role,Attending\n2025-01-02,TACE,observed,${long}\n`);
    expect(result.errors).toEqual([{ row: 2, messages: ['Row 2: Attending: Keep this under 200 characters'] }]);
  });

  it('counts the slash dates it read month first, with the first as an example', () => {
    const result = importCsv(
      ['Date,Procedure,Role', '03/04/2025,TACE,observed', '13/04/2025,TACE,observed', '2025-03-05,TACE,observed', '12/25/2024,TACE,observed', '05/06/2025,TACE,observed'].join('\n'),
    );
    expect(result.valid).toHaveLength(4);
    expect(result.errors.map((error) => error.row)).toEqual([3]);
    expect(result.monthFirst).toEqual({ count: 2, example: { cell: '03/04/2025', read: '2025-03-04' } });
  });

  it('asks for the required columns before reading any row', () => {
    const mapping: ProcedureColumnMapping = {
      date: null, category: null, procedure: 0, role: null, guidance: null, setting: null,
      experience: null, attending: null, learned: null, patientCare: null, complication: null, notes: null,
    };
    expect(validateProcedureRows([['TACE']], mapping, [], [])).toEqual({
      valid: [],
      validRows: [],
      flagged: [],
      warnings: [],
      monthFirst: { count: 0, example: null },
      errors: [
        {
          row: 1,
          messages: [
            'Row 1 (column names): choose which column holds the date',
            'Row 1 (column names): choose which column holds the role',
          ],
        },
      ],
    });
  });
});

describe('experiences that share a title', () => {
  const alpha = makeExperience({ id: 'exp-alpha', title: 'IR observership', organisation: 'Alpha Hospital' });
  const beta = makeExperience({ id: 'exp-beta', title: 'IR observership', organisation: 'Beta Medical Center' });
  const both = [alpha, beta];
  const check = (text: string, known = both) => {
    const { headers, rows } = parsed(text);
    return validateProcedureRows(rows, suggestProcedureColumnMapping(headers), [], known);
  };

  it('come back to the right experience after an export and an import', () => {
    const csv = proceduresToCsv(
      [makeProcedure({ id: 'a', experienceId: 'exp-alpha' }), makeProcedure({ id: 'b', date: '2025-06-04', experienceId: 'exp-beta' })],
      [],
      both,
    );
    expect(csv).toContain('IR observership · Beta Medical Center');
    const result = check(csv);
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.experienceId)).toEqual(['exp-alpha', 'exp-beta']);
  });

  it('make a bare title from an older file a row problem that names the choices, rather than a guess', () => {
    const result = check('Date,Procedure,Role,Experience\n2025-01-02,TACE,observed,IR observership\n');
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 2,
        messages: [
          "Row 2: experience 'IR observership' could be 'IR observership · Alpha Hospital' or 'IR observership · Beta Medical Center' — write the experience as one of those",
        ],
      },
    ]);
  });

  it('still match an older file by title when only one experience has it', () => {
    const result = check('Date,Procedure,Role,Experience\n2025-01-02,TACE,observed,ir observership\n', [alpha]);
    expect(result.valid.map((v) => v.experienceId)).toEqual(['exp-alpha']);
  });
});

describe('slash dates', () => {
  const check = (text: string, order: 'month-first' | 'day-first' = 'month-first') => {
    const { headers, rows } = parsed(text);
    return validateProcedureRows(rows, suggestProcedureColumnMapping(headers), [], [], order);
  };

  it('says a day-first date has month 13, and points to the day-first setting', () => {
    expect(readCsvDate('13/04/2026', 'month-first', '2026-11-29')).toEqual({
      ok: false,
      message: "date '13/04/2026' has month 13 when read month first — is this file day first? If so, go back to the columns and set dates with slashes to Day first",
    });
    expect(readCsvDate('13/04/2026', 'day-first', '2026-11-29')).toEqual({ ok: true, value: '2026-04-13', ambiguous: false });
    expect(readCsvDate('04/13/2026', 'day-first', '2026-11-29')).toMatchObject({
      ok: false,
      message: expect.stringContaining('has month 13 when read day first — is this file month first?'),
    });
  });

  it('says how a date in the future was read when the other reading is in the past', () => {
    expect(readCsvDate('12/11/2026', 'month-first', '2026-11-29')).toEqual({
      ok: false,
      message:
        "date '12/11/2026' was read month first as December 11, 2026, which is in the future — if this file puts the day first (November 12, 2026), go back to the columns and set dates with slashes to Day first",
    });
    expect(readCsvDate('12/11/2026', 'day-first', '2026-11-29')).toEqual({ ok: true, value: '2026-11-12', ambiguous: true });
    // Both readings ahead: the plain reason.
    expect(readCsvDate('12/12/2027', 'month-first', '2026-11-29')).toEqual({
      ok: false,
      message: "date '12/12/2027' is in the future: log cases once you have seen them",
    });
  });

  it('calls a date that is no real day either way just that', () => {
    expect(readCsvDate('31/02/2025', 'day-first')).toEqual({ ok: false, message: "date '31/02/2025' is not a real day; use YYYY-MM-DD or DD/MM/YYYY" });
  });

  it('words every date message by the chosen order when the file puts the day first', () => {
    expect(readCsvDate('March 4 2026 at noon', 'day-first')).toEqual({
      ok: false,
      message: "date 'March 4 2026 at noon' is not in a form the app can read; use YYYY-MM-DD or DD/MM/YYYY",
    });
    expect(readCsvDate('31.02.2025', 'day-first')).toEqual({ ok: false, message: "date '31.02.2025' is not a real day; use YYYY-MM-DD or DD/MM/YYYY" });
    expect(readCsvDate('31/02/25', 'day-first')).toEqual({ ok: false, message: "date '31/02/25' is not a real day; use YYYY-MM-DD or DD/MM/YYYY" });
  });

  it('reads two-digit years, dotted dates and written-out dates in a day-first file', () => {
    const today = '2026-11-29';
    expect(readCsvDate('3/4/26', 'day-first', today)).toEqual({ ok: true, value: '2026-04-03', ambiguous: true });
    expect(readCsvDate('31.12.2025', 'day-first', today)).toEqual({ ok: true, value: '2025-12-31', ambiguous: false });
    expect(readCsvDate('March 4, 2026', 'day-first', today)).toEqual({ ok: true, value: '2026-03-04', ambiguous: false });
    expect(readCsvDate('4 March 2026', 'month-first', today)).toEqual({ ok: true, value: '2026-03-04', ambiguous: false });
    // A two-digit year still meets the "read the other way round" help.
    expect(readCsvDate('13/04/26', 'month-first', today)).toMatchObject({
      ok: false,
      message: expect.stringContaining('has month 13 when read month first') as unknown as string,
    });
  });

  it('imports a day-first file with two-digit, dotted and written-out dates', () => {
    const result = check('Date,Procedure,Role\n3/4/25,TACE,observed\n31.12.2024,TACE,observed\n"March 4, 2025",TACE,observed\n', 'day-first');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.date)).toEqual(['2025-04-03', '2024-12-31', '2025-03-04']);
  });

  it('reads a day-first file when asked, and then does not report dates read month first', () => {
    const result = check('Date,Procedure,Role\n03/04/2025,TACE,observed\n25/12/2024,TACE,observed\n', 'day-first');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.date)).toEqual(['2025-04-03', '2024-12-25']);
    expect(result.monthFirst).toEqual({ count: 0, example: null });
  });
});
