import { describe, expect, it } from 'vitest';
import { emptyExposureCollections, type ExposureCollections } from '../../../shared/exposure/exposure-collections';
import {
  addCustomProcedure,
  addProcedures,
  countUnlinkedOnRestore,
  deleteCustomProcedure,
  deleteExperience,
  deleteProcedures,
  ownProceduresUsedBy,
  planProceduresRestore,
  restoreCustomProcedure,
  restoreProcedures,
} from '../../../shared/exposure/exposure-mutations';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import { AppFailure } from '../../../shared/result';
import { restoredMessage } from '../../../renderer/src/pages/procedures/restored-message';
import { makeExperience, makeProcedure } from './fixtures';

const gae: CustomProcedure = { id: 'custom-de1e10f1', categoryId: 'arterial', name: 'Genicular artery embolization', advanced: true };

function logWithOwnProcedure(): ExposureCollections {
  return {
    ...emptyExposureCollections(),
    experiences: [makeExperience({ id: 'exp-1' })],
    customProcedures: [gae],
    procedures: [
      makeProcedure({ id: 'p1', procedureId: gae.id, experienceId: 'exp-1' }),
      makeProcedure({ id: 'p2', procedureId: 'tace', experienceId: null }),
    ],
  };
}

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (caught) {
    if (caught instanceof AppFailure) return caught;
    throw caught;
  }
  throw new Error('expected an AppFailure');
}

/** What the renderer does on Undo: plan, put back the own procedures, then the entries. */
function undoDelete(collections: ExposureCollections, entries: ProcedureEntryList, kept: readonly CustomProcedure[]) {
  const plan = planProceduresRestore(collections, entries, kept);
  const withProcedures = plan.proceduresToRestore.reduce(restoreCustomProcedure, collections);
  return { plan, ...restoreProcedures(withProcedures, plan.entries) };
}
type ProcedureEntryList = Parameters<typeof restoreProcedures>[1];

describe('undo of a deleted entry whose own procedure was deleted since', () => {
  it('brings the procedure back from the definition kept with the undo, then the entry, with nothing lost', () => {
    const start = logWithOwnProcedure();
    const { next: afterDelete, removed } = deleteProcedures(start, ['p1']);
    const kept = ownProceduresUsedBy(removed, start.customProcedures);
    expect(kept).toEqual([gae]);
    // Nothing uses it now, so deleting it is allowed.
    const { next: afterProcedureDelete } = deleteCustomProcedure(afterDelete, gae.id);
    expect(afterProcedureDelete.customProcedures).toEqual([]);

    const { plan, next, restored } = undoDelete(afterProcedureDelete, removed, kept);
    expect(plan.proceduresToRestore).toEqual([gae]);
    expect(next.customProcedures).toEqual([gae]);
    expect(restored).toEqual(removed);
    expect(next.procedures.map((entry) => entry.id).sort()).toEqual(['p1', 'p2']);
  });

  it('moves the entry to a same-named own procedure added in the meantime instead of a second copy', () => {
    const start = logWithOwnProcedure();
    const { next: afterDelete, removed } = deleteProcedures(start, ['p1']);
    const kept = ownProceduresUsedBy(removed, start.customProcedures);
    const { next: gone } = deleteCustomProcedure(afterDelete, gae.id);
    const readded = addCustomProcedure(gone, { ...gae, id: 'custom-new', name: 'genicular artery embolization' });

    const { plan, next } = undoDelete(readded, removed, kept);
    expect(plan.proceduresToRestore).toEqual([]);
    expect(next.customProcedures.map((procedure) => procedure.id)).toEqual(['custom-new']);
    expect(next.procedures.find((entry) => entry.id === 'p1')?.procedureId).toBe('custom-new');
  });

  it('leaves entries of listed procedures alone and keeps nothing for them', () => {
    const start = logWithOwnProcedure();
    const { removed } = deleteProcedures(start, ['p2']);
    expect(ownProceduresUsedBy(removed, start.customProcedures)).toEqual([]);
    expect(planProceduresRestore(start, removed, [])).toEqual({ proceduresToRestore: [], entries: removed });
  });

  it('refuses, in words and without the internal id, an entry whose procedure cannot be brought back', () => {
    const start = logWithOwnProcedure();
    const { next: afterDelete, removed } = deleteProcedures(start, ['p1']);
    const { next: gone } = deleteCustomProcedure(afterDelete, gae.id);
    const failure = failureOf(() => restoreProcedures(gone, removed));
    expect(failure.message).toMatch(/no longer in the list/);
    expect(failure.message).not.toContain('custom-');
    expect(failureOf(() => addProcedures(gone, removed)).message).not.toContain(gae.id);
  });
});

describe('undo of a deleted entry whose experience was deleted since', () => {
  it('puts the entry back without the link instead of refusing it', () => {
    const start = logWithOwnProcedure();
    const { next: afterDelete, removed } = deleteProcedures(start, ['p1']);
    const afterExperienceDelete = deleteExperience(afterDelete, 'exp-1')!.next;

    const { next, restored } = restoreProcedures(afterExperienceDelete, removed);
    expect(restored).toEqual([{ ...removed[0], experienceId: null }]);
    expect(next.procedures.find((entry) => entry.id === 'p1')?.experienceId).toBeNull();
    expect(countUnlinkedOnRestore(removed, restored)).toBe(1);
    expect(restoredMessage(restored.length, [], 1)).toBe(
      'Restored 1 entry. The experience it was linked to has been deleted, so it now has none.',
    );
  });

  it('keeps the link when the experience is still there, and refuses an entry already back', () => {
    const start = logWithOwnProcedure();
    const { next: afterDelete, removed } = deleteProcedures(start, ['p1']);
    const { next, restored } = restoreProcedures(afterDelete, removed);
    expect(restored[0]?.experienceId).toBe('exp-1');
    expect(countUnlinkedOnRestore(removed, restored)).toBe(0);
    expect(failureOf(() => restoreProcedures(next, removed)).message).toBe('Some of these entries are already in the log.');
  });
});

describe('restoredMessage', () => {
  it('counts with thousands separators and names a procedure that came back', () => {
    expect(restoredMessage(5158, [], 0)).toBe('Restored 5,158 entries.');
    expect(restoredMessage(2, [gae], 0)).toBe('Restored 2 entries. “Genicular artery embolization” is back in your own procedures too.');
    expect(restoredMessage(3, [], 1)).toBe(
      'Restored 3 entries. 1 entry was linked to an experience that has been deleted, so it now has none.',
    );
  });
});
