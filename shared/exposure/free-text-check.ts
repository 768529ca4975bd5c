import { findIdentifiers, type IdentifierFinding } from './find-identifiers';

export interface FieldFindings {
  field: string;
  label: string;
  findings: IdentifierFinding[];
}

/**
 * Free-text fields of each record that may describe a patient. Contact details of
 * a supervisor or author names are about colleagues, so they are not checked.
 */
export const CHECKED_FIELDS = {
  experience: { title: 'Title', description: 'Description' },
  procedure: {
    learned: 'What I learned',
    patientCare: 'Patient care before and after',
    complication: 'Complication and how it was managed',
    notes: 'Notes',
  },
  researchOutput: { title: 'Title' },
  talkingPoint: { text: 'Talking point' },
  draft: { text: 'Statement draft' },
  variant: { text: 'Paragraph variant' },
  erasEntry: { description: 'Experience description', reflection: 'Most meaningful reflection' },
  outlineSection: { title: 'Outline section title' },
} as const satisfies Record<string, Record<string, string>>;

export type CheckedRecordKind = keyof typeof CHECKED_FIELDS;

export function identifiersInRecord(kind: CheckedRecordKind, record: object): FieldFindings[] {
  const fields = CHECKED_FIELDS[kind] as Record<string, string>;
  const values = record as Record<string, unknown>;
  const results: FieldFindings[] = [];
  for (const [field, label] of Object.entries(fields)) {
    const value = values[field];
    if (typeof value !== 'string' || value === '') continue;
    const findings = findIdentifiers(value);
    if (findings.length > 0) results.push({ field, label, findings });
  }
  return results;
}

/** One sentence naming the fields, for the main process's refusal when the user has not confirmed. */
export function describeFieldFindings(results: readonly FieldFindings[]): string {
  const fields = results.map((result) => `"${result.label}"`).join(', ');
  return `Something in ${fields} looks like patient-identifying data. Edit it, or confirm that it is not patient data.`;
}
