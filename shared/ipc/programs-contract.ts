import { z } from 'zod';
import { programDraftSchema, programSchema, type Program, type ProgramsCollections } from '../programs/program-schema';
import { rankingWeightsSchema, type RankingWeights } from '../programs/ranking-weights';
import type { RemovedProgram } from '../programs/shortlist-mutations';
import { SIGNAL_TIERS, signalSchema, signalSettingsSchema, type ProgramSignal, type SignalSettings } from '../programs/signals';
import { confirmation, idArgs, noArgs, spec } from './spec';

export const MAX_PROGRAMS_PER_CALL = 2_000;
const programId = z.string().min(1, 'Missing program id').max(100);

export const programsContract = {
  'shortlist:get': spec<ProgramsCollections>()(noArgs),
  /**
   * Create (no id) or replace (id) a program; volume figures get fresh ids. Free text new to the
   * program that looks like patient data is refused unless the user confirmed it is not.
   */
  'programs:save': spec<Program>()(
    z.object({ id: programId.optional(), program: programDraftSchema, confirmedNotPatientData: confirmation }),
  ),
  'programs:delete': spec<RemovedProgram>()(idArgs),
  'programs:restore': spec<Program>()(
    z.object({
      program: programSchema,
      rankIndex: z.number().int().min(-1).max(MAX_PROGRAMS_PER_CALL * 10),
      signals: z.array(signalSchema).max(10),
    }),
  ),
  'programs:import': spec<Program[]>()(
    z.object({
      programs: z.array(programDraftSchema).min(1, 'Nothing to import').max(MAX_PROGRAMS_PER_CALL),
      confirmedNotPatientData: confirmation,
    }),
  ),
  'ranking:set-order': spec<string[]>()(z.object({ ids: z.array(programId).max(MAX_PROGRAMS_PER_CALL * 10) })),
  'ranking:set-weights': spec<RankingWeights>()(rankingWeightsSchema),
  'signals:set-settings': spec<SignalSettings>()(signalSettingsSchema),
  'signals:set': spec<ProgramSignal[]>()(
    z.object({ programId, tier: z.enum(SIGNAL_TIERS, { error: 'A signal is gold or silver' }).nullable() }),
  ),
};
