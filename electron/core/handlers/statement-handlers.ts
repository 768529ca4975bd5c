import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../shared/result';
import { deleteVersion, restoreDeletedVersion, restoreVersion, saveVersion } from '../../../shared/statement/draft-versions';
import {
  deleteTalkingPoint,
  deleteVariant,
  restoreTalkingPoint,
  restoreVariant,
  saveTalkingPoint,
  saveVariant,
  setDraftText,
  setErasEntries,
  setLimits,
  setOutline,
} from '../../../shared/statement/statement-mutations';
import { identifiersInErasEntries } from '../../../shared/statement/eras-identifiers';
import type { Statement } from '../../../shared/statement/statement-schema';
import type { HandlerGroup } from '../handler-types';
import type { Store } from '../store';
import { guardFreeText, refuseIdentifiers, storedWithId } from './free-text-guard';

/** Runs a pure change on the statement workspace and saves it. */
async function changeStatement<T>(store: Store, change: (statement: Statement) => { next: Statement; result: T }): Promise<T> {
  let result!: T;
  await store.update((doc) => {
    const outcome = change(doc.statement);
    result = outcome.result;
    return { ...doc, statement: outcome.next };
  });
  return result;
}

const now = () => new Date().toISOString();

function existingPointId(statement: Statement, id: string | undefined): string {
  if (id === undefined) return randomUUID();
  if (!statement.talkingPoints.some((point) => point.id === id)) throw new AppFailure('not-found', 'That talking point no longer exists.');
  return id;
}

export const statementHandlers: HandlerGroup<
  | 'statement:get'
  | 'statement:save-point'
  | 'statement:delete-point'
  | 'statement:restore-point'
  | 'statement:save-outline'
  | 'statement:save-draft'
  | 'statement:save-version'
  | 'statement:restore-version'
  | 'statement:delete-version'
  | 'statement:undo-delete-version'
  | 'statement:save-variant'
  | 'statement:delete-variant'
  | 'statement:restore-variant'
  | 'statement:save-eras'
  | 'statement:save-limits'
> = {
  'statement:get': (_args, { store }) => store.document.statement,

  'statement:save-point': ({ id, point, confirmedNotPatientData }, { store }) =>
    changeStatement(store, (statement) => {
      const pointId = existingPointId(statement, id);
      guardFreeText('talkingPoint', [point], confirmedNotPatientData, storedWithId(statement.talkingPoints, id));
      const { next, point: saved } = saveTalkingPoint(statement, pointId, point);
      return { next, result: saved };
    }),

  'statement:delete-point': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const { next, removed } = deleteTalkingPoint(statement, id);
      return { next, result: removed };
    }),

  'statement:restore-point': (removed, { store }) =>
    changeStatement(store, (statement) => ({ next: restoreTalkingPoint(statement, removed), result: removed.point })),

  // Section titles go into the outline exports, so they are checked like any other free text.
  'statement:save-outline': ({ sections, confirmedNotPatientData }, { store }) =>
    changeStatement(store, (statement) => {
      guardFreeText('outlineSection', sections, confirmedNotPatientData, statement.outline);
      const next = setOutline(statement, sections);
      return { next, result: next.outline };
    }),

  'statement:save-draft': ({ text, confirmedNotPatientData }, { store }) =>
    changeStatement(store, (statement) => {
      // Paragraphs already in the saved draft were checked (and confirmed) when it was saved.
      guardFreeText('draft', [{ text }], confirmedNotPatientData, [{ text: statement.draft.text }]);
      const next = setDraftText(statement, text, now());
      return { next, result: next.draft };
    }),

  'statement:save-version': ({ name, confirmedNotPatientData }, { store }) => {
    guardFreeText('version', [{ name }], confirmedNotPatientData);
    return changeStatement(store, (statement) => {
      const { next, version } = saveVersion(statement, randomUUID(), name, now());
      return { next, result: version };
    });
  },

  'statement:restore-version': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const next = restoreVersion(statement, id, randomUUID(), now());
      return { next, result: next.draft };
    }),

  'statement:save-variant': ({ id, variant, confirmedNotPatientData }, { store }) =>
    changeStatement(store, (statement) => {
      const stored = storedWithId(statement.draft.variants, id);
      if (id !== undefined && stored.length === 0) throw new AppFailure('not-found', 'That paragraph variant no longer exists.');
      guardFreeText('variant', [variant], confirmedNotPatientData, stored);
      const { next, variant: saved } = saveVariant(statement, id ?? randomUUID(), variant);
      return { next, result: saved };
    }),

  'statement:delete-version': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const { next, removed } = deleteVersion(statement, id);
      return { next, result: removed };
    }),

  'statement:undo-delete-version': (removed, { store }) =>
    changeStatement(store, (statement) => {
      const next = restoreDeletedVersion(statement, removed);
      return { next, result: next.draft };
    }),

  'statement:delete-variant': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const { next, removed } = deleteVariant(statement, id);
      return { next, result: removed };
    }),

  'statement:restore-variant': (removed, { store }) =>
    changeStatement(store, (statement) => ({ next: restoreVariant(statement, removed), result: removed.variant })),

  'statement:save-eras': ({ entries, confirmedNotPatientData }, { store }) => {
    const { experiences } = store.document;
    const experienceIds = new Set(experiences.map((experience) => experience.id));
    return changeStatement(store, (statement) => {
      // Named by experience, as the page's warning is; text already saved was confirmed then.
      if (!confirmedNotPatientData) refuseIdentifiers(identifiersInErasEntries(entries, experiences, statement.erasEntries));
      const next = setErasEntries(statement, entries, experienceIds);
      return { next, result: next.erasEntries };
    });
  },

  'statement:save-limits': ({ limits }, { store }) =>
    changeStatement(store, (statement) => ({ next: setLimits(statement, limits), result: limits })),
};
