import { randomUUID } from 'node:crypto';
import type { ExposureCollections } from '../../../shared/exposure/exposure-collections';
import {
  addCustomProcedure,
  addProcedures,
  deleteCustomProcedure,
  deleteExperience,
  deleteProcedures,
  deleteResearchOutput,
  restoreCustomProcedure,
  restoreExperience,
  restoreProcedures,
  saveExperience,
  saveResearchOutput,
  updateCustomProcedure,
  updateProcedure,
} from '../../../shared/exposure/exposure-mutations';
import { AppFailure } from '../../../shared/result';
import type { AppDocument } from '../../../shared/schema/document';
import type { HandlerGroup } from '../handler-types';
import type { Store } from '../store';
import { guardFreeText, storedWithId } from './free-text-guard';

const exposureOf = (doc: AppDocument): ExposureCollections => ({
  experiences: doc.experiences,
  researchOutputs: doc.researchOutputs,
  procedures: doc.procedures,
  customProcedures: doc.customProcedures,
});

/** Runs a pure change on the exposure part of the document and saves it. */
async function changeExposure<T>(store: Store, change: (collections: ExposureCollections) => { next: ExposureCollections; result: T }): Promise<T> {
  let result!: T;
  await store.update((doc) => {
    const outcome = change(exposureOf(doc));
    result = outcome.result;
    return { ...doc, ...outcome.next };
  });
  return result;
}

function existingId(list: readonly { id: string }[], id: string | undefined, what: string): string {
  if (id === undefined) return randomUUID();
  if (!list.some((item) => item.id === id)) throw new AppFailure('not-found', `That ${what} no longer exists.`);
  return id;
}

export const exposureHandlers: HandlerGroup<
  | 'exposure:get'
  | 'experiences:save'
  | 'experiences:delete'
  | 'experiences:restore'
  | 'outputs:save'
  | 'outputs:delete'
  | 'outputs:restore'
  | 'procedures:add'
  | 'procedures:update'
  | 'procedures:delete'
  | 'procedures:restore'
  | 'custom-procedures:add'
  | 'custom-procedures:update'
  | 'custom-procedures:delete'
  | 'custom-procedures:restore'
> = {
  'exposure:get': (_args, { store }) => exposureOf(store.document),

  'experiences:save': ({ id, experience, confirmedNotPatientData }, { store }) =>
    changeExposure(store, (collections) => {
      const saved = { ...experience, id: existingId(collections.experiences, id, 'experience') };
      guardFreeText('experience', [experience], confirmedNotPatientData, storedWithId(collections.experiences, id));
      return { next: saveExperience(collections, saved), result: saved };
    }),
  'experiences:delete': ({ id }, { store }) =>
    changeExposure(store, (collections) => {
      const outcome = deleteExperience(collections, id);
      if (!outcome) throw new AppFailure('not-found', 'That experience was already deleted.');
      return { next: outcome.next, result: outcome.removed };
    }),
  'experiences:restore': (removed, { store }) =>
    changeExposure(store, (collections) => ({ next: restoreExperience(collections, removed), result: removed.experience })),

  'outputs:save': ({ id, output, confirmedNotPatientData }, { store }) =>
    changeExposure(store, (collections) => {
      const saved = { ...output, id: existingId(collections.researchOutputs, id, 'research output') };
      guardFreeText('researchOutput', [output], confirmedNotPatientData, storedWithId(collections.researchOutputs, id));
      return { next: saveResearchOutput(collections, saved), result: saved };
    }),
  'outputs:delete': ({ id }, { store }) =>
    changeExposure(store, (collections) => {
      const outcome = deleteResearchOutput(collections, id);
      if (!outcome) throw new AppFailure('not-found', 'That research output was already deleted.');
      return { next: outcome.next, result: outcome.removed };
    }),
  'outputs:restore': (output, { store }) =>
    changeExposure(store, (collections) => ({ next: saveResearchOutput(collections, output), result: output })),

  'procedures:add': ({ entries, confirmedNotPatientData, confirmedEntries }, { store }) => {
    const confirmedOneByOne = new Set(confirmedEntries);
    guardFreeText('procedure', entries.filter((_, index) => !confirmedOneByOne.has(index)), confirmedNotPatientData);
    const created = entries.map((entry) => ({ ...entry, id: randomUUID() }));
    return changeExposure(store, (collections) => ({ next: addProcedures(collections, created), result: created }));
  },
  'procedures:update': ({ entry, confirmedNotPatientData }, { store }) =>
    changeExposure(store, (collections) => {
      guardFreeText('procedure', [entry], confirmedNotPatientData, storedWithId(collections.procedures, entry.id));
      return { next: updateProcedure(collections, entry), result: entry };
    }),
  'procedures:delete': ({ ids }, { store }) =>
    changeExposure(store, (collections) => {
      const { next, removed } = deleteProcedures(collections, ids);
      return { next, result: removed };
    }),
  // Returns the entries as put back: one whose experience is gone comes back unlinked.
  'procedures:restore': ({ entries }, { store }) =>
    changeExposure(store, (collections) => {
      const { next, restored } = restoreProcedures(collections, entries);
      return { next, result: restored };
    }),

  'custom-procedures:add': ({ procedure, confirmedNotPatientData }, { store }) => {
    guardFreeText('customProcedure', [procedure], confirmedNotPatientData);
    return changeExposure(store, (collections) => {
      const saved = { ...procedure, id: `custom-${randomUUID()}` };
      return { next: addCustomProcedure(collections, saved), result: saved };
    });
  },
  'custom-procedures:update': ({ procedure, confirmedNotPatientData }, { store }) =>
    changeExposure(store, (collections) => {
      guardFreeText('customProcedure', [procedure], confirmedNotPatientData, storedWithId(collections.customProcedures, procedure.id));
      return { next: updateCustomProcedure(collections, procedure), result: procedure };
    }),
  'custom-procedures:delete': ({ id }, { store }) =>
    changeExposure(store, (collections) => {
      const { next, removed } = deleteCustomProcedure(collections, id);
      return { next, result: removed };
    }),
  'custom-procedures:restore': (procedure, { store }) =>
    changeExposure(store, (collections) => ({ next: restoreCustomProcedure(collections, procedure), result: procedure })),
};
