import { programNameKey } from './program-names';

/**
 * What Undo of a delete says. The program may come back renamed when one of its name was added
 * since (a match ignores case and spacing): the message gives the name it came back under, so
 * the applicant can find it, and the other program's name as that program writes it.
 */
export function restoredProgramMessage(originalName: string, restoredName: string, shortlistNames: readonly string[]): string {
  if (restoredName === originalName) return `${originalName} is back`;
  const key = programNameKey(originalName);
  const other = shortlistNames.find((name) => name !== restoredName && programNameKey(name) === key) ?? originalName;
  return `${originalName} is back as “${restoredName}”, because another program is now called “${other}”`;
}
