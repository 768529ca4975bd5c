import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from '../exposure/experience-schema';
import { exposureGaps } from '../exposure/exposure-gaps';
import type { ProcedureEntry, ProcedureRole } from '../exposure/procedure-schema';
import { RESEARCH_OUTPUT_TYPE_LABELS, RESEARCH_STATUSES, type ResearchOutput, type ResearchOutputType, type ResearchStatus } from '../exposure/research-output-schema';
import { procedureIndex, type CustomProcedure, type ProcedureDefinition } from '../exposure/taxonomy';
import type { Profile } from '../schema/profile';
import type { PromptTheme } from './prompt-library';
import { formatCount } from '../format-count';
import { listInWords } from '../in-words';
import { labelInSentence } from '../label-in-sentence';
import { caseBreakdown, type CaseBreakdown } from './case-breakdown';

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
/** More sites than this make a prompt a table; the rest are counted, not named. */
const SITES_NAMED = 2;

/** "You {verb} 4 cases of X{after}": the words around a count for each role. */
const ROLE_WORDS: Record<ProcedureRole, { verb: string; after: string }> = {
  observed: { verb: 'observed', after: '' },
  assisted: { verb: 'assisted in', after: '' },
  scrubbed: { verb: 'scrubbed in on', after: '' },
  'performed-supervised': { verb: 'performed', after: ' under supervision' },
};

/** "Chemoembolization (TACE)" when the taxonomy knows a short form people use and the name does not already hold it ("PICC line"). */
export function procedureLabel(definition: ProcedureDefinition | undefined): string {
  if (!definition) return 'an unlisted procedure';
  const short = definition.aliases.find((alias) => /^[A-Z0-9]{2,6}$/.test(alias));
  return short && !definition.name.split(' ').includes(short) ? `${definition.name} (${short})` : definition.name;
}

/**
 * A procedure's label inside a sentence: "cases of chemoembolization (TACE)". A custom
 * procedure keeps the applicant's own spelling, which may start with a name ("Hickman line").
 */
