import { z } from 'zod';
import { documentCounts, holdsApplicantData } from './document-contents';
import type { LoadedDocument } from './document-loading';
import { formatCount } from './format-count';
import type { AppDocument } from './schema/document';

/** Whose data one backup holds, so backups taken for the same reason can be told apart. */
export const backupContentsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('data'),
    applicantName: z.string().nullable(),
    sample: z.boolean(),
    /** False for a new, empty file: nothing of the applicant's in it. */
    ownData: z.boolean(),
    /** As in the import preview (`documentCounts`). */
    counts: z.record(z.string(), z.number().int().nonnegative()),
  }),
  /** A restore would refuse it; `message` says why, as the restore would. */
  z.object({ kind: z.literal('damaged'), message: z.string() }),
  z.object({ kind: z.literal('newer'), message: z.string() }),
]);
export type BackupContents = z.infer<typeof backupContentsSchema>;

export function contentsOfDocument(doc: AppDocument): BackupContents {
  return {
    kind: 'data',
    applicantName: doc.profile?.fullName ?? null,
    sample: doc.meta.sample,
    ownData: holdsApplicantData(doc),
    counts: documentCounts(doc),
  };
}

/** From the same loader a restore uses, so a backup listed as readable restores, and one listed as damaged is refused. */
export function contentsOfLoaded(loaded: LoadedDocument): BackupContents {
  if (loaded.ok) return contentsOfDocument(loaded.doc);
  return loaded.kind === 'newer' ? { kind: 'newer', message: loaded.message } : { kind: 'damaged', message: loaded.message };
}

/** Short labels for the counts a row shows first, in this order; anything else follows with its own label. */
const SHORT_LABELS: Record<string, readonly [one: string, many: string]> = {
  'logged procedures': ['case', 'cases'],
  programs: ['program', 'programs'],
  experiences: ['experience', 'experiences'],
  'research outputs': ['research output', 'research outputs'],
  'ERAS entries': ['ERAS entry', 'ERAS entries'],
  'talking points': ['talking point', 'talking points'],
  'words in the statement draft': ['draft word', 'draft words'],
};
const COUNTS_SHOWN = 3;

/** "Priya S. · 152 cases · 12 programs · 40 experiences": the name, then up to three non-zero counts. */
export function describeBackupContents(contents: BackupContents): string {
  if (contents.kind === 'damaged') return `Damaged: ${contents.message}`;
  if (contents.kind === 'newer') return 'From a newer version of the app';
  if (!contents.ownData && !contents.sample) return 'Empty: nothing entered yet';
  const order = Object.keys(SHORT_LABELS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const counts = Object.entries(contents.counts)
    .filter(([key, count]) => key !== 'profile' && count > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .slice(0, COUNTS_SHOWN)
    .map(([key, count]) => {
      const [one, many] = SHORT_LABELS[key] ?? [key, key];
      return `${formatCount(count)} ${count === 1 ? one : many}`;
    });
  const name = contents.applicantName ?? (contents.sample ? 'Sample applicant' : 'No profile');
  const marked = contents.sample && !name.includes('(sample)') ? `${name} (sample)` : name;
  return [marked, ...counts].join(' · ');
}
