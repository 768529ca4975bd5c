import { z } from 'zod';
import { idSchema } from '../schema/common';
import { limitOverridesSchema } from './eras-limits';
import { formatCount } from '../format-count';

/** Long enough for any statement draft ERAS would take, with room for notes. */
export const MAX_DRAFT_CHARS = 100_000;
export const MAX_POINT_CHARS = 5_000;
export const MAX_SECTION_TITLE_CHARS = 200;
export const MAX_VERSION_NAME_CHARS = 120;
export const MAX_VARIANT_LABEL_CHARS = 120;
/** Versions kept of the draft; past it, the oldest copy kept automatically before a restore goes first. */
export const MAX_VERSIONS = 200;
const MAX_ERAS_TEXT = 20_000;

export const citationSchema = z.object({
  kind: z.enum(['procedure', 'experience', 'output'], { error: 'Evidence must be a procedure, an experience or an output' }),
  id: idSchema,
});

export const STRENGTHS = ['weak', 'solid', 'strong'] as const;
export type Strength = (typeof STRENGTHS)[number];
export const STRENGTH_LABELS: Record<Strength, string> = { weak: 'Weak', solid: 'Solid', strong: 'Strong' };

export const talkingPointInputSchema = z.object({
  text: z.string().trim().min(1, 'Write the point first').max(MAX_POINT_CHARS, `Keep a talking point under ${formatCount(MAX_POINT_CHARS)} characters`),
  /** A library or personalised prompt id, or null for a point of the applicant's own. */
  promptId: z.string().max(200).nullable(),
  /**
   * The prompt as it read when the point was written. A prompt built from the log changes as the
   * log does ("17 cases" becomes "18"); the point answered the words the applicant saw. Absent in
   * points saved before it was kept: those show the prompt as it reads now.
   */
  promptText: z.string().max(2_000).optional(),
  evidence: z
    .array(citationSchema)
    .max(500, 'Link at most 500 entries to one point')
    .refine((list) => new Set(list.map((item) => `${item.kind}:${item.id}`)).size === list.length, { error: 'The same entry is linked twice' }),
  strength: z.enum(STRENGTHS, { error: 'Rate the point weak, solid or strong' }),
});
export const talkingPointSchema = talkingPointInputSchema.extend({ id: idSchema });
export type TalkingPointInput = z.infer<typeof talkingPointInputSchema>;
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const outlineSectionSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'Give the section a title').max(MAX_SECTION_TITLE_CHARS, `Keep a section title under ${MAX_SECTION_TITLE_CHARS} characters`),
  talkingPointIds: z.array(idSchema).max(200),
});
export type OutlineSection = z.infer<typeof outlineSectionSchema>;
export const outlineSchema = z.array(outlineSectionSchema).max(50, 'Use at most 50 sections');

export const draftVersionSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Name the version').max(MAX_VERSION_NAME_CHARS, `Keep a version name under ${MAX_VERSION_NAME_CHARS} characters`),
  text: z.string().max(MAX_DRAFT_CHARS),
  savedAt: z.string().min(1),
  /** Kept by the app before a restore, not named by the user: the first to go when the versions are full. */
  automatic: z.boolean().optional(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const variantInputSchema = z.object({
  programId: idSchema,
  paragraphLabel: z.string().trim().min(1, 'Say which paragraph this replaces').max(MAX_VARIANT_LABEL_CHARS, `Keep the label under ${MAX_VARIANT_LABEL_CHARS} characters`),
  text: z.string().trim().min(1, 'Write the paragraph').max(MAX_POINT_CHARS, `Keep a paragraph under ${formatCount(MAX_POINT_CHARS)} characters`),
});
export const variantSchema = variantInputSchema.extend({ id: idSchema });
export type ParagraphVariantInput = z.infer<typeof variantInputSchema>;
export type ParagraphVariant = z.infer<typeof variantSchema>;

export const draftSchema = z.object({
  text: z.string().max(MAX_DRAFT_CHARS, `Keep the draft under ${formatCount(MAX_DRAFT_CHARS)} characters`),
  updatedAt: z.string().nullable(),
  versions: z.array(draftVersionSchema).max(MAX_VERSIONS, `Keep at most ${MAX_VERSIONS} versions`),
  variants: z.array(variantSchema).max(500),
});
export type Draft = z.infer<typeof draftSchema>;

export const erasEntrySchema = z.object({
  experienceId: idSchema,
  /** Saved as typed, even over the limit: the counter shows it as over, nothing is cut. */
  description: z.string().max(MAX_ERAS_TEXT, `Keep a description under ${formatCount(MAX_ERAS_TEXT)} characters`),
  mostMeaningful: z.boolean(),
  reflection: z.string().max(MAX_ERAS_TEXT, `Keep a reflection under ${formatCount(MAX_ERAS_TEXT)} characters`),
  /** The talking point the reflection tells, if any: a story told twice is noted. */
  talkingPointId: idSchema.nullable(),
});
export type ErasEntry = z.infer<typeof erasEntrySchema>;

export const statementSchema = z.object({
  limits: limitOverridesSchema,
  talkingPoints: z.array(talkingPointSchema).max(2_000),
  outline: outlineSchema,
  draft: draftSchema,
  erasEntries: z.array(erasEntrySchema).max(50),
});
export type Statement = z.infer<typeof statementSchema>;

export function emptyStatement(): Statement {
  return {
    limits: {},
    talkingPoints: [],
    outline: [
      { id: 'opening', title: 'Opening: the case that drew you to IR', talkingPointIds: [] },
      { id: 'exposure', title: 'What you saw and learned', talkingPointIds: [] },
      { id: 'path', title: 'Your path as an IMG', talkingPointIds: [] },
      { id: 'goal', title: 'Career goal and what you bring', talkingPointIds: [] },
    ],
    draft: { text: '', updatedAt: null, versions: [], variants: [] },
    erasEntries: [],
  };
}
