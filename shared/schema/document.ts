import { z } from 'zod';
import { emptyExposureCollections, exposureCollectionsSchema } from '../exposure/exposure-collections';
import { emptyShortlist } from '../programs/empty-shortlist';
import { programsCollectionsSchema } from '../programs/program-schema';
import { emptyStatement, statementSchema } from '../statement/statement-schema';
import { profileSchema } from './profile';

/**
 * The whole data file. Each feature adds its collections here *and* a numbered
 * migration in `shared/migrations.ts` that gives older files those collections.
 */
export const CURRENT_SCHEMA_VERSION = 5;

export const metaSchema = z.object({
  createdAt: z.string().min(1),
  /** True while the data is the shipped sample applicant, so it can be cleared in one click. */
  sample: z.boolean(),
});

export const documentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: metaSchema,
  profile: profileSchema.nullable(),
  ...exposureCollectionsSchema.shape,
  shortlist: programsCollectionsSchema,
  statement: statementSchema,
});

export type AppDocument = z.infer<typeof documentSchema>;

export function emptyDocument(now: Date): AppDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { createdAt: now.toISOString(), sample: false },
    profile: null,
    ...emptyExposureCollections(),
    shortlist: emptyShortlist(),
    statement: emptyStatement(),
  };
}
