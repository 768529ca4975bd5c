import { loadDocumentText } from './document-loading';
import { listIdentifierKinds } from './exposure/find-identifiers';
import { identifiersInTexts, recordTexts, type CheckedRecordKind, type FreeText, type TextFindings } from './exposure/free-text-check';
import { programTexts } from './programs/program-free-text';
import { formatCount } from './format-count';
import { procedureIndex } from './exposure/taxonomy';
import type { AppDocument } from './schema/document';
import { identifiersInErasEntries } from './statement/eras-identifiers';

/** One text in a whole data file that looks like patient data, named so the user can find it. */
export interface DocumentFinding {
  /** The part of the app it is in: "Experiences", "Procedure log"… */
  section: string;
  /** The entry and its field: "“Night float” — Description". */
  entry: string;
  /** What it looks like: "patient name, MRN, date of birth". */
  kinds: string;
}

const findingsIn = (section: string, entry: string, findings: readonly TextFindings[]): DocumentFinding[] =>
  findings.map((found) => ({ section, entry: `${entry} — ${found.label}`, kinds: listIdentifierKinds(found.findings) }));

function recordFindings<T extends object>(section: string, kind: CheckedRecordKind, records: readonly T[], name: (record: T, index: number) => string) {
  return records.flatMap((record, index) => findingsIn(section, name(record, index), identifiersInTexts(recordTexts(kind, record))));
}

const quoted = (text: string, fallback: string) => (text.trim() === '' ? fallback : `“${text.trim()}”`);

/**
 * Every free text in a whole data file that looks like patient-identifying data, in the order
 * the app shows the sections. A file imported or restored whole was never through the save
 * guard (or was confirmed on another computer), so before it replaces the data the user sees
 * what it holds and decides.
 */
export function identifiersInDocument(doc: AppDocument): DocumentFinding[] {
  const { statement } = doc;
  const cases = caseLabels(doc);
  return [
    ...recordFindings('Experiences', 'experience', doc.experiences, (experience, i) => quoted(experience.title, `Experience ${i + 1}`)),
    ...recordFindings('Procedure log', 'procedure', doc.procedures, (_entry, i) => cases[i] ?? `Case ${i + 1}`),
    ...recordFindings('Procedure log', 'customProcedure', doc.customProcedures, (procedure) => quoted(procedure.name, 'A procedure of your own')),
    ...recordFindings('Research and outputs', 'researchOutput', doc.researchOutputs, (output, i) => quoted(output.title, `Output ${i + 1}`)),
    ...doc.shortlist.programs.flatMap((program) => findingsIn('Programs', quoted(program.name, 'A program'), identifiersInTexts(programTexts(program)))),
    ...recordFindings('Personal statement', 'talkingPoint', statement.talkingPoints, (_point, i) => `Talking point ${i + 1}`),
    ...recordFindings('Personal statement', 'outlineSection', statement.outline, (_section, i) => `Outline section ${i + 1}`),
    ...recordFindings('Personal statement', 'draft', [statement.draft], () => 'Draft'),
    ...statement.draft.versions.flatMap((version, i) =>
      findingsIn('Personal statement', `Saved version ${quoted(version.name, String(i + 1))}`, identifiersInTexts(versionTexts(version))),
    ),
    ...recordFindings('Personal statement', 'variant', statement.draft.variants, (_variant, i) => `Paragraph variant ${i + 1}`),
    // Already labelled by the experience each entry describes.
    ...identifiersInErasEntries(statement.erasEntries, doc.experiences).map((found) => ({
      section: 'ERAS experiences',
      entry: found.label,
      kinds: listIdentifierKinds(found.findings),
    })),
  ];
}

/**
 * "Chemoembolization on 2025-09-01": the procedure's name and date, as the log shows them, so the
 * user can filter the log to the case. The log sorts as the user likes, so cases sharing both are
 * counted ("one of 3 cases that day") rather than numbered in an order the log may not show.
 */
function caseLabels({ procedures, customProcedures }: Pick<AppDocument, 'procedures' | 'customProcedures'>): string[] {
  const names = procedureIndex(customProcedures);
  const labels = procedures.map((entry) => `${names.get(entry.procedureId)?.name ?? 'An unlisted procedure'} on ${entry.date}`);
  const sameDay = new Map<string, number>();
  for (const label of labels) sameDay.set(label, (sameDay.get(label) ?? 0) + 1);
  return labels.map((label) => {
    const count = sameDay.get(label) ?? 1;
    return count > 1 ? `${label} (one of ${formatCount(count)} cases that day)` : label;
  });
}

/** A saved version's name and its copy of the draft, paragraph by paragraph as the draft is checked. */
function versionTexts(version: { name: string; text: string }): FreeText[] {
  return [...recordTexts('version', version), ...recordTexts('draft', { text: version.text })];
}

/**
 * The most findings a confirmation lists, in a box that scrolls. Past this many the file is
 * better cleaned where it came from than entry by entry, so the rest are counted.
 */
export const MAX_FINDING_LINES = 500;

/** At most `shown` findings as lines for a confirmation, and how many more there are. */
export function findingLines(findings: readonly DocumentFinding[], shown = MAX_FINDING_LINES): { lines: string[]; more: number } {
  return {
    lines: findings.slice(0, shown).map((finding) => `${finding.section}: ${finding.entry} (${finding.kinds})`),
    more: Math.max(0, findings.length - shown),
  };
}

/** The findings in a backup file's text; none if it does not load (the import preview says why). */
export function identifiersInBackupText(json: string, now: Date): DocumentFinding[] {
  const loaded = loadDocumentText(json, now);
  return loaded.ok ? identifiersInDocument(loaded.doc) : [];
}
