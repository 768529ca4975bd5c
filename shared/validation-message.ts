import type { z } from 'zod';

/** Names of the data file's parts and of fields whose key reads badly, as the app calls them. */
const LABELS: Record<string, string> = {
  procedures: 'procedure log',
  researchOutputs: 'research outputs',
  customProcedures: 'your own procedures',
  shortlist: 'program shortlist',
  statement: 'personal statement',
  meta: 'file details',
  schemaVersion: 'format version',
  step2ckScore: 'Step 2 CK score',
  erasEntries: 'ERAS entries',
};

/** "startDate" → "start date"; a list index → "entry 1" (counted from one, as people count). */
function describeStep(step: PropertyKey): string {
  if (typeof step === 'number') return `entry ${step + 1}`;
  const key = String(step);
  return LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const KIND_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a group of fields',
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  null: 'empty',
};

/** zod's own wording for a value of the wrong kind, said for a person: "should be a list, not text". */
function describeMessage(message: string): string {
  const wrongKind = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!wrongKind) return message;
  const [, expected = '', received = ''] = wrongKind;
  if (received === 'undefined') return 'is missing';
  return `should be ${KIND_WORDS[expected] ?? expected}, not ${KIND_WORDS[received] ?? received}`;
}

/** Turns zod issues into sentences a person can act on, naming the field. */
export function describeValidationError(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(describeStep).join(' › ')}: ` : '';
    return `${where}${describeMessage(issue.message)}`;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}
