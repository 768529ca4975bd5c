import type { Experience } from '../shared/exposure/experience-schema';
import type { ProcedureEntry } from '../shared/exposure/procedure-schema';
import { emptyStatement, type Statement } from '../shared/statement/statement-schema';

/**
 * The sample applicant's statement workspace: a few talking points linked to real
 * sample entries, a short draft with one saved version, and two ERAS entries.
 */
export function sampleStatement(procedures: readonly ProcedureEntry[], experiences: readonly Experience[]): Statement {
  const tace = procedures.find((entry) => entry.procedureId === 'tace' && entry.learned !== '') ?? procedures.find((entry) => entry.procedureId === 'tace');
  const withCare = procedures.find((entry) => entry.patientCare !== '');
  const cancerCenter = experiences.find((experience) => experience.id === 'exp-obs-riverbend');
  const research = experiences.find((experience) => experience.kind === 'research-project');
  if (!tace || !withCare || !cancerCenter || !research) throw new Error('The sample log lacks the entries the sample statement cites');

  const base = emptyStatement();
  const draft = [
    'The first chemoembolization I watched changed what I thought a radiologist did. The interventional radiologist had met the patient in clinic the week before, explained why a catheter could reach the tumour when surgery could not, and came back after the case to check on her.',
    'Since then I have spent two observerships in US IR departments, logged every case I saw, and worked on a review of TACE response by tumour size. I learned that careful patient selection and follow-up matter as much as the procedure itself.',
  ].join('\n\n');
  return {
    ...base,
    talkingPoints: [
      { id: 'tp-tace-selection', text: 'TACE taught me that patient selection — liver function, tumour burden — decides the outcome before the catheter goes in.', promptId: 'advanced-tace', evidence: [{ kind: 'procedure', id: tace.id }, { kind: 'experience', id: cancerCenter.id }], strength: 'strong' },
      { id: 'tp-follow-up', text: 'Following a patient from consent to the next-day check showed me IR as a clinical specialty.', promptId: 'patient-care-after', evidence: [{ kind: 'procedure', id: withCare.id }], strength: 'solid' },
      { id: 'tp-research', text: 'Our TACE response review taught me to read outcomes data critically.', promptId: 'research-question', evidence: [{ kind: 'experience', id: research.id }], strength: 'solid' },
      { id: 'tp-resilience', text: 'Studying for USMLE while working nights taught me to plan and keep going.', promptId: 'img-resilience', evidence: [], strength: 'weak' },
    ],
    outline: base.outline.map((section) =>
      section.id === 'opening'
        ? { ...section, talkingPointIds: ['tp-tace-selection'] }
        : section.id === 'exposure'
          ? { ...section, talkingPointIds: ['tp-follow-up', 'tp-research'] }
          : section,
    ),
    draft: {
      text: draft,
      updatedAt: '2026-05-20T18:00:00.000Z',
      versions: [{ id: 'ver-first', name: 'First attempt', text: draft.split('\n\n')[0] ?? '', savedAt: '2026-05-10T18:00:00.000Z' }],
      variants: [],
    },
    erasEntries: [
      {
        experienceId: cancerCenter.id,
        description: 'Four-week observership with the interventional oncology team: TACE, Y90 mapping and treatment, and microwave ablation. Attended tumour board and IR clinic, and followed patients from consent to their first follow-up imaging.',
        mostMeaningful: true,
        reflection: 'Seeing a patient choose TACE after tumour board showed me how IR joins oncology, hepatology and surgery around one person.',
        talkingPointId: 'tp-tace-selection',
      },
      {
        experienceId: research.id,
        description: 'Retrospective review of response after conventional TACE by lesion size. I built the data set from imaging reports, ran the descriptive analysis and drafted the abstract.',
        mostMeaningful: false,
        reflection: '',
        talkingPointId: null,
      },
    ],
  };
}
