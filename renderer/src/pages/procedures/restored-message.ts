import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { formatCount } from '../../../../shared/format-count';

const entries = (count: number) => (count === 1 ? '1 entry' : `${formatCount(count)} entries`);

/**
 * What an undone delete tells the user: how many entries came back, any own procedure that came
 * back with them, and any entry now without the experience it had (that experience was deleted).
 */
export function restoredMessage(restored: number, proceduresBack: readonly Pick<CustomProcedure, 'name'>[], unlinked: number): string {
  const parts = [`Restored ${entries(restored)}.`];
  if (proceduresBack.length > 0) {
    const names = proceduresBack.map((procedure) => `“${procedure.name}”`).join(', ');
    parts.push(`${names} ${proceduresBack.length === 1 ? 'is' : 'are'} back in your own procedures too.`);
  }
  if (unlinked > 0) {
    parts.push(
      unlinked === restored
        ? restored === 1
          ? 'The experience it was linked to has been deleted, so it now has none.'
          : 'The experience they were linked to has been deleted, so they now have none.'
        : `${entries(unlinked)} ${unlinked === 1 ? 'was' : 'were'} linked to an experience that has been deleted, so ${unlinked === 1 ? 'it now has' : 'they now have'} none.`,
    );
  }
  return parts.join(' ');
}
