import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from '../exposure/experience-schema';
import { hasStarted } from '../exposure/planned-experiences';
import { proceduresByCategory } from '../exposure/exposure-summary';
import { RESEARCH_OUTPUT_TYPE_LABELS, RESEARCH_STATUS_LABELS } from '../exposure/research-output-schema';
import { CAREER_INTEREST_LABELS, PATHWAY_LABELS, type Profile } from '../schema/profile';
import { CATEGORY_IDS, findCategory } from '../exposure/taxonomy';
import { erasEntryText } from './eras-entry-text';
import type { StatementSourceData } from './personal-prompts';
import { STRENGTH_LABELS, type Statement, type TalkingPoint } from './statement-schema';
import { formatCount } from '../format-count';
import { markdownText } from '../markdown-text';

/**
 * A small document model — headings, paragraphs, bullet lists — that both the
 * Markdown export (here) and the DOCX export (in the renderer, with `docx`) consume,
 * so the two always hold the same text. Text is as typed: a "\n" inside a paragraph or
 * item is a line break each export keeps, and neither reads marks in it as formatting.
 */
export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] };

export interface ExportDocument {
  title: string;
  blocks: DocBlock[];
}

export interface ExportSource extends StatementSourceData {
  profile: Profile | null;
  statement: Statement;
}

/** "Chemoembolization on 2026-03-04", "Observership: …", "Abstract: …" — a readable label for linked evidence. */
export function evidenceLabel(citation: TalkingPoint['evidence'][number], data: StatementSourceData, procedureName: (id: string) => string): string {
  if (citation.kind === 'procedure') {
    const entry = data.procedures.find((candidate) => candidate.id === citation.id);
    return entry ? `${procedureName(entry.procedureId)} on ${entry.date}` : 'a deleted procedure entry';
  }
  if (citation.kind === 'experience') {
    const experience = data.experiences.find((candidate) => candidate.id === citation.id);
    return experience ? `${EXPERIENCE_KIND_LABELS[experience.kind]}: ${experience.title}` : 'a deleted experience';
  }
  const output = data.researchOutputs.find((candidate) => candidate.id === citation.id);
  return output ? `${RESEARCH_OUTPUT_TYPE_LABELS[output.type]}: ${output.title}` : 'a deleted research output';
}

/** Blank lines separate paragraphs; a single line break stays inside its paragraph. */
function paragraphs(text: string): DocBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }));
}

export function statementDocument(source: ExportSource): ExportDocument {
  const name = source.profile?.fullName;
  return { title: name ? `Personal statement — ${name}` : 'Personal statement', blocks: paragraphs(source.statement.draft.text) };
}

function pointLine(point: TalkingPoint, source: ExportSource, procedureName: (id: string) => string): string {
  const evidence = point.evidence.map((citation) => evidenceLabel(citation, source, procedureName));
  const support = evidence.length > 0 ? ` Evidence: ${evidence.join('; ')}.` : ' No evidence linked yet.';
  return `${point.text} (${STRENGTH_LABELS[point.strength].toLowerCase()}).${support}`;
}

export function outlineDocument(source: ExportSource, procedureName: (id: string) => string): ExportDocument {
  const points = new Map(source.statement.talkingPoints.map((point) => [point.id, point]));
  const blocks: DocBlock[] = [];
  for (const section of source.statement.outline) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    const items = section.talkingPointIds.flatMap((id) => {
      const point = points.get(id);
      return point ? [pointLine(point, source, procedureName)] : [];
    });
    blocks.push(items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: 'No talking points chosen yet.' });
  }
  const placed = new Set(source.statement.outline.flatMap((section) => section.talkingPointIds));
  const unplaced = source.statement.talkingPoints.filter((point) => !placed.has(point.id));
  if (unplaced.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Talking points not yet in the outline' });
    blocks.push({ kind: 'bullets', items: unplaced.map((point) => pointLine(point, source, procedureName)) });
  }
  return { title: 'Statement outline and talking points', blocks };
}

