import { z } from 'zod';
import { limitOverridesSchema, type LimitOverrides } from '../statement/eras-limits';
import type { RemovedVersion } from '../statement/draft-versions';
import type { RemovedTalkingPoint, RemovedVariant } from '../statement/statement-mutations';
import {
  draftVersionSchema,
  erasEntrySchema,
  MAX_DRAFT_CHARS,
  outlineSchema,
  talkingPointInputSchema,
  talkingPointSchema,
  variantInputSchema,
  variantSchema,
  type Draft,
  type DraftVersion,
  type ErasEntry,
  type OutlineSection,
  type ParagraphVariant,
  type Statement,
  type TalkingPoint,
} from '../statement/statement-schema';
import { confirmation, idArgs, noArgs, spec } from './spec';
import { formatCount } from '../format-count';

const optionalId = z.string().min(1).max(100).optional();
const listIndex = z.number().int().min(0).max(1_000);

export const statementContract = {
  'statement:get': spec<Statement>()(noArgs),
  /** Create (no id) or update (id) a talking point. */
  'statement:save-point': spec<TalkingPoint>()(z.object({ id: optionalId, point: talkingPointInputSchema, confirmedNotPatientData: confirmation })),
  'statement:delete-point': spec<RemovedTalkingPoint>()(idArgs),
  'statement:restore-point': spec<TalkingPoint>()(
    z.object({
      point: talkingPointSchema,
      placements: z.array(z.object({ sectionId: z.string().min(1).max(100), index: z.number().int().min(0).max(1_000) })).max(50),
      erasExperienceIds: z.array(z.string().min(1).max(100)).max(50),
    }),
  ),
  'statement:save-outline': spec<OutlineSection[]>()(z.object({ sections: outlineSchema, confirmedNotPatientData: confirmation })),
  'statement:save-draft': spec<Draft>()(
    z.object({
      text: z.string().max(MAX_DRAFT_CHARS, `Keep the draft under ${formatCount(MAX_DRAFT_CHARS)} characters`),
      confirmedNotPatientData: confirmation,
    }),
  ),
  /** Saves the current draft text under a name. */
  'statement:save-version': spec<DraftVersion>()(
    z.object({
      name: z.string().trim().min(1, 'Name the version').max(120, 'Keep a version name under 120 characters'),
      confirmedNotPatientData: confirmation,
    }),
  ),
  /** Makes a saved version the current draft, keeping the replaced text as a version. */
  'statement:restore-version': spec<Draft>()(idArgs),
  'statement:delete-version': spec<RemovedVersion>()(idArgs),
  /** Puts a deleted version back in its place (the undo of delete-version). */
  'statement:undo-delete-version': spec<Draft>()(z.object({ version: draftVersionSchema, index: listIndex })),
  'statement:save-variant': spec<ParagraphVariant>()(z.object({ id: optionalId, variant: variantInputSchema, confirmedNotPatientData: confirmation })),
  'statement:delete-variant': spec<RemovedVariant>()(idArgs),
  /** Puts a deleted paragraph back in its place; its text was checked when it was first saved. */
  'statement:restore-variant': spec<ParagraphVariant>()(z.object({ variant: variantSchema, index: listIndex })),
  'statement:save-eras': spec<ErasEntry[]>()(z.object({ entries: z.array(erasEntrySchema).max(50), confirmedNotPatientData: confirmation })),
  'statement:save-limits': spec<LimitOverrides>()(z.object({ limits: limitOverridesSchema })),
};