function procedureInSentence(definition: ProcedureDefinition | undefined): string {
  const label = procedureLabel(definition);
  return definition && !definition.custom ? labelInSentence(label) : label;
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= EXCERPT_CHARS ? clean : `${clean.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

/**
 * "the chemoembolization (TACE)" for one logged case; avoids "the an unlisted procedure".
 * The taxonomy's catch-alls ("Other tumor-directed therapy") lose their "other" here:
 * "the other tumor-directed therapy on …" would speak of a second one.
 */
function theCase(definition: ProcedureDefinition | undefined): string {
  if (!definition) return procedureLabel(definition);
  const label = procedureInSentence(definition);
  return `the ${definition.custom ? label : label.replace(/^other /, '')}`;
}

/**
 * Where the cases were, as a site is named only for the cases logged there:
 * " at A", or ": 12 at A, 5 at B, 2 at one other site and 1 with no site logged".
 */
function whereText({ sites, unlinked }: CaseBreakdown): string {
  if (sites.length === 0) return '';
  if (sites.length === 1 && unlinked === 0) return ` ${sites[0]!.phrase}`;
  const parts = sites.slice(0, SITES_NAMED).map((site) => `${formatCount(site.count)} ${site.phrase}`);
  const others = sites.slice(SITES_NAMED);
  if (others.length > 0) {
    const count = others.reduce((sum, site) => sum + site.count, 0);
    parts.push(`${formatCount(count)} at ${others.length === 1 ? 'one other site' : `${formatCount(others.length)} other sites`}`);
  }
  if (unlinked > 0) parts.push(`${formatCount(unlinked)} with no site logged`);
  return `: ${listInWords(parts)}`;
}

/** One role: "You observed 4 cases of X at A." Several: "You logged 17 cases of X: …. Of these, you observed 16 and assisted in 1." */
function casesText(total: number, label: string, breakdown: CaseBreakdown): string {
  const cases = `${formatCount(total)} ${total === 1 ? 'case' : 'cases'} of ${label}`;
  const where = whereText(breakdown);
  const [only, ...more] = breakdown.roles;
  if (only && more.length === 0) return `You ${ROLE_WORDS[only.role].verb} ${cases}${ROLE_WORDS[only.role].after}${where}.`;
  const roles = breakdown.roles.map(({ role, count }) => `${ROLE_WORDS[role].verb} ${formatCount(count)}${ROLE_WORDS[role].after}`);
  return `You logged ${cases}${where}. Of these, you ${listInWords(roles)}.`;
}

const byDateDesc = (a: ProcedureEntry, b: ProcedureEntry) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

function advancedProcedurePrompts(data: StatementSourceData, index: ReadonlyMap<string, ProcedureDefinition>, experiences: ReadonlyMap<string, Experience>): PersonalPrompt[] {
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
      // Counted per site and per role: merging them credited one site and one role with every case.
      const breakdown = caseBreakdown(entries, experiences);
      const question = entries.length === 1 ? 'What did that case teach you' : 'What did one of them teach you';
      return {
        id: `advanced-${procedureId}`,
        theme: 'procedures' as const,
        text: `${casesText(entries.length, procedureInSentence(index.get(procedureId)), breakdown)} ${question} about choosing the right patient for it?`,
        citations: [
          ...entries.map((entry) => ({ kind: 'procedure' as const, id: entry.id })),
          ...breakdown.sites.flatMap((site) => site.experienceIds.map((id) => ({ kind: 'experience' as const, id }))),
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
      text: `After ${theCase(index.get(entry.procedureId))} on ${entry.date} you wrote: “${excerpt(entry.learned)}” How would you tell that story to a program in three sentences?`,
      citations: [{ kind: 'procedure' as const, id: entry.id }],
    })),
    ...care.map((entry) => ({
      id: `patient-care-${entry.id}`,
      theme: 'patient-care' as const,
      text: `Your note on the care around ${theCase(index.get(entry.procedureId))} on ${entry.date} reads: “${excerpt(entry.patientCare)}” What did the patient need before and after, and what did you see the team do?`,
      citations: [{ kind: 'procedure' as const, id: entry.id }],
    })),
  ];
}

function longestClinicalExperiencePrompt(data: StatementSourceData): PersonalPrompt[] {
  const candidates = data.experiences.filter((experience) => experience.kind === 'observership' || experience.kind === 'us-clinical-rotation' || experience.kind === 'elective');
  const [longest, runnerUp] = [...candidates].sort((a, b) => totalHours(b) - totalHours(a) || a.id.localeCompare(b.id));
  if (!longest) return [];
  const hours = totalHours(longest);
  const where = longest.organisation.trim() ? ` at ${longest.organisation.trim()}` : '';
  const kind = labelInSentence(EXPERIENCE_KIND_LABELS[longest.kind]);
  // An observership is not hands-on, and "longest" needs hours to back it and no tie.
  const named =
    hours === 0
      ? `Think back to your ${kind} “${longest.title}”${where}.`
      : `${runnerUp && totalHours(runnerUp) === hours ? 'One of your longest clinical experiences' : 'Your longest clinical experience'} is “${longest.title}”${where} (${kind}, ${formatCount(hours)} h).`;
  return [
    {
      id: `longest-${longest.id}`,
      theme: 'clinical-specialty',
      text: `${named} What did you see there of consults, clinic or ward care that showed IR as a clinical specialty?`,
      citations: [{ kind: 'experience', id: longest.id }],
    },
  ];
}

/** "Published / presented" is one status for every type; say only what fits the type. */
function statusText(type: ResearchOutputType, status: ResearchStatus): string {
  switch (status) {
    case 'idea':
      return 'is still an idea';
    case 'in-progress':
      return 'is in progress';
    case 'submitted':
      return 'has been submitted';
    case 'accepted':
      return 'has been accepted';
    case 'published':
      if (type === 'poster' || type === 'oral-presentation') return 'has been presented';
      return type === 'abstract' ? 'has been published or presented' : 'has been published';
  }
}

function outputPrompts(data: StatementSourceData, experiences: ReadonlyMap<string, Experience>): PersonalPrompt[] {
  const rank = (output: ResearchOutput) => RESEARCH_STATUSES.indexOf(output.status);
  return data.researchOutputs
    .filter((output) => output.status !== 'idea')
    .sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id))
    .slice(0, OUTPUTS)
    .map((output) => ({
      id: `output-${output.id}`,
      theme: 'research-qi' as const,
      text: `Your ${labelInSentence(RESEARCH_OUTPUT_TYPE_LABELS[output.type])} “${output.title}” ${statusText(output.type, output.status)}. What question did it answer, and which part of the work was yours?`,
      citations: [{ kind: 'output' as const, id: output.id }, ...(output.experienceId && experiences.has(output.experienceId) ? [{ kind: 'experience' as const, id: output.experienceId }] : [])],
    }));
}

function gapPrompts(data: StatementSourceData): PersonalPrompt[] {
  return exposureGaps(data)
    .filter((gap) => !gap.id.startsWith('log-first'))
    .slice(0, GAPS)
    .map((gap) => ({
      id: `gap-${gap.id}`,
      theme: 'img-path' as const,
      text: `Your log shows a gap — ${labelInSentence(gap.title)}. If an interviewer asks what you still want to see, what will you say, and what are you doing about it?`,
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
 * longest clinical experience, research outputs, gaps and career interest. In a fixed
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
    ...longestClinicalExperiencePrompt(data),
    ...outputPrompts(data, experiences),
  );
  if (data.procedures.length > 0 || data.experiences.length > 0) prompts.push(...gapPrompts(data));
  if (data.profile) prompts.push({ id: `career-${data.profile.careerInterest}`, theme: 'career-fit', text: CAREER_TEXT[data.profile.careerInterest], citations: [] });
  return prompts;
}
