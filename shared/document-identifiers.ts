import { loadDocumentText } from './document-loading';
import { listIdentifierKinds } from './exposure/find-identifiers';
import { identifiersInTexts, recordTexts, type CheckedRecordKind, type FreeText, type TextFindings } from './exposure/free-text-check';
import { programTexts } from './programs/program-free-text';
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
  return [
    ...recordFindings('Experiences', 'experience', doc.experiences, (experience, i) => quoted(experience.title, `Experience ${i + 1}`)),
    ...recordFindings('Procedure log', 'procedure', doc.procedures, (entry) => `Case of ${entry.date}`),
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

/** A saved version's name and its copy of the draft, paragraph by paragraph as the draft is checked. */
function versionTexts(version: { name: string; text: string }): FreeText[] {
  return [...recordTexts('version', version), ...recordTexts('draft', { text: version.text })];
}

/** At most `shown` findings as lines for a confirmation, and how many more there are. */
export function findingLines(findings: readonly DocumentFinding[], shown = 8): { lines: string[]; more: number } {
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
