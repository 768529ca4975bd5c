import sampleApplicant from '../../../resources/sample/sample-applicant.json';
import { documentCounts, holdsApplicantData } from '../../../shared/document-contents';
import { loadDocument, loadDocumentText } from '../../../shared/document-loading';
import { localToday } from '../../../shared/local-today';
import type { ExportedData, ImportSummary } from '../../../shared/ipc/app-info';
import { REPLACED_DATA_REASONS } from '../../../shared/backup-policy';
import { AppFailure } from '../../../shared/result';
import { emptyDocument, type AppDocument } from '../../../shared/schema/document';
import { serializeDocument } from '../durable-json-file';
import type { HandlerContext, HandlerGroup } from '../handler-types';
import { appInfo } from './app-handlers';

function exportData({ store }: HandlerContext): ExportedData {
  // The user's own date: an evening export in the Americas is not named after tomorrow.
  const day = localToday();
  return { fileName: `ir-match-planner-backup-${day}.json`, json: serializeDocument(store.document) };
}

/** Checks a backup in full; throws a readable `validation` failure and changes nothing. */
function readBackup(json: string): { doc: AppDocument; summary: ImportSummary } {
  const loaded = loadDocumentText(json, new Date());
  if (!loaded.ok) throw new AppFailure('validation', `This file cannot be imported. ${loaded.message}`);
  const summary: ImportSummary = {
    applicantName: loaded.doc.profile?.fullName ?? null,
    schemaVersion: loaded.doc.schemaVersion,
    upgradedFrom: loaded.upgradedFrom,
    counts: documentCounts(loaded.doc),
  };
  return { doc: loaded.doc, summary };
}

async function importData(json: string, { store }: HandlerContext): Promise<ImportSummary> {
  const { doc, summary } = readBackup(json);
  await store.replace(doc, 'pre-import');
  return summary;
}

function sampleDocument(): AppDocument {
  const loaded = loadDocument(sampleApplicant, new Date());
  // The sample ships with the app and is checked by a unit test, so this means a broken build.
  if (!loaded.ok) throw new AppFailure('internal', `The bundled sample applicant is invalid: ${loaded.message}`);
  return { ...loaded.doc, meta: { ...loaded.doc.meta, sample: true } };
}

async function loadSample(replaceOwnData: boolean, context: HandlerContext) {
  if (holdsApplicantData(context.store.document) && !replaceOwnData) {
    throw new AppFailure(
      'conflict',
      'The app holds entries of your own. The sample applicant would replace them; they would be kept only in the backup taken first.',
    );
  }
  await context.store.replace(sampleDocument(), 'pre-sample');
  return appInfo(context);
}

/**
 * What the sample replaced: the newest backup taken before data was replaced whole that is not
 * itself the sample. Restoring a backup of the sample (or importing one) backs up the sample it
 * replaces too, and that copy is not what the user is promised back.
 */
async function dataBeforeSample({ store }: HandlerContext): Promise<AppDocument | null> {
  // Newest first; one that no longer reads ends the search rather than bringing back older data.
  const candidates = (await store.backups.list()).filter((ref) => REPLACED_DATA_REASONS.includes(ref.reason));
  for (const ref of candidates) {
    const loaded = await store.backups.readDocument(ref.name, new Date());
    if (!loaded.ok) return null;
    if (!loaded.doc.meta.sample) return loaded.doc;
  }
  return null;
}

async function clearSample(context: HandlerContext) {
  if (!context.store.document.meta.sample) {
    throw new AppFailure('validation', 'Your data is not the sample applicant, so there is nothing to clear.');
  }
  // The sample may have replaced the applicant's own entries (they confirmed it): they come back.
  const before = await dataBeforeSample(context);
  const restoredOwnData = before !== null && holdsApplicantData(before);
  await context.store.replace(restoredOwnData ? before : emptyDocument(new Date()), 'pre-clear');
  return { ...appInfo(context), restoredOwnData };
}

export const dataHandlers: HandlerGroup<
  'data:export' | 'data:import-preview' | 'data:import' | 'backups:list' | 'backups:restore' | 'sample:load' | 'sample:clear'
> = {
  'data:export': (_args, context) => exportData(context),
  'data:import-preview': ({ json }) => readBackup(json).summary,
  'data:import': ({ json }, context) => importData(json, context),
  'backups:list': (_args, { store }) => store.listBackups(),
  'backups:restore': ({ name }, { store }) => store.restoreBackup(name),
  'sample:load': (args, context) => loadSample(args?.replaceOwnData === true, context),
  'sample:clear': (_args, context) => clearSample(context),
};
