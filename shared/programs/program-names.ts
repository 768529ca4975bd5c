/** A program's name as the applicant tells two apart: Unicode form, case and spacing do not count. */
export const programNameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

/**
 * Why `name` cannot be given to a program beside `others` (the names of the other programs on
 * the shortlist), or null. Two programs of one name cannot be told apart in the list, the
 * ranking or an Undo message.
 */
export function sameNameProblem(name: string, others: readonly string[]): string | null {
  const key = programNameKey(name);
  if (key === '') return null;
  const match = others.find((other) => programNameKey(other) === key);
  return match === undefined ? null : `“${match}” is already on your shortlist: open it from the list, or give this one a name that tells them apart.`;
}
