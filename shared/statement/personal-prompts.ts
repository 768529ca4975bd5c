import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from '../exposure/experience-schema';
import { exposureGaps } from '../exposure/exposure-gaps';
import type { ProcedureEntry, ProcedureRole } from '../exposure/procedure-schema';
import { RESEARCH_OUTPUT_TYPE_LABELS, RESEARCH_STATUSES, RESEARCH_STATUS_LABELS, type ResearchOutput } from '../exposure/research-output-schema';
import { procedureIndex, type CustomProcedure, type ProcedureDefinition } from '../exposure/taxonomy';
import type { Profile } from '../schema/profile';
import type { PromptTheme } from './prompt-library';
import { formatCount } from '../format-count';

/** An entry in the applicant's own log that a prompt was built from. */
export interface Citation {
  kind: 'procedure' | 'experience' | 'output';
  id: string;
}

export interface PersonalPrompt {
  /** Stable for the same underlying data, so a talking point can keep answering it. */
  id: string;
  theme: PromptTheme;
  text: string;
  citations: Citation[];
}

export interface StatementSourceData {
  profile: Pick<Profile, 'careerInterest'> | null;
  experiences: readonly Experience[];
  researchOutputs: readonly ResearchOutput[];
  procedures: readonly ProcedureEntry[];
  customProcedures: readonly CustomProcedure[];
}

const TOP_ADVANCED = 3;
const REFLECTIONS = 2;
const PATIENT_CARE_NOTES = 2;
const OUTPUTS = 3;
const GAPS = 2;
const EXCERPT_CHARS = 90;

const ROLE_VERBS: Record<ProcedureRole, string> = {
  observed: 'observed',
  assisted: 'assisted in',
  scrubbed: 'scrubbed in on',
  'performed-supervised': 'performed under supervision',
};

