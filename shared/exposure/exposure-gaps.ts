import type { Experience } from './experience-schema';
import type { ProcedureEntry } from './procedure-schema';
import type { ResearchOutput } from './research-output-schema';
import { CATEGORIES, procedureIndex, type CustomProcedure, type ProcedureDefinition } from './taxonomy';
import { localToday } from '../local-today';
import { plannedNote, splitByStart } from './planned-experiences';

export type ExposureGapId =
  | 'log-first-procedures'
  | 'log-first-experience'
  | 'no-oncologic'
  | 'no-emergency-embolization'
  | 'no-portal-hepatic'
  | 'low-advanced-share'
  | 'narrow-case-mix'
  | 'no-us-ir-experience'
  | 'no-letter-writer'
  | 'no-research-beyond-idea'
  | 'no-patient-care-reflections';

export interface ExposureGap {
  id: ExposureGapId;
  title: string;
  detail: string;
  /** A planned experience that may close the gap ("Planned: …, June 2030"); the gap stays open until it starts. */
  planned?: string;
}

/** Below this many cases a share or a spread says more about chance than about the log. */
export const MIN_CASES_FOR_MIX_GAPS = 10;
export const LOW_ADVANCED_SHARE = 0.25;
export const NARROW_MIX_CATEGORIES = 4;

/*
 * Bleeding and trauma embolization are emergencies by nature, whatever the setting logged.
 * Another arterial embolization counts when done as an emergency (a uterine artery
 * embolization for postpartum bleeding is logged as UFE/UAE). An emergency angioplasty
 * or thrombectomy is arterial work but not an embolization, so it does not count.
 */
const EMERGENCY_EMBOLIZATION_IDS = new Set(['trauma-embolization', 'gi-bleed-embolization']);
const ARTERIAL_EMBOLIZATION_IDS = new Set([...EMERGENCY_EMBOLIZATION_IDS, 'ufe']);
/*
 * A custom procedure has only a category and a name, so for an emergency arterial one the
 * name is the only clue: "Splenic artery embolization", "pelvic embo", "coiling of a
 * pseudoaneurysm" or "TAE" count; "Acute limb thrombectomy" does not. Missing a custom
 * embolization leaves the gap up (the applicant can see why); counting any emergency
 * arterial case would hide it, which is the worse mistake.
 */
const EMBOLIZATION_NAME = /embol|\bembo\b|\bcoil|\bTAE\b/i;

function isEmergencyEmbolization(procedure: ProcedureDefinition, setting: ProcedureEntry['setting']): boolean {
  if (EMERGENCY_EMBOLIZATION_IDS.has(procedure.id)) return true;
  if (setting !== 'emergency' || procedure.categoryId !== 'arterial') return false;
  return procedure.custom ? EMBOLIZATION_NAME.test(procedure.name) : ARTERIAL_EMBOLIZATION_IDS.has(procedure.id);
}

export interface ExposureGapsInput {
  procedures: readonly Pick<ProcedureEntry, 'procedureId' | 'setting' | 'patientCare'>[];
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Pick<Experience, 'title' | 'startDate' | 'usBased' | 'irRelated' | 'canWriteLetter'>[];
  researchOutputs: readonly Pick<ResearchOutput, 'status'>[];
}

/**
 * Named gaps in the applicant's exposure as of `today` (YYYY-MM-DD), most basic first.
 * Pure given `today`; one pass per list. The default only serves callers written before
 * planned experiences were told apart (the statement's prompts); new callers pass it.
 */
export function exposureGaps(input: ExposureGapsInput, today: string = localToday()): ExposureGap[] {
  return [
    ...procedureGaps(input.procedures, input.customProcedures),
    ...experienceGaps(input.experiences, today),
    ...researchGaps(input.researchOutputs),
  ];
}

