import { describe, expect, it } from 'vitest';
import { emptyExposureCollections, type ExposureCollections } from '../../../shared/exposure/exposure-collections';
import { proceduresByCategory } from '../../../shared/exposure/exposure-summary';
import {
  addCustomProcedure,
  deleteCustomProcedure,
  entriesPerProcedure,
  restoreCustomProcedure,
  updateCustomProcedure,
} from '../../../shared/exposure/exposure-mutations';
import { procedureIndex, type CustomProcedure } from '../../../shared/exposure/taxonomy';
import { AppFailure } from '../../../shared/result';
import { makeProcedure } from './fixtures';

const typo: CustomProcedure = { id: 'custom-splenic', categoryId: 'venous', name: 'Splenic artery embolisaton', advanced: false };
const unused: CustomProcedure = { id: 'custom-pae', categoryId: 'arterial', name: 'Prostate artery embolization', advanced: true };

function withOwnProcedures(): ExposureCollections {
  return {
    ...emptyExposureCollections(),
    customProcedures: [typo, unused],
    procedures: [
      makeProcedure({ id: 'p1', procedureId: 'custom-splenic', experienceId: null }),
      makeProcedure({ id: 'p2', procedureId: 'tace', experienceId: null }),
      makeProcedure({ id: 'p3', procedureId: 'custom-splenic', experienceId: null }),
    ],
  };
}

const shownName = (collections: ExposureCollections, entryId: string) => {
  const entry = collections.procedures.find((candidate) => candidate.id === entryId)!;
  return procedureIndex(collections.customProcedures).get(entry.procedureId)?.name;
};

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (caught) {
    if (caught instanceof AppFailure) return caught;
    throw caught;
  }
  throw new Error('expected an AppFailure');
}

describe('updateCustomProcedure', () => {
  it('fixes a typo, the category and the advanced mark in every entry that uses it, through the id', () => {
    const start = withOwnProcedures();
    expect(shownName(start, 'p1')).toBe('Splenic artery embolisaton');
    const fixed = updateCustomProcedure(start, { ...typo, name: 'Splenic artery embolization', categoryId: 'arterial', advanced: true });

    expect(shownName(fixed, 'p1')).toBe('Splenic artery embolization');
    expect(shownName(fixed, 'p3')).toBe('Splenic artery embolization');
    expect(fixed.procedures).toBe(start.procedures); // the entries themselves are untouched
    expect(fixed.customProcedures.map((p) => p.id)).toEqual(['custom-splenic', 'custom-pae']); // kept in place
    // The case mix follows: both entries move from venous to arterial and count as advanced.
    const before = proceduresByCategory(start.procedures, start.customProcedures);
    const after = proceduresByCategory(fixed.procedures, fixed.customProcedures);
    expect([before.byCategory.venous, before.byCategory.arterial, before.advancedCount]).toEqual([2, 0, 1]);
    expect([after.byCategory.venous, after.byCategory.arterial, after.advancedCount]).toEqual([0, 2, 3]);
    expect(start.customProcedures[0]).toEqual(typo); // input untouched
  });

  it('lets a name change only its case, and refuses a name another procedure has', () => {
    const start = withOwnProcedures();
    expect(updateCustomProcedure(start, { ...typo, name: 'SPLENIC artery embolisaton' }).customProcedures[0]!.name).toBe('SPLENIC artery embolisaton');
    expect(() => updateCustomProcedure(start, { ...typo, name: ' prostate ARTERY embolization' })).toThrow(/already in the list/);
    expect(() => updateCustomProcedure(start, { ...typo, name: 'tace' })).toThrow(/"Chemoembolization" is already in the list/);
  });

  it('refuses a procedure that no longer exists', () => {
    expect(failureOf(() => updateCustomProcedure(withOwnProcedures(), { ...typo, id: 'custom-gone' })).code).toBe('not-found');
  });
});

describe('deleteCustomProcedure', () => {
  it('refuses one that log entries use, naming how many, and changes nothing', () => {
    const start = withOwnProcedures();
    const failure = failureOf(() => deleteCustomProcedure(start, 'custom-splenic'));
    expect(failure.code).toBe('validation');
    expect(failure.message).toBe(
      '"Splenic artery embolisaton" is used by 2 log entries, so it was not deleted. Edit it instead, or move those entries to another procedure first.',
    );
    const single = { ...start, procedures: start.procedures.slice(0, 2) };
    expect(() => deleteCustomProcedure(single, 'custom-splenic')).toThrow(/used by 1 log entry,/);
    expect(start).toEqual(withOwnProcedures());
  });

  it('deletes an unused one, and restore puts it back with the same id', () => {
    const start = withOwnProcedures();
    const { next, removed } = deleteCustomProcedure(start, 'custom-pae');
    expect(removed).toEqual(unused);
    expect(next.customProcedures).toEqual([typo]);
    expect(next.procedures).toBe(start.procedures);

    const restored = restoreCustomProcedure(next, removed);
    expect(restored.customProcedures).toEqual([typo, unused]);
    // A second undo (an entry's undo brought it back first) changes nothing and does not fail.
    expect(restoreCustomProcedure(restored, removed)).toBe(restored);
  });

  it('does not restore over a name taken since the delete', () => {
    const { next, removed } = deleteCustomProcedure(withOwnProcedures(), 'custom-pae');
    const taken = addCustomProcedure(next, { ...unused, id: 'custom-other', name: 'PROSTATE artery embolization' });
    expect(() => restoreCustomProcedure(taken, removed)).toThrow(/already in the list/);
  });

  it('refuses one that no longer exists', () => {
    expect(failureOf(() => deleteCustomProcedure(withOwnProcedures(), 'custom-gone')).code).toBe('not-found');
  });
});

describe('entriesPerProcedure', () => {
  it('counts the log entries per procedure id', () => {
    const counts = entriesPerProcedure(withOwnProcedures().procedures);
    expect(counts.get('custom-splenic')).toBe(2);
    expect(counts.get('tace')).toBe(1);
    expect(counts.get('custom-pae')).toBeUndefined();
  });
});
