import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../shared/result';
import {
  deleteTalkingPoint,
  deleteVariant,
  restoreTalkingPoint,
  restoreVersion,
  saveTalkingPoint,
  saveVariant,
  saveVersion,
  setDraftText,
  setErasEntries,
  setLimits,
  setOutline,
} from '../../../shared/statement/statement-mutations';
import type { Statement } from '../../../shared/statement/statement-schema';
import type { HandlerGroup } from '../handler-types';
import type { Store } from '../store';
import { guardFreeText } from './free-text-guard';

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
  | 'statement:save-variant'
  | 'statement:delete-variant'
  | 'statement:save-eras'
  | 'statement:save-limits'
> = {
  'statement:get': (_args, { store }) => store.document.statement,

  'statement:save-point': ({ id, point, confirmedNotPatientData }, { store }) => {
    guardFreeText('talkingPoint', [point], confirmedNotPatientData);
    return changeStatement(store, (statement) => {
      const { next, point: saved } = saveTalkingPoint(statement, existingPointId(statement, id), point);
      return { next, result: saved };
    });
  },

  'statement:delete-point': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const { next, removed } = deleteTalkingPoint(statement, id);
      return { next, result: removed };
    }),

  'statement:restore-point': (removed, { store }) =>
    changeStatement(store, (statement) => ({ next: restoreTalkingPoint(statement, removed), result: removed.point })),

  // Section titles go into the outline exports, so they are checked like any other free text.
  'statement:save-outline': ({ sections, confirmedNotPatientData }, { store }) => {
    guardFreeText('outlineSection', sections, confirmedNotPatientData);
    return changeStatement(store, (statement) => {
      const next = setOutline(statement, sections);
      return { next, result: next.outline };
    });
  },

  'statement:save-draft': ({ text, confirmedNotPatientData }, { store }) => {
    guardFreeText('draft', [{ text }], confirmedNotPatientData);
    return changeStatement(store, (statement) => {
      const next = setDraftText(statement, text, now());
      return { next, result: next.draft };
    });
  },

  'statement:save-version': ({ name }, { store }) =>
    changeStatement(store, (statement) => {
      const { next, version } = saveVersion(statement, randomUUID(), name, now());
      return { next, result: version };
    }),

  'statement:restore-version': ({ id }, { store }) =>
    changeStatement(store, (statement) => {
      const next = restoreVersion(statement, id, randomUUID(), now());
      return { next, result: next.draft };
    }),

  'statement:save-variant': ({ id, variant, confirmedNotPatientData }, { store }) => {
    guardFreeText('variant', [variant], confirmedNotPatientData);
    return changeStatement(store, (statement) => {
      if (id !== undefined && !statement.draft.variants.some((candidate) => candidate.id === id)) {
        throw new AppFailure('not-found', 'That paragraph variant no longer exists.');
      }
      const { next, variant: saved } = saveVariant(statement, id ?? randomUUID(), variant);
      return { next, result: saved };
    });
  },

  'statement:delete-variant': ({ id }, { store }) => changeStatement(store, (statement) => ({ next: deleteVariant(statement, id), result: null })),

  'statement:save-eras': ({ entries, confirmedNotPatientData }, { store }) => {
    guardFreeText('erasEntry', entries, confirmedNotPatientData);
    const experienceIds = new Set(store.document.experiences.map((experience) => experience.id));
    return changeStatement(store, (statement) => {
      const next = setErasEntries(statement, entries, experienceIds);
      return { next, result: next.erasEntries };
    });
  },

  'statement:save-limits': ({ limits }, { store }) =>
    changeStatement(store, (statement) => ({ next: setLimits(statement, limits), result: limits })),
};
