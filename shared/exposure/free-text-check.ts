import { findIdentifiers, type IdentifierFinding } from './find-identifiers';

export interface FieldFindings {
  field: string;
  label: string;
  findings: IdentifierFinding[];
}

/** One piece of free text: a key unique within what is saved together, the name the user knows it by, and the text. */
export interface FreeText {
  field: string;
  label: string;
  text: string;
}

/** Findings with the text they were made on, so a warning can highlight them. */
export interface TextFindings extends FieldFindings {
  text: string;
}

/**
 * Free-text fields of each record that may describe a patient; a list field (tags) is checked
 * item by item. Contact details of a supervisor, author names and the attending are about
 * colleagues, so they are not checked.
 */
export const CHECKED_FIELDS = {
  experience: { title: 'Title', description: 'Description', tags: 'Tag' },
  procedure: {
    learned: 'What I learned',
    patientCare: 'Patient care before and after',
    complication: 'Complication and how it was managed',
    notes: 'Notes',
  },
  customProcedure: { name: 'Procedure name' },
  researchOutput: { title: 'Title', venue: 'Venue' },
  talkingPoint: { text: 'Talking point' },
  draft: { text: 'Statement draft' },
  version: { name: 'Version name' },
  variant: { paragraphLabel: 'Replaces which paragraph', text: 'Paragraph variant' },
  erasEntry: { description: 'Experience description', reflection: 'Most meaningful reflection' },
  outlineSection: { title: 'Outline section title' },
} as const satisfies Record<string, Record<string, string>>;

export type CheckedRecordKind = keyof typeof CHECKED_FIELDS;

/**
 * Long text checked paragraph by paragraph (blank lines apart): a confirmed paragraph of the
 * statement is not asked about again when another paragraph is edited, and the warning shows
 * only the paragraph it is about.
 */
const BY_PARAGRAPH: Partial<Record<CheckedRecordKind, readonly string[]>> = { draft: ['text'] };

function paragraphTexts(field: string, label: string, text: string): FreeText[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .flatMap((paragraph, index) => (paragraph === '' ? [] : [{ field: `${field}.${index}`, label: `${label}, paragraph ${index + 1}`, text: paragraph }]));
}

/** The checked free text of one record, in form order; the item of a list field is keyed `field.index`. */
export function recordTexts(kind: CheckedRecordKind, record: object): FreeText[] {
  const values = record as Record<string, unknown>;
  return Object.entries(CHECKED_FIELDS[kind] as Record<string, string>).flatMap(([field, label]) => {
    const value = values[field];
    if (typeof value === 'string') return BY_PARAGRAPH[kind]?.includes(field) ? paragraphTexts(field, label, value) : [{ field, label, text: value }];
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) => (typeof item === 'string' ? [{ field: `${field}.${index}`, label, text: item }] : []));
  });
}

/**
 * Suspected patient identifiers in `texts`. Text that `saved` already holds is skipped: it was
 * checked (and confirmed) when it was saved, so saving again after another edit does not ask
 * about it again. New or edited text is always checked.
 */
export function identifiersInTexts(texts: readonly FreeText[], saved: readonly FreeText[] = []): TextFindings[] {
  const alreadySaved = new Set(saved.map((entry) => entry.text));
  const results: TextFindings[] = [];
  for (const { field, label, text } of texts) {
    if (text === '' || alreadySaved.has(text)) continue;
    const findings = findIdentifiers(text);
    if (findings.length > 0) results.push({ field, label, text, findings });
  }
  return results;
}

/** Suspected identifiers in one record's checked fields, skipping text the `saved` records of the same kind hold. */
export function identifiersInRecord(kind: CheckedRecordKind, record: object, saved: readonly object[] = []): TextFindings[] {
  return identifiersInTexts(
    recordTexts(kind, record),
    saved.flatMap((savedRecord) => recordTexts(kind, savedRecord)),
  );
}

/** One sentence naming the fields, for the main process's refusal when the user has not confirmed. */
export function describeFieldFindings(results: readonly FieldFindings[]): string {
  const fields = [...new Set(results.map((result) => `"${result.label}"`))].join(', ');
  return `Something in ${fields} looks like patient-identifying data. Edit it, or confirm that it is not patient data.`;
}
