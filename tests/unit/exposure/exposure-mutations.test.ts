import { describe, expect, it } from 'vitest';
import { emptyExposureCollections, type ExposureCollections } from '../../../shared/exposure/exposure-collections';
import {
  addCustomProcedure,
  addProcedures,
  deleteExperience,
  deleteProcedures,
  deleteResearchOutput,
  restoreExperience,
  saveExperience,
  saveResearchOutput,
  updateProcedure,
} from '../../../shared/exposure/exposure-mutations';
import { AppFailure } from '../../../shared/result';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

function withLog(): ExposureCollections {
  return {
    ...emptyExposureCollections(),
    experiences: [makeExperience({ id: 'exp-1' }), makeExperience({ id: 'exp-2', title: 'Second' })],
    procedures: [makeProcedure({ id: 'p1' }), makeProcedure({ id: 'p2', experienceId: 'exp-2' }), makeProcedure({ id: 'p3' })],
    researchOutputs: [makeResearchOutput({ id: 'o1', experienceId: 'exp-1' })],
  };
}

describe('experiences', () => {
  it('adds a new experience and replaces an existing one in place', () => {
    const start = withLog();
    const added = saveExperience(start, makeExperience({ id: 'exp-3' }));
    expect(added.experiences.map((e) => e.id)).toEqual(['exp-1', 'exp-2', 'exp-3']);
    const renamed = saveExperience(added, makeExperience({ id: 'exp-1', title: 'Renamed' }));
    expect(renamed.experiences[0]!.title).toBe('Renamed');
    expect(start.experiences).toHaveLength(2); // input untouched
  });

  it('deleting detaches linked procedures and outputs, and undo re-links exactly those', () => {
    const start = withLog();
    const outcome = deleteExperience(start, 'exp-1')!;
    expect(outcome.next.experiences.map((e) => e.id)).toEqual(['exp-2']);
    expect(outcome.removed.procedureIds).toEqual(['p1', 'p3']);
    expect(outcome.removed.researchOutputIds).toEqual(['o1']);
    expect(outcome.next.procedures.map((p) => p.experienceId)).toEqual([null, 'exp-2', null]);

    const restored = restoreExperience(outcome.next, outcome.removed);
    expect(restored.experiences.map((e) => e.id).sort()).toEqual(['exp-1', 'exp-2']);
    expect(restored.procedures.map((p) => p.experienceId)).toEqual(['exp-1', 'exp-2', 'exp-1']);
    expect(restored.researchOutputs[0]!.experienceId).toBe('exp-1');
  });

  it('returns null when the experience is already gone', () => {
    expect(deleteExperience(withLog(), 'nope')).toBeNull();
  });
});

describe('research outputs', () => {
  it('refuses a link to an experience that does not exist', () => {
    expect(() => saveResearchOutput(withLog(), makeResearchOutput({ id: 'o2', experienceId: 'ghost' }))).toThrow(AppFailure);
  });

  it('deletes one output and hands it back for undo', () => {
    const outcome = deleteResearchOutput(withLog(), 'o1')!;
    expect(outcome.next.researchOutputs).toEqual([]);
    expect(outcome.removed.id).toBe('o1');
    expect(saveResearchOutput(outcome.next, outcome.removed).researchOutputs).toHaveLength(1);
  });
});

describe('procedure log', () => {
  it('adds entries, refusing unknown procedures, unknown experiences and duplicate ids', () => {
    const start = withLog();
    expect(addProcedures(start, [makeProcedure({ id: 'p4' })]).procedures).toHaveLength(4);
    expect(() => addProcedures(start, [makeProcedure({ id: 'p4', procedureId: 'teleportation' })])).toThrow(/no longer in the list/);
    expect(() => addProcedures(start, [makeProcedure({ id: 'p4', experienceId: 'ghost' })])).toThrow(/no longer exists/);
    expect(() => addProcedures(start, [makeProcedure({ id: 'p1' })])).toThrow(/already in the log/);
  });

  it('deletes several entries and restores them (undo) with the same ids', () => {
    const start = withLog();
    const { next, removed } = deleteProcedures(start, ['p1', 'p3']);
    expect(next.procedures.map((p) => p.id)).toEqual(['p2']);
    expect(removed.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(addProcedures(next, removed).procedures.map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
  });

  it('updates an entry in place and refuses one that was deleted', () => {
    const start = withLog();
    const updated = updateProcedure(start, makeProcedure({ id: 'p2', role: 'assisted', experienceId: 'exp-2' }));
    expect(updated.procedures[1]!.role).toBe('assisted');
    expect(() => updateProcedure(start, makeProcedure({ id: 'gone' }))).toThrow(/no longer exists/);
  });

  it('accepts a custom procedure once, then logs against it', () => {
    const start = withLog();
    const custom = { id: 'custom-pae', categoryId: 'arterial' as const, name: 'Prostate artery embolization', advanced: true };
    const withCustom = addCustomProcedure(start, custom);
    expect(() => addCustomProcedure(withCustom, { ...custom, id: 'custom-2', name: ' prostate ARTERY embolization' })).toThrow(/already in the list/);
    expect(() => addCustomProcedure(start, { ...custom, id: 'custom-3', name: 'TIPS' })).toThrow(/already in the list/);
    expect(addProcedures(withCustom, [makeProcedure({ id: 'p9', procedureId: 'custom-pae' })]).procedures).toHaveLength(4);
  });
});