/** The ERAS entries as one plain-text file, numbered 1..n over the entries whose experience still exists; `today` as for erasEntryText. */
export function erasEntriesText(source: ExportSource, today: string): string {
  const experiences = new Map(source.experiences.map((experience) => [experience.id, experience]));
  return source.statement.erasEntries
    .flatMap((entry) => {
      const experience = experiences.get(entry.experienceId);
      return experience ? [erasEntryText(experience, entry, today)] : [];
    })
    .map((text, index) => `${index + 1}.\n${text}`)
    .join('\n');
}

/**
 * The exposure portfolio: profile, experiences, outputs and procedure totals by category. `today`
 * tells planned experiences (not started yet) from the rest: they are marked, and their hours are not claimed.
 */
export function exposurePortfolio(source: ExportSource, today: string): ExportDocument {
  const blocks: DocBlock[] = [];
  const profile = source.profile;
  if (profile) {
    blocks.push({ kind: 'heading', level: 2, text: 'Applicant' });
    blocks.push({
      kind: 'bullets',
      items: [
        `${profile.fullName}, ${profile.medicalSchool} (${profile.country}), graduated ${profile.graduationYear}`,
        `Pathways: ${profile.pathways.map((pathway) => PATHWAY_LABELS[pathway]).join(', ') || 'not chosen yet'}`,
        `Career interest: ${CAREER_INTEREST_LABELS[profile.careerInterest]}`,
      ],
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Experiences' });
  blocks.push(
    source.experiences.length > 0
      ? { kind: 'bullets', items: [...source.experiences].sort((a, b) => b.startDate.localeCompare(a.startDate)).map((experience) => experienceLine(experience, today)) }
      : { kind: 'paragraph', text: 'No experiences logged yet.' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Research outputs' });
  blocks.push(
    source.researchOutputs.length > 0
      ? {
          kind: 'bullets',
          items: source.researchOutputs.map(
            (output) => `${RESEARCH_OUTPUT_TYPE_LABELS[output.type]}: ${output.title} — ${RESEARCH_STATUS_LABELS[output.status]}${output.venue ? `, ${output.venue}` : ''}${output.date ? ` (${output.date})` : ''}`,
          ),
        }
      : { kind: 'paragraph', text: 'No research outputs logged yet.' },
  );
  const counts = proceduresByCategory(source.procedures, source.customProcedures);
  blocks.push({ kind: 'heading', level: 2, text: `IR procedures logged: ${formatCount(source.procedures.length)}` });
  blocks.push({ kind: 'paragraph', text: `${formatCount(counts.advancedCount)} of them advanced (high-yield) procedures.` });
  blocks.push({ kind: 'bullets', items: CATEGORY_IDS.map((id) => `${findCategory(id).label}: ${counts.byCategory[id]}`) });
  return { title: profile ? `IR exposure portfolio — ${profile.fullName}` : 'IR exposure portfolio', blocks };
}

function experienceLine(experience: Experience, today: string): string {
  const planned = !hasStarted(experience, today);
  const hours = planned ? 0 : totalHours(experience);
  const place = [experience.organisation, experience.city, experience.region].filter(Boolean).join(', ');
  const dates = `${experience.startDate}${experience.ongoing ? ' to present' : experience.endDate ? ` to ${experience.endDate}` : ''}`;
  return `${EXPERIENCE_KIND_LABELS[experience.kind]}: ${experience.title}${place ? ` — ${place}` : ''} (${planned ? 'planned, ' : ''}${dates}${hours > 0 ? `, ${formatCount(hours)} h` : ''})`;
}

/** Every text is escaped, since titles, paragraphs and items all carry the applicant's words. */
export function toMarkdown(document: ExportDocument): string {
  const lines = [`# ${markdownText(document.title)}`, ''];
  for (const block of document.blocks) {
    if (block.kind === 'heading') lines.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`, '');
    else if (block.kind === 'paragraph') lines.push(markdownText(block.text), '');
    // A line break inside an item is indented to stay in that item.
    else lines.push(...block.items.map((item) => `- ${markdownText(item).replace(/\n/g, '\n  ')}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
