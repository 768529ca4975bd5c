import { describe, expect, it } from 'vitest';
import { exposureGaps, type ExposureGapsInput } from '../../../shared/exposure/exposure-gaps';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const empty: ExposureGapsInput = { procedures: [], customProcedures: [], experiences: [], researchOutputs: [] };
const ids = (input: ExposureGapsInput) => exposureGaps(input).map((gap) => gap.id);

/** A log that leaves no gap open, to switch single gaps back on in each test. */
const wellRounded: ExposureGapsInput = {
  procedures: [
    makeProcedure({ procedureId: 'tace' }),
    makeProcedure({ procedureId: 'trauma-embolization', setting: 'emergency' }),
    makeProcedure({ procedureId: 'tips', patientCare: '' }),
    makeProcedure({ procedureId: 'port-placement', patientCare: '' }),
  ],
  customProcedures: [],
  experiences: [makeExperience()],
  researchOutputs: [makeResearchOutput({ status: 'submitted' })],
};

describe('exposureGaps', () => {
  it('tells a new user what to log first', () => {
    const gaps = exposureGaps(empty);
    expect(gaps.map((g) => g.id)).toEqual(['log-first-procedures', 'log-first-experience', 'no-research-beyond-idea']);
    expect(gaps[0]?.title).toBe('Start your procedure log');
    for (const gap of gaps) expect(gap.detail.length).toBeGreaterThan(40);
  });

  it('finds no gap in a well-rounded log', () => {
    expect(ids(wellRounded)).toEqual([]);
  });

  it('points to cancer centers when no TACE, Y90 or ablation is logged', () => {
    const input = { ...wellRounded, procedures: [...wellRounded.procedures.slice(1), makeProcedure({ procedureId: 'image-guided-biopsy' })] };
    const gap = exposureGaps(input).find((g) => g.id === 'no-oncologic');
    expect(gap?.detail).toContain('NCI-designated cancer centers');
    expect(ids(input)).toEqual(['no-oncologic']);
  });

  it('points to trauma centers when no emergency embolization is logged', () => {
    const input = {
      ...wellRounded,
      procedures: wellRounded.procedures.map((p) => (p.procedureId === 'trauma-embolization' ? { ...p, procedureId: 'ufe', setting: 'scheduled' as const } : p)),
    };
    expect(ids(input)).toEqual(['no-emergency-embolization']);
    expect(exposureGaps(input)[0]?.detail).toContain('Level I trauma centers');
  });

  it('counts an emergency arterial custom procedure as emergency embolization', () => {
    const input = {
      ...wellRounded,
      customProcedures: [{ id: 'custom-splenic', categoryId: 'arterial' as const, name: 'Splenic artery embolization', advanced: true }],
      procedures: wellRounded.procedures.map((p) =>
        p.procedureId === 'trauma-embolization' ? { ...p, procedureId: 'custom-splenic' } : p,
      ),
    };
    expect(ids(input)).toEqual([]);
  });

  it('points to transplant centers when no TIPS or portal work is logged', () => {
    const input = { ...wellRounded, procedures: wellRounded.procedures.filter((p) => p.procedureId !== 'tips') };
    expect(ids(input)).toEqual(['no-portal-hepatic']);
    expect(exposureGaps(input)[0]?.detail).toContain('transplant');
  });

  it('flags a log of mostly routine work once there are enough cases', () => {
    const routine = Array.from({ length: 9 }, () => makeProcedure({ procedureId: 'port-placement' }));
    const input = { ...wellRounded, procedures: [...wellRounded.procedures, ...routine, ...routine] };
    expect(ids(input)).toEqual(['low-advanced-share']);
    expect(exposureGaps(input)[0]?.detail).toContain('Only 14%');
    // Nine routine cases on their own are too few to judge a share or spread.
    expect(ids({ ...input, procedures: routine })).not.toContain('low-advanced-share');
  });

  it('flags a narrow case mix and names what is missing', () => {
    const procedures = Array.from({ length: 12 }, (_, i) =>
      makeProcedure({ procedureId: ['tace', 'tips', 'trauma-embolization'][i % 3] }),
    );
    const gap = exposureGaps({ ...wellRounded, procedures }).find((g) => g.id === 'narrow-case-mix');
    expect(gap?.detail).toContain('3 of 8');
    expect(gap?.detail).toContain('Venous');
  });

  it('asks for patient-care reflections when none are written', () => {
    const input = { ...wellRounded, procedures: wellRounded.procedures.map((p) => ({ ...p, patientCare: '  ' })) };
    expect(ids(input)).toEqual(['no-patient-care-reflections']);
  });

  it('flags missing US IR experience and letter writers', () => {
    const abroad = makeExperience({ usBased: false, canWriteLetter: false });
    const usButNotIr = makeExperience({ usBased: true, irRelated: false, canWriteLetter: false });
    expect(ids({ ...wellRounded, experiences: [abroad, usButNotIr] })).toEqual(['no-us-ir-experience', 'no-letter-writer']);
  });

  it('treats ideas alone as no research output yet', () => {
    const input = { ...wellRounded, researchOutputs: [makeResearchOutput({ status: 'idea' })] };
    expect(ids(input)).toEqual(['no-research-beyond-idea']);
    expect(exposureGaps(input)[0]?.detail).toContain('still an idea');
  });

  it('uses unique ids', () => {
    const all = exposureGaps({ ...empty, experiences: [makeExperience({ usBased: false, canWriteLetter: false })], procedures: [makeProcedure({ procedureId: 'picc', patientCare: '' })] });
    expect(new Set(all.map((g) => g.id)).size).toBe(all.length);
  });
});
