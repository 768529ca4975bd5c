import { describe, expect, it } from 'vitest';
import { programToDraft } from '../../../shared/programs/program-draft';
import { parseProgramCsv, suggestProgramColumnMapping, validateProgramRows } from '../../../shared/programs/program-csv';
import { holdBackRowsWithIdentifiers, identifiersInProgram, programTexts } from '../../../shared/programs/program-free-text';
import { figure, makeProgram } from './program-fixture';

const PHI = 'Patient Jane Doe, MRN 00123456, DOB 03/14/1961';

const withEveryText = (text: string) =>
  programToDraft(
    makeProgram('Lakeshore IR', (p) => {
      p.notes = text;
      p.volumeFigures = [figure('departmental-annual', 9000, { note: text })];
      p.answers = [{ questionId: 'faculty-graduation-total', answer: text, answeredBy: 'resident', clarity: 'specific', date: '2026-01-10' }];
      p.residentChecklist = [{ itemId: 'slow-days', answer: 'yes', note: text }];
    }),
  );

describe('program free text', () => {
  it('lists the notes, figure notes, interview answers and checklist notes under names the user knows', () => {
    const labels = programTexts(withEveryText('x')).map((entry) => entry.label);
    expect(labels).toEqual([
      'Notes',
      'Note on volume figure 1 (Procedures the whole IR service does per year)',
      expect.stringMatching(/^What they said: /),
      'Warning-sign note: Quiet days with few cases come up often.',
    ]);
  });

  it('finds identifiers in each free-text field, with the text they were found in', () => {
    const findings = identifiersInProgram(withEveryText(PHI));
    expect(findings.map((result) => result.field)).toEqual(['notes', 'volumeFigures.0.note', 'answers.faculty-graduation-total', 'residentChecklist.slow-days']);
    expect(findings[0]!.text).toBe(PHI);
    expect(findings[0]!.findings.map((finding) => finding.kind)).toEqual(['patient-name', 'mrn', 'date-of-birth']);
  });

  it('stays quiet on ordinary notes about a program', () => {
    expect(identifiersInProgram(withEveryText('PD Dr. Patel said residents log about 1,800 cases; 5 Fr sheaths, TIPS weekly.'))).toEqual([]);
  });

  it('skips text the saved program already holds, and checks only what is new', () => {
    const saved = withEveryText(PHI);
    expect(identifiersInProgram(saved, saved)).toEqual([]);
    const edited = { ...saved, notes: 'Call the coordinator on 312-555-0199' };
    expect(identifiersInProgram(edited, saved).map((result) => result.field)).toEqual(['notes']);
  });
});

describe('holdBackRowsWithIdentifiers', () => {
  const csv = [
    'Program,City,Notes,IR residents per class',
    'Harbor City IR,Baltimore,Great autonomy,2',
    'Broken Row IR,Nowhere,,two',
    `Leaky IR,Denver,"${PHI}",1`,
    'Summit IR,Boise,,',
  ].join('\n');

  it('moves rows whose notes look like patient data to the rows needing attention, with their row number', () => {
    const parsed = parseProgramCsv(csv);
    const checked = validateProgramRows(parsed.rows, suggestProgramColumnMapping(parsed.headers), { learnedOn: '2026-01-10' });
    const preview = holdBackRowsWithIdentifiers(checked, parsed.rows.length);
    expect(preview.valid.map((draft) => draft.name)).toEqual(['Harbor City IR', 'Summit IR']);
    expect(preview.errors.map((error) => error.row)).toEqual([3, 4]);
    expect(preview.errors[1]!.messages).toEqual([
      'Notes looks like patient data: patient name, medical record or ID number, date of birth — remove it before importing; your program notes must stay de-identified.',
    ]);
  });
});
