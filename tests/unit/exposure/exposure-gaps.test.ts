import { describe, expect, it } from 'vitest';
import { exposureGaps, type ExposureGapsInput } from '../../../shared/exposure/exposure-gaps';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const TODAY = '2026-11-29';
const empty: ExposureGapsInput = { procedures: [], customProcedures: [], experiences: [], researchOutputs: [] };
const ids = (input: ExposureGapsInput) => exposureGaps(input, TODAY).map((gap) => gap.id);
const gap = (input: ExposureGapsInput, id: string) => exposureGaps(input, TODAY).find((g) => g.id === id);

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

  describe('emergency embolization', () => {
    const withCase = (procedure: Parameters<typeof makeProcedure>[0], customProcedures: ExposureGapsInput['customProcedures'] = []) => ({
      ...wellRounded,
      customProcedures,
      procedures: wellRounded.procedures.map((p) => (p.procedureId === 'trauma-embolization' ? makeProcedure(procedure) : p)),
    });

    it('stays open for an emergency angioplasty: arterial work, but not an embolization', () => {
      // QA repro: one "Peripheral angioplasty and stenting" case logged as Emergency / on call.
      expect(ids(withCase({ procedureId: 'peripheral-angioplasty-stenting', setting: 'emergency' }))).toEqual(['no-emergency-embolization']);
    });

    it('closes for a bleed or trauma embolization in any setting, and for another arterial embolization done as an emergency', () => {
      expect(ids(withCase({ procedureId: 'gi-bleed-embolization', setting: 'scheduled' }))).toEqual([]);
      expect(ids(withCase({ procedureId: 'trauma-embolization', setting: 'scheduled' }))).toEqual([]);
      expect(ids(withCase({ procedureId: 'ufe', setting: 'emergency' }))).toEqual([]);
    });

    it('stays open for an embolization outside the arterial category, even on call', () => {
      expect(ids(withCase({ procedureId: 'portal-vein-intervention', setting: 'emergency' }))).toContain('no-emergency-embolization');
    });

    it('judges a custom arterial procedure done as an emergency by its name', () => {
      const custom = (name: string) => [{ id: 'custom-arterial', categoryId: 'arterial' as const, name, advanced: true }];
      const emergency = { procedureId: 'custom-arterial', setting: 'emergency' as const };
      expect(ids(withCase(emergency, custom('Splenic artery embolization')))).toEqual([]);
      expect(ids(withCase(emergency, custom('Pelvic embo after fall')))).toEqual([]);
      expect(ids(withCase(emergency, custom('Coiling of a bleeding pseudoaneurysm')))).toEqual([]);
      expect(ids(withCase(emergency, custom('Acute limb thrombectomy')))).toEqual(['no-emergency-embolization']);
      // Scheduled, it is not emergency work whatever its name.
      expect(ids(withCase({ ...emergency, setting: 'scheduled' }, custom('Splenic artery embolization')))).toEqual(['no-emergency-embolization']);
    });
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

  describe('planned experiences', () => {
    const pastWithoutLetter = makeExperience({ id: 'past', canWriteLetter: false });
    const plannedObservership = makeExperience({
      id: 'future',
      title: 'IR observership at a trauma center',
      startDate: '2030-06-01',
      endDate: '2030-07-01',
      hours: { mode: 'total', total: 100 },
      canWriteLetter: true,
    });

    it('keeps the letter-writer gap open for a planned experience and names it as planned', () => {
      // QA repro: ticking "Could write me a letter" on an observership in June 2030 cleared the gap.
      const input = { ...wellRounded, experiences: [pastWithoutLetter, plannedObservership] };
      expect(ids(input)).toEqual(['no-letter-writer']);
      expect(gap(input, 'no-letter-writer')?.planned).toBe('Planned: IR observership at a trauma center, June 2030');
    });

    it('keeps the US IR gap open for a planned US IR experience', () => {
      const abroad = makeExperience({ id: 'past', usBased: false });
      const input = { ...wellRounded, experiences: [abroad, { ...plannedObservership, canWriteLetter: false }] };
      expect(ids(input)).toEqual(['no-us-ir-experience']);
      expect(gap(input, 'no-us-ir-experience')?.planned).toBe('Planned: IR observership at a trauma center, June 2030');
    });

    it('names the soonest planned experience that fits the gap, and how many more', () => {
      const later = { ...plannedObservership, id: 'later', title: 'Away rotation', startDate: '2031-02-01' };
      const notAWriter = { ...plannedObservership, id: 'other', title: 'Conference', startDate: '2027-01-10', canWriteLetter: false };
      const input = { ...wellRounded, experiences: [pastWithoutLetter, later, notAWriter, plannedObservership] };
      expect(gap(input, 'no-letter-writer')?.planned).toBe('Planned: IR observership at a trauma center, June 2030, and 1 more');
    });

    it('lets an experience that has started close gaps, ended or not', () => {
      const started = { ...plannedObservership, startDate: '2026-11-02', endDate: null, ongoing: true };
      expect(ids({ ...wellRounded, experiences: [pastWithoutLetter, started] })).toEqual([]);
      expect(ids({ ...wellRounded, experiences: [pastWithoutLetter, { ...plannedObservership, startDate: TODAY }] })).toEqual([]);
    });

    it('with only planned experiences, shows the gaps they would close instead of "add your first experience"', () => {
      const input = { ...wellRounded, experiences: [plannedObservership] };
      expect(ids(input)).toEqual(['no-us-ir-experience', 'no-letter-writer']);
      expect(exposureGaps(input, TODAY).every((g) => g.planned?.includes('June 2030'))).toBe(true);
    });

    it('names nothing when no planned experience would close the gap', () => {
      const input = { ...wellRounded, experiences: [pastWithoutLetter, { ...plannedObservership, canWriteLetter: false }] };
      expect(gap(input, 'no-letter-writer')?.planned).toBeUndefined();
    });
  });
});