function procedureGaps(
  procedures: ExposureGapsInput['procedures'],
  customProcedures: readonly CustomProcedure[],
): ExposureGap[] {
  if (procedures.length === 0) {
    return [
      {
        id: 'log-first-procedures',
        title: 'Start your procedure log',
        detail:
          'Add each case you watch or help with: which procedure, what you did, and the imaging used. ' +
          'A line on what you learned and on the patient’s care before and after turns the log into material for your statement and interviews.',
      },
    ];
  }

  const index = procedureIndex(customProcedures);
  let oncologicAdvanced = 0;
  let emergencyEmbolization = 0;
  let portal = 0;
  let advanced = 0;
  let matched = 0;
  let withPatientCare = 0;
  const coveredCategories = new Set<string>();
  for (const entry of procedures) {
    if (entry.patientCare.trim() !== '') withPatientCare += 1;
    const procedure = index.get(entry.procedureId);
    if (!procedure) continue;
    matched += 1;
    coveredCategories.add(procedure.categoryId);
    if (procedure.advanced) advanced += 1;
    if (procedure.categoryId === 'oncologic' && procedure.advanced) oncologicAdvanced += 1;
    if (procedure.categoryId === 'portal-hepatic') portal += 1;
    if (isEmergencyEmbolization(procedure, entry.setting)) emergencyEmbolization += 1;
  }

  const gaps: ExposureGap[] = [];
  if (oncologicAdvanced === 0) {
    gaps.push({
      id: 'no-oncologic',
      title: 'No TACE, Y90 or ablation yet',
      detail:
        'Liver-directed therapy and tumor ablation are concentrated at NCI-designated cancer centers. ' +
        'An observership, rotation or research link with one is the surest way to see these cases.',
    });
  }
  if (emergencyEmbolization === 0) {
    gaps.push({
      id: 'no-emergency-embolization',
      title: 'No emergency or trauma embolization yet',
      detail:
        'Bleeding control and trauma embolization come mostly through Level I trauma centers, often after hours. ' +
        'If your host allows it, ask to join on-call cases.',
    });
  }
  if (portal === 0) {
    gaps.push({
      id: 'no-portal-hepatic',
      title: 'No TIPS or portal vein work yet',
      detail:
        'Portal hypertension care, TIPS included, gathers where there is a liver transplant program. ' +
        'Time with a transplant hospital’s IR team is the likeliest way to see it.',
    });
  }
  if (matched >= MIN_CASES_FOR_MIX_GAPS && advanced / matched < LOW_ADVANCED_SHARE) {
    gaps.push({
      id: 'low-advanced-share',
      title: 'Few advanced cases in the mix',
      detail:
        `Only ${Math.round((advanced / matched) * 100)}% of your logged cases are advanced work ` +
        '(arterial interventions, embolization, TIPS, TACE/Y90, ablation, venous recanalization). ' +
        'Ports and simple drains teach less per case; try to be in the room for the complex list.',
    });
  }
  if (matched >= MIN_CASES_FOR_MIX_GAPS && coveredCategories.size < NARROW_MIX_CATEGORIES) {
    const missing = CATEGORIES.filter((category) => !coveredCategories.has(category.id));
    gaps.push({
      id: 'narrow-case-mix',
      title: 'Your cases cover few categories',
      detail:
        `Your log touches ${coveredCategories.size} of ${CATEGORIES.length} case-mix categories. ` +
        `Range counts as much as numbers; not yet seen: ${missing.map((c) => c.label).join(', ')}.`,
    });
  }
  if (withPatientCare === 0) {
    gaps.push({
      id: 'no-patient-care-reflections',
      title: 'No patient-care reflections written',
      detail:
        'None of your cases says anything about the patient before or after the procedure. ' +
        'Interviewers look for an applicant who sees IR as patient care, not only procedures (consults, consent, follow-up); ' +
        'add a sentence to a few cases while you still remember them.',
    });
  }
  return gaps;
}

function experienceGaps(experiences: ExposureGapsInput['experiences'], today: string): ExposureGap[] {
  if (experiences.length === 0) {
    return [
      {
        id: 'log-first-experience',
        title: 'Add your first IR experience',
        detail:
          'Begin with what you have already done: observerships, US rotations, research with IR faculty, ' +
          'conferences or virtual case conferences. Note which were in the US and who could write you a letter.',
      },
    ];
  }
  // Only what has started closes a gap; a planned experience is named as encouragement.
  const { started, planned } = splitByStart(experiences, today);
  const usIr = (experience: ExposureGapsInput['experiences'][number]) => experience.usBased && experience.irRelated;
  const letter = (experience: ExposureGapsInput['experiences'][number]) => experience.canWriteLetter;
  const gaps: ExposureGap[] = [];
  if (!started.some(usIr)) {
    gaps.push({
      id: 'no-us-ir-experience',
      title: 'No US-based IR experience yet',
      detail:
        'Programs look for first-hand exposure to IR in a US hospital. An observership in a US IR department, ' +
        'or a US rotation at a hospital with an active IR service, shows it most directly.',
      planned: plannedNote(planned.filter(usIr)) ?? undefined,
    });
  }
  if (!started.some(letter)) {
    gaps.push({
      id: 'no-letter-writer',
      title: 'Nobody lined up to write a letter',
      detail:
        'None of the experiences you have started has a supervisor marked as able to write for you. ' +
        'Ask early: an IR attending or research mentor who has watched you work is worth the most.',
      planned: plannedNote(planned.filter(letter)) ?? undefined,
    });
  }
  return gaps;
}

function researchGaps(outputs: ExposureGapsInput['researchOutputs']): ExposureGap[] {
  if (outputs.some((output) => output.status !== 'idea')) return [];
  return [
    {
      id: 'no-research-beyond-idea',
      title: 'No research output past the idea stage',
      detail:
        (outputs.length === 0
          ? 'You have not logged any abstracts, posters, papers or case reports yet. '
          : 'Everything in your research list is still an idea. ') +
        'Remote work with IR faculty counts; carrying one project to a submitted abstract, poster or case report is a good next step.',
    },
  ];
}
