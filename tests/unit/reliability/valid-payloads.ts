import sampleApplicant from '../../../resources/sample/sample-applicant.json';
import { loadDocument } from '../../../shared/document-loading';
import type { Channel } from '../../../shared/ipc/channels';
import { programToDraft } from '../../../shared/programs/program-draft';
import type { AppDocument } from '../../../shared/schema/document';

/** The bundled sample applicant, validated: a full, realistic document to mutate. */
export function sampleDocument(): AppDocument {
  const loaded = loadDocument(sampleApplicant, new Date('2030-06-15T12:00:00.000Z'));
  if (!loaded.ok) throw new Error(`The sample applicant does not load: ${loaded.message}`);
  return loaded.doc;
}

const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

/** One valid argument per channel, taken from the sample (`undefined` for channels without arguments). */
export function validArgsByChannel(doc: AppDocument): Record<Channel, unknown> {
  const experience = doc.experiences[0]!;
  const output = doc.researchOutputs[0]!;
  const procedure = doc.procedures[0]!;
  const program = doc.shortlist.programs[0]!;
  const point = doc.statement.talkingPoints[0]!;
  return {
    'app:info': undefined,
    'app:open-data-folder': undefined,
    'app:open-external': { url: 'https://www.nrmp.org/' },
    'app:print-pdf': undefined,
    'profile:get': undefined,
    'profile:save': doc.profile,
    'data:export': undefined,
    'data:import-preview': { json: JSON.stringify(doc) },
    'data:import': { json: JSON.stringify(doc) },
    'backups:list': undefined,
    'backups:restore': { name: 'backup-2030-06-15T12-00-00-000Z-start.json' },
    'sample:load': undefined,
    'sample:clear': undefined,
    'exposure:get': undefined,
    'experiences:save': { id: experience.id, experience: withoutId(experience), confirmedNotPatientData: false },
    'experiences:delete': { id: experience.id },
    'experiences:restore': { experience, procedureIds: [procedure.id], researchOutputIds: [output.id] },
    'outputs:save': { output: withoutId(output), confirmedNotPatientData: false },
    'outputs:delete': { id: output.id },
    'outputs:restore': output,
    'procedures:add': { entries: [withoutId(procedure)], confirmedNotPatientData: false },
    'procedures:update': { entry: procedure, confirmedNotPatientData: false },
    'procedures:delete': { ids: [procedure.id] },
    'procedures:restore': { entries: [procedure] },
    'custom-procedures:add': { procedure: { categoryId: 'arterial', name: 'Genicular artery embolisation', advanced: true }, confirmedNotPatientData: false },
    'custom-procedures:update': { procedure: { id: 'custom-genicular', categoryId: 'arterial', name: 'Genicular artery embolization', advanced: true }, confirmedNotPatientData: false },
    'custom-procedures:delete': { id: 'custom-genicular' },
    'custom-procedures:restore': { id: 'custom-genicular', categoryId: 'arterial', name: 'Genicular artery embolisation', advanced: true },
    'shortlist:get': undefined,
    'programs:save': { id: program.id, program: programToDraft(program) },
    'programs:delete': { id: program.id },
    'programs:restore': { program, rankIndex: 0, signals: [] },
    'programs:import': { programs: [programToDraft(program)] },
    'ranking:set-order': { ids: [program.id] },
    'ranking:set-weights': doc.shortlist.rankingWeights,
    'signals:set-settings': doc.shortlist.signalSettings,
    'signals:set': { programId: program.id, tier: 'gold' },
    'statement:get': undefined,
    'statement:save-point': { id: point.id, point: withoutId(point), confirmedNotPatientData: false },
    'statement:delete-point': { id: point.id },
    'statement:restore-point': { point, placements: [{ sectionId: 'opening', index: 0 }], erasExperienceIds: [] },
    'statement:save-outline': { sections: doc.statement.outline },
    'statement:save-draft': { text: doc.statement.draft.text, confirmedNotPatientData: false },
    'statement:save-version': { name: 'Before the interview season', confirmedNotPatientData: false },
    'statement:restore-version': { id: doc.statement.draft.versions[0]!.id },
    'statement:delete-version': { id: doc.statement.draft.versions[0]!.id },
    'statement:undo-delete-version': { version: doc.statement.draft.versions[0]!, index: 0 },
    'statement:save-variant': { variant: { programId: program.id, paragraphLabel: 'Closing', text: 'Why this program, in one paragraph.' }, confirmedNotPatientData: false },
    'statement:delete-variant': { id: 'variant-missing' },
    'statement:restore-variant': { variant: { id: 'variant-back', programId: program.id, paragraphLabel: 'Closing', text: 'Why this program, in one paragraph.' }, index: 0 },
    'statement:save-eras': { entries: doc.statement.erasEntries, confirmedNotPatientData: false },
    'statement:save-limits': { limits: { descriptionChars: 800 } },
  };
}