/** "Chemoembolization (TACE)" when the taxonomy knows a short form people use. */
export function procedureLabel(definition: ProcedureDefinition | undefined): string {
  if (!definition) return 'an unlisted procedure';
  const short = definition.aliases.find((alias) => /^[A-Z0-9]{2,6}$/.test(alias));
  return short ? `${definition.name} (${short})` : definition.name;
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= EXCERPT_CHARS ? clean : `${clean.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

const siteOf = (experience: Experience | undefined) => (experience ? experience.organisation || experience.title : undefined);
const byDateDesc = (a: ProcedureEntry, b: ProcedureEntry) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

function advancedProcedurePrompts(data: StatementSourceData, index: ReadonlyMap<string, ProcedureDefinition>, experiences: Map<string, Experience>): PersonalPrompt[] {
  const groups = new Map<string, ProcedureEntry[]>();
  for (const entry of data.procedures) {
    if (!index.get(entry.procedureId)?.advanced) continue;
    const list = groups.get(entry.procedureId) ?? [];
    list.push(entry);
    groups.set(entry.procedureId, list);
  }
  return [...groups.entries()]
    .sort(([idA, a], [idB, b]) => b.length - a.length || idA.localeCompare(idB))
    .slice(0, TOP_ADVANCED)
    .map(([procedureId, entries]) => {
      const label = procedureLabel(index.get(procedureId));
      const role = mostCommon(entries.map((entry) => entry.role)) ?? 'observed';
      const experienceId = mostCommon(entries.map((entry) => entry.experienceId).filter((id): id is string => id !== null));
      const site = siteOf(experienceId ? experiences.get(experienceId) : undefined);
      const cases = entries.length === 1 ? '1 case' : `${entries.length} cases`;
      return {
        id: `advanced-${procedureId}`,
        theme: 'procedures' as const,
        text: `You ${ROLE_VERBS[role]} ${cases} of ${label}${site ? ` at ${site}` : ''}. What did one of them teach you about choosing the right patient for it?`,
        citations: [
          ...entries.map((entry) => ({ kind: 'procedure' as const, id: entry.id })),
          ...(experienceId ? [{ kind: 'experience' as const, id: experienceId }] : []),
        ],
      };
    });
}

function notePrompts(data: StatementSourceData, index: ReadonlyMap<string, ProcedureDefinition>): PersonalPrompt[] {
  const sorted = [...data.procedures].sort(byDateDesc);
  const reflections = sorted.filter((entry) => entry.learned.trim() !== '').slice(0, REFLECTIONS);
  const care = sorted.filter((entry) => entry.patientCare.trim() !== '').slice(0, PATIENT_CARE_NOTES);
  return [
    ...reflections.map((entry) => ({
      id: `reflection-${entry.id}`,
      theme: 'procedures' as const,
      text: `After a ${procedureLabel(index.get(entry.procedureId))} on ${entry.date} you wrote: “${excerpt(entry.learned)}” How would you tell that story to a program in three sentences?`,
      citations: [{ kind: 'procedure' as const, id: entry.id }],
    })),
    ...care.map((entry) => ({
      id: `patient-care-${entry.id}`,
      theme: 'patient-care' as const,
      text: `Your note on the care around a ${procedureLabel(index.get(entry.procedureId))} (${entry.date}) reads: “${excerpt(entry.patientCare)}” What did the patient need before and after, and what did you see the team do?`,
      citations: [{ kind: 'procedure' as const, id: entry.id }],
    })),
  ];
}

function longestObservershipPrompt(data: StatementSourceData): PersonalPrompt[] {
  const candidates = data.experiences.filter((experience) => experience.kind === 'observership' || experience.kind === 'us-clinical-rotation' || experience.kind === 'elective');
  const longest = [...candidates].sort((a, b) => totalHours(b) - totalHours(a) || a.id.localeCompare(b.id))[0];
  if (!longest) return [];
  const hours = totalHours(longest);
  const where = longest.organisation ? ` at ${longest.organisation}` : '';
  return [
    {
      id: `longest-${longest.id}`,
      theme: 'clinical-specialty',
      text: `Your longest hands-on experience is “${longest.title}”${where} (${EXPERIENCE_KIND_LABELS[longest.kind].toLowerCase()}${hours > 0 ? `, ${formatCount(hours)} h` : ''}). What did you see there of consults, clinic or ward care that showed IR as a clinical specialty?`,
      citations: [{ kind: 'experience', id: longest.id }],
    },
  ];
}

function outputPrompts(data: StatementSourceData): PersonalPrompt[] {
  const rank = (output: ResearchOutput) => RESEARCH_STATUSES.indexOf(output.status);
  return data.researchOutputs
    .filter((output) => output.status !== 'idea')
    .sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id))
    .slice(0, OUTPUTS)
    .map((output) => ({
      id: `output-${output.id}`,
      theme: 'research-qi' as const,
      text: `Your ${RESEARCH_OUTPUT_TYPE_LABELS[output.type].toLowerCase()} “${output.title}” is ${RESEARCH_STATUS_LABELS[output.status].toLowerCase()}. What question did it answer, and which part of the work was yours?`,
      citations: [{ kind: 'output' as const, id: output.id }, ...(output.experienceId ? [{ kind: 'experience' as const, id: output.experienceId }] : [])],
    }));
}

function gapPrompts(data: StatementSourceData): PersonalPrompt[] {
  return exposureGaps(data)
    .filter((gap) => !gap.id.startsWith('log-first'))
    .slice(0, GAPS)
    .map((gap) => ({
      id: `gap-${gap.id}`,
      theme: 'img-path' as const,
      text: `Your log shows a gap — ${gap.title.charAt(0).toLowerCase()}${gap.title.slice(1)}. If an interviewer asks what you still want to see, what will you say, and what are you doing about it?`,
      citations: [],
    }));
}

const CAREER_TEXT: Record<Profile['careerInterest'], string> = {
  community: 'You lean towards community practice. Which cases you logged are the everyday work of a community IR service, and what draws you to doing them well and often?',
  academic: 'You lean towards academic practice. Which rare or complex case you saw, or which project you worked on, shows why you want a tertiary centre with research and teaching?',
  undecided: 'You have not chosen between community and academic practice yet. What would help you decide, and what kind of program lets you find out?',
};

/** What to log first, for an applicant whose log cannot feed a prompt yet. */
export const LOG_FIRST_PROMPTS: readonly PersonalPrompt[] = [
  { id: 'log-first-experiences', theme: 'why-ir', text: 'Start with your experiences: add each observership, rotation, research project or conference with its dates and hours. Prompts about your longest experience and your outputs will follow.', citations: [] },
  { id: 'log-first-procedures', theme: 'procedures', text: 'Log the procedures you have seen, one line each, with a sentence on what you learned and on the patient’s care before and after. Your most-seen advanced procedures will turn into prompts here.', citations: [] },
];

/**
 * Prompts built from the applicant's own data, each citing the entries it came from:
 * the advanced procedures seen most, recent reflections and patient-care notes, the
 * longest hands-on experience, research outputs, gaps and career interest. In a fixed
 * order; with nothing logged, they say what to log first.
 */
export function personalPrompts(data: StatementSourceData): PersonalPrompt[] {
  const index = procedureIndex(data.customProcedures);
  const experiences = new Map(data.experiences.map((experience) => [experience.id, experience]));
  const prompts: PersonalPrompt[] = [];
  if (data.experiences.length === 0) prompts.push(LOG_FIRST_PROMPTS[0]!);
  if (data.procedures.length === 0) prompts.push(LOG_FIRST_PROMPTS[1]!);
  prompts.push(
    ...advancedProcedurePrompts(data, index, experiences),
    ...notePrompts(data, index),
    ...longestObservershipPrompt(data),
    ...outputPrompts(data),
  );
  if (data.procedures.length > 0 || data.experiences.length > 0) prompts.push(...gapPrompts(data));
  if (data.profile) prompts.push({ id: `career-${data.profile.careerInterest}`, theme: 'career-fit', text: CAREER_TEXT[data.profile.careerInterest], citations: [] });
  return prompts;
}
