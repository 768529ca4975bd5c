/** Titles written before a name, with or without the full stop. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof']);

/** The name to greet the applicant by: the first word of the full name that is not a title ("Dr. Asha Rao" → "Asha"). */
export function greetingName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter((word) => word !== '');
  return words.find((word) => !TITLES.has(word.replace(/\.$/, '').toLowerCase())) ?? words[0] ?? '';
}
