import { describe, expect, it } from 'vitest';
import { withAnswer, withChecklistAnswer } from '../../../shared/programs/program-draft';
import { newProgramDraft, type Program, type ProgramDraft } from '../../../shared/programs/program-schema';
import { useHandlers } from '../spine/handler-harness';

const PHI = 'Patient Jane Doe, MRN 00123456, DOB 03/14/1961';

const harness = useHandlers();
const { call } = harness;

const saved = () => harness.store.document.shortlist.programs;

async function createProgram(): Promise<Program> {
  const result = await call('programs:save', { program: newProgramDraft('Lakeshore IR') });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Program;
}

/** Each program free-text field, with the PHI put into it. */
const FIELDS: [string, (draft: ProgramDraft) => ProgramDraft, string][] = [
  ['notes', (draft) => ({ ...draft, notes: PHI }), '"Notes"'],
  [
    'a volume-figure note',
    (draft) => ({
      ...draft,
      volumeFigures: [
        { kind: 'departmental-annual', value: 9000, source: 'brochure', learnedOn: '2026-01-10', confidence: 'medium', note: PHI },
      ],
    }),
    '"Note on volume figure 1 (Procedures the whole IR service does per year)"',
  ],
  [
    'an interview answer',
    (draft) =>
      withAnswer(draft, { questionId: 'faculty-graduation-total', answer: PHI, answeredBy: 'faculty', clarity: 'specific', date: '2026-01-10' }),
    '"What they said: Roughly how many IR procedures',
  ],
  [
    'a warning-sign note',
    (draft) => withChecklistAnswer(draft, { itemId: 'slow-days', answer: 'yes', note: PHI }),
    '"Warning-sign note: Quiet days with few cases come up often."',
  ],
];

describe('programs:save and patient identifiers', () => {
  it.each(FIELDS)('refuses %s that looks like patient data unless confirmed, then saves it', async (_name, put, label) => {
    const program = await createProgram();
    const { id, ...rest } = program;
    const draft = put({ ...rest, volumeFigures: [] });

    const refused = await call('programs:save', { id, program: draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toContain(`Something in ${label}`);
    expect(!refused.ok && refused.error.message).toContain('looks like patient-identifying data');
    expect(JSON.stringify(saved())).not.toContain('MRN');

    const confirmed = await call('programs:save', { id, program: draft, confirmedNotPatientData: true });
    expect(confirmed.ok).toBe(true);
    expect(JSON.stringify(saved())).toContain(PHI);
  });

  it('refuses a new program whose notes look like patient data', async () => {
    const refused = await call('programs:save', { program: { ...newProgramDraft('Leaky IR'), notes: PHI } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(saved()).toHaveLength(0);
  });

  it('does not ask again about text already saved when another part is saved', async () => {
    const program = await createProgram();
    const { id, ...rest } = program;
    const withNotes = { ...rest, volumeFigures: [], notes: 'Coordinator: 312-555-0199' };
    expect((await call('programs:save', { id, program: withNotes, confirmedNotPatientData: true })).ok).toBe(true);

    const answered = withAnswer(withNotes, {
      questionId: 'faculty-graduation-total',
      answer: 'About 1,800 by graduation.',
      answeredBy: 'faculty',
      clarity: 'specific',
      date: '2026-01-10',
    });
    expect((await call('programs:save', { id, program: answered })).ok).toBe(true);
  });

  it('saves clean program notes without asking', async () => {
    const program = await createProgram();
    const { id, ...rest } = program;
    const notes = 'PD Dr. Patel: residents primary operator from PGY-4; a 65-year-old with HCC was the first case I saw.';
    expect((await call('programs:save', { id, program: { ...rest, volumeFigures: [], notes } })).ok).toBe(true);
  });
});

describe('programs:import and patient identifiers', () => {
  it('refuses an import with identifiers unless confirmed, naming the program', async () => {
    const programs = [newProgramDraft('Clean IR'), { ...newProgramDraft('Leaky IR'), notes: PHI }];
    const refused = await call('programs:import', { programs });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Leaky IR: Something in "Notes" looks like patient-identifying data/);
    expect(saved()).toHaveLength(0);

    const confirmed = await call('programs:import', { programs, confirmedNotPatientData: true });
    expect(confirmed.ok).toBe(true);
    expect(saved()).toHaveLength(2);
  });

  it('imports clean programs without asking', async () => {
    expect((await call('programs:import', { programs: [newProgramDraft('Clean IR')] })).ok).toBe(true);
  });
});
