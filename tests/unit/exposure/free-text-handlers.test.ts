import { describe, expect, it } from 'vitest';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import type { Result } from '../../../shared/result';
import { expectOk, useHandlers } from '../spine/handler-harness';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const harness = useHandlers();
const { call } = harness;

const FLAGGED = 'Family asked me to call 312-555-0100';
const without = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;

/** The refusal's message, or a failed test when the call went through. */
function refusal(result: Result<unknown>): string {
  expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  return result.ok ? '' : result.error.message;
}

describe('experiences:save', () => {
  it('refuses a tag that looks like patient data until the user confirms it', async () => {
    const experience = without(makeExperience({ tags: ['IR', 'Mrs. Garcia (DOB 4/12/1931)'] }));
    expect(refusal(await call('experiences:save', { experience }))).toMatch(/^Something in "Tag" looks like patient-identifying data/);
    expect(harness.store.document.experiences).toEqual([]);
    expectOk(await call('experiences:save', { experience, confirmedNotPatientData: true }));
    expect(harness.store.document.experiences[0]?.tags).toEqual(experience.tags);
  });

  it('saves a new title without asking again about the confirmed description, but checks an edited one', async () => {
    const saved = expectOk<{ id: string }>(
      await call('experiences:save', { experience: without(makeExperience({ description: FLAGGED })), confirmedNotPatientData: true }),
    );
    const renamed = without(makeExperience({ title: 'Renamed observership', description: FLAGGED }));
    expectOk(await call('experiences:save', { id: saved.id, experience: renamed }));
    expect(harness.store.document.experiences[0]?.title).toBe('Renamed observership');

    const edited = { ...renamed, description: `${FLAGGED}, MRN 1234567` };
    expect(refusal(await call('experiences:save', { id: saved.id, experience: edited }))).toMatch(/"Description"/);
    expect(harness.store.document.experiences[0]?.description).toBe(FLAGGED);
  });
});

describe('outputs:save', () => {
  it('refuses a venue that looks like patient data, while author names pass unchecked', async () => {
    const output = without(makeResearchOutput({ venue: `Case conference, ${FLAGGED}`, authors: 'Garcia M, Patel R' }));
    expect(refusal(await call('outputs:save', { output }))).toMatch(/^Something in "Venue" looks/);
    expectOk(await call('outputs:save', { output: { ...output, venue: 'SIR Annual Scientific Meeting' } }));
  });
});

describe('procedures:update', () => {
  it('saves a changed role without asking again about confirmed notes', async () => {
    const [added] = expectOk<{ id: string }[]>(
      await call('procedures:add', { entries: [without(makeProcedure({ notes: FLAGGED, experienceId: null }))], confirmedNotPatientData: true }),
    );
    const entry = { ...makeProcedure({ notes: FLAGGED, experienceId: null, role: 'assisted' }), id: added!.id };
    expectOk(await call('procedures:update', { entry }));
    expect(harness.store.document.procedures[0]?.role).toBe('assisted');

    expect(refusal(await call('procedures:update', { entry: { ...entry, learned: 'pt John Smith' } }))).toMatch(/"What I learned"/);
  });
});

describe('custom-procedures:add and update', () => {
  const procedure = { name: 'Splenic embolization MRN 1234567', categoryId: 'arterial', advanced: true };

  it('refuses a name that looks like patient data until the user confirms it', async () => {
    expect(refusal(await call('custom-procedures:add', { procedure }))).toMatch(/^Something in "Procedure name" looks/);
    expect(harness.store.document.customProcedures).toEqual([]);
    expectOk(await call('custom-procedures:add', { procedure, confirmedNotPatientData: true }));
    expect(harness.store.document.customProcedures.map((saved) => saved.name)).toEqual([procedure.name]);
  });

  it('takes a new category for a confirmed name without asking, and checks a new name', async () => {
    const saved = expectOk<CustomProcedure>(await call('custom-procedures:add', { procedure, confirmedNotPatientData: true }));
    expectOk(await call('custom-procedures:update', { procedure: { ...saved, categoryId: 'venous' } }));
    expect(harness.store.document.customProcedures[0]?.categoryId).toBe('venous');

    const renamed = { ...saved, name: 'Embolization for Mrs. Garcia' };
    expect(refusal(await call('custom-procedures:update', { procedure: renamed }))).toMatch(/"Procedure name"/);
    expect(harness.store.document.customProcedures[0]?.name).toBe(procedure.name);
  });
});
