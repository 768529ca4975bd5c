import { z } from 'zod';
import { experienceSchema } from './experience-schema';
import { storedProcedureEntrySchema } from './procedure-schema';
import { researchOutputSchema } from './research-output-schema';
import { customProcedureSchema } from './taxonomy';

/** The exposure tracker's part of the data file; a store migration adds it empty. */
export const exposureCollectionsSchema = z.object({
  experiences: z.array(experienceSchema),
  researchOutputs: z.array(researchOutputSchema),
  procedures: z.array(storedProcedureEntrySchema),
  customProcedures: z.array(customProcedureSchema),
});
export type ExposureCollections = z.infer<typeof exposureCollectionsSchema>;

/** A fresh value each call, so no two documents ever share the same arrays. */
export function emptyExposureCollections(): ExposureCollections {
  return { experiences: [], researchOutputs: [], procedures: [], customProcedures: [] };
}
