import { describe, expect, it } from 'vitest';
import { findDuplicateRows, sameProcedureEntry } from '../../../shared/exposure/duplicate-entries';
import type { ProcedureEntryInput } from '../../../shared/exposure/procedure-schema';
import { makeProcedure } from './fixtures';

const entry = (overrides: Partial<ProcedureEntryInput> = {}): ProcedureEntryInput => {
  const { id: _id, ...input } = makeProcedure(overrides);
  return input;
};

describe('sameProcedureEntry', () => {
  it('treats spacing, letter case, line endings and the order of the imaging as the same entry', () => {
    expect(
      sameProcedureEntry(
        entry({ attending: 'Dr. Rahman', notes: 'First line\nsecond', guidance: ['fluoroscopy', 'cone-beam-ct'] }),
        entry({ attending: ' dr.  rahman ', notes: 'First line\r\nsecond ', guidance: ['cone-beam-ct', 'fluoroscopy'] }),
      ),
    ).toBe(true);
  });

  it('tells apart entries that differ in any field the user entered', () => {
    const base = entry();
    const changes: Partial<ProcedureEntryInput>[] = [
      { date: '2025-06-04' },
      { procedureId: 'y90' },
      { role: 'assisted' },
      { guidance: ['fluoroscopy'] },
      { setting: 'emergency' },
      { experienceId: null },
      { experienceId: 'exp-2' },
      { attending: 'Dr. Lee' },
      { learned: 'Something else' },
      { patientCare: '' },
      { complication: 'Groin hematoma' },
      { notes: 'A note' },
    ];
    for (const change of changes) expect(sameProcedureEntry(base, entry(change)), JSON.stringify(change)).toBe(false);
  });
});

describe('findDuplicateRows', () => {
  it('marks rows already in the log, one existing entry per row, and rows the file repeats', () => {
    const tace = entry();
    const y90 = entry({ procedureId: 'y90' });
    const picc = entry({ procedureId: 'picc' });
    const rows = [
      { row: 2, entry: tace },
      { row: 3, entry: tace },
      { row: 4, entry: y90 },
      { row: 5, entry: picc },
      { row: 6, entry: picc },
    ];
    // The log holds one TACE and the Y90: the second TACE of the file is a new case.
    expect(findDuplicateRows(rows, [tace, y90])).toEqual({
      inLog: [2, 4],
      repeated: [
        { row: 3, sameAs: 2 },
        { row: 6, sameAs: 5 },
      ],
    });
  });

  it('finds the whole file in the log when the log was exported and imported again', () => {
    const log = [entry(), entry(), entry({ role: 'assisted' })];
    const rows = log.map((e, i) => ({ row: i + 2, entry: e }));
    expect(findDuplicateRows(rows, log)).toEqual({ inLog: [2, 3, 4], repeated: [] });
    expect(findDuplicateRows(rows, [])).toEqual({ inLog: [], repeated: [{ row: 3, sameAs: 2 }] });
  });
});
