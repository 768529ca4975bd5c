import { describe, expect, it } from 'vitest';
import { proceduresToCsv } from '../../../shared/exposure/exposure-csv-export';
import { parseCsv, suggestProcedureColumnMapping, validateProcedureRows } from '../../../shared/exposure/procedure-csv';
import { duplicatesInImport, planProcedureImport } from '../../../shared/exposure/procedure-import-plan';
import type { ProcedureEntry } from '../../../shared/exposure/procedure-schema';
import { makeExperience, makeProcedure } from './fixtures';

const experiences = [makeExperience()];

function check(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return validateProcedureRows(parsed.value.rows, suggestProcedureColumnMapping(parsed.value.headers), [], experiences);
}

const nothingChosen = { includeInLog: false, confirmedRows: new Set<number>() };

describe('planProcedureImport', () => {
  const log: ProcedureEntry[] = [
    makeProcedure({ id: 'a' }),
    makeProcedure({ id: 'b', date: '2025-06-04', procedureId: 'y90' }),
    makeProcedure({ id: 'c', date: '2025-06-05', notes: 'Reviewed with Dr. Lee; pt Smith was anxious' }),
  ];

  it('imports nothing when the file is the log exported a moment ago, unless the user asks for the copies', () => {
    const checked = check(proceduresToCsv(log, [], experiences));
    const duplicates = duplicatesInImport(checked, log);
    expect(duplicates.inLog).toEqual([2, 3, 4]);

    const plan = planProcedureImport(checked, duplicates, nothingChosen);
    expect(plan.entries).toEqual([]);
    // The flagged row is already in the log, so it is not asked about either.
    expect(plan.toConfirm).toEqual([]);

    const copies = planProcedureImport(checked, duplicates, { ...nothingChosen, includeInLog: true });
    expect(copies.entries.map((e) => e.procedureId)).toEqual(['tace', 'y90']);
    expect(copies.toConfirm.map((row) => row.row)).toEqual([4]);
    expect(copies.heldBack).toBe(1);
  });

  it('imports a row that looks like patient data only once confirmed, and confirms that row alone', () => {
    const checked = check(proceduresToCsv(log, [], experiences));
    const duplicates = duplicatesInImport(checked, []);

    const unconfirmed = planProcedureImport(checked, duplicates, nothingChosen);
    expect(unconfirmed.entries.map((e) => e.procedureId)).toEqual(['tace', 'y90']);
    expect(unconfirmed.confirmedEntries).toEqual([]);
    expect(unconfirmed.toConfirm).toEqual([
      expect.objectContaining({ row: 4, findings: [expect.objectContaining({ label: 'Notes', kinds: 'patient name' })] }),
    ]);
    expect(unconfirmed.heldBack).toBe(1);

    const confirmed = planProcedureImport(checked, duplicates, { ...nothingChosen, confirmedRows: new Set([4]) });
    expect(confirmed.entries.map((e) => e.date)).toEqual(['2025-06-03', '2025-06-04', '2025-06-05']);
    // The third entry sent is row 4, the one confirmed; the other two are checked again on save.
    expect(confirmed.confirmedEntries).toEqual([2]);
    expect(confirmed.heldBack).toBe(0);
  });

  it('imports the new rows of a file that also holds rows already imported', () => {
    const checked = check(proceduresToCsv([...log.slice(0, 2), makeProcedure({ id: 'd', date: '2025-07-01' })], [], experiences));
    const plan = planProcedureImport(checked, duplicatesInImport(checked, log), nothingChosen);
    expect(plan.entries.map((e) => e.date)).toEqual(['2025-07-01']);
  });
});
