import { z } from 'zod';
import { experienceInputSchema, experienceSchema, type Experience } from '../exposure/experience-schema';
import type { ExposureCollections } from '../exposure/exposure-collections';
import type { RemovedExperience } from '../exposure/exposure-mutations';
import { procedureEntryInputSchema, procedureEntrySchema, storedProcedureEntrySchema, type ProcedureEntry } from '../exposure/procedure-schema';
import { researchOutputInputSchema, researchOutputSchema, type ResearchOutput } from '../exposure/research-output-schema';
import { customProcedureSchema, type CustomProcedure } from '../exposure/taxonomy';
import { confirmation, idArgs, noArgs, spec } from './spec';

/** Enough for a two-year log imported from a spreadsheet in one go. */
export const MAX_ENTRIES_PER_CALL = 10_000;

export const exposureContract = {
  'exposure:get': spec<ExposureCollections>()(noArgs),
  /** Create (no id) or update (id) an experience. */
  'experiences:save': spec<Experience>()(
    z.object({ id: z.string().min(1).max(100).optional(), experience: experienceInputSchema, confirmedNotPatientData: confirmation }),
  ),
  'experiences:delete': spec<RemovedExperience>()(idArgs),
  'experiences:restore': spec<Experience>()(
    z.object({
      experience: experienceSchema,
      procedureIds: z.array(z.string().max(100)).max(MAX_ENTRIES_PER_CALL),
      researchOutputIds: z.array(z.string().max(100)).max(MAX_ENTRIES_PER_CALL),
    }),
  ),
  'outputs:save': spec<ResearchOutput>()(
    z.object({ id: z.string().min(1).max(100).optional(), output: researchOutputInputSchema, confirmedNotPatientData: confirmation }),
  ),
  'outputs:delete': spec<ResearchOutput>()(idArgs),
  'outputs:restore': spec<ResearchOutput>()(researchOutputSchema),
  /** Quick entry (several of one procedure) and CSV import both land here. */
  'procedures:add': spec<ProcedureEntry[]>()(
    z.object({
      entries: z.array(procedureEntryInputSchema).min(1, 'Nothing to add').max(MAX_ENTRIES_PER_CALL),
      confirmedNotPatientData: confirmation,
      /** Places in `entries` the user confirmed one by one (a CSV import); every other entry is still checked. */
      confirmedEntries: z.array(z.number().int().nonnegative()).max(MAX_ENTRIES_PER_CALL).default([]),
    }),
  ),
  'procedures:update': spec<ProcedureEntry>()(z.object({ entry: procedureEntrySchema, confirmedNotPatientData: confirmation })),
  'procedures:delete': spec<ProcedureEntry[]>()(
    z.object({ ids: z.array(z.string().min(1).max(100)).min(1, 'Nothing to delete').max(MAX_ENTRIES_PER_CALL) }),
  ),
  'procedures:restore': spec<ProcedureEntry[]>()(
    // Entries put back as they were deleted: what the file may hold, even a date from before the date rules.
    z.object({ entries: z.array(storedProcedureEntrySchema).min(1).max(MAX_ENTRIES_PER_CALL) }),
  ),
  'custom-procedures:add': spec<CustomProcedure>()(
    z.object({ procedure: customProcedureSchema.omit({ id: true }), confirmedNotPatientData: confirmation }),
  ),
  /** Entries refer to it by id, so a new name, category or advanced mark reaches all of them. */
  'custom-procedures:update': spec<CustomProcedure>()(z.object({ procedure: customProcedureSchema, confirmedNotPatientData: confirmation })),
  /** Refused while any log entry uses it; returns what was deleted, for undo. */
  'custom-procedures:delete': spec<CustomProcedure>()(idArgs),
  'custom-procedures:restore': spec<CustomProcedure>()(customProcedureSchema),
};
