import { z } from 'zod';
import { localToday } from '../local-today';
import { idSchema, isoDateSchema, shortTextSchema } from '../schema/common';
import { experienceDateSchema } from './exposure-dates';

export const RESEARCH_OUTPUT_TYPES = [
  'abstract',
  'poster',
  'oral-presentation',
  'manuscript',
  'case-report',
] as const;
export type ResearchOutputType = (typeof RESEARCH_OUTPUT_TYPES)[number];

export const RESEARCH_OUTPUT_TYPE_LABELS: Record<ResearchOutputType, string> = {
  abstract: 'Abstract',
  poster: 'Poster',
  'oral-presentation': 'Oral presentation',
  manuscript: 'Manuscript',
  'case-report': 'Case report',
};

/** In order of progress, so a UI can sort or show a pipeline. */
export const RESEARCH_STATUSES = ['idea', 'in-progress', 'submitted', 'accepted', 'published'] as const;
export type ResearchStatus = (typeof RESEARCH_STATUSES)[number];

export const RESEARCH_STATUS_LABELS: Record<ResearchStatus, string> = {
  idea: 'Idea',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  accepted: 'Accepted',
  // Posters and talks are "presented" rather than published; one final status covers both.
  published: 'Published / presented',
};

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const webAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** Empty string means "not given" for the optional identifiers, which keeps forms simple. */
export const researchOutputFieldsSchema = z.object({
  id: idSchema,
  /** The research project this came from, or null when it stands alone. */
  experienceId: idSchema.nullable(),
  type: z.enum(RESEARCH_OUTPUT_TYPES, { error: 'Choose the type of output' }),
  status: z.enum(RESEARCH_STATUSES, { error: 'Choose a status' }),
  title: shortTextSchema.min(1, 'Title is required'),
  venue: shortTextSchema,
  date: isoDateSchema.nullable(),
  authors: z.string().trim().max(2_000, 'Keep the author list under 2,000 characters'),
  doi: z
    .string()
    .trim()
    .refine((value) => value === '' || DOI.test(value), {
      error: 'A DOI looks like 10.1234/abcd — leave out the https://doi.org/ part',
    }),
  pmid: z
    .string()
    .trim()
    .refine((value) => value === '' || PMID.test(value), {
      error: 'A PubMed ID (PMID) is digits only, like 31234567',
    }),
  link: z
    .string()
    .trim()
    .max(2_000, 'That link is too long')
    .refine((value) => value === '' || webAddress.safeParse(value).success, {
      error: 'Use a full web address starting with https:// (or http://)',
    }),
});

export const researchOutputSchema = researchOutputFieldsSchema;
export type ResearchOutput = z.infer<typeof researchOutputSchema>;

/**
 * What a save may write. The stored schema above keeps any real date, so a file saved before
 * these rules still opens: dates start in 1950 (0202 is a typo for 2020), and an output marked
 * published or presented has come out, so it is not dated after today (read at validation time).
 */
export const researchOutputInputSchema = researchOutputFieldsSchema
  .omit({ id: true })
  .extend({ date: experienceDateSchema.nullable() })
  .refine((output) => output.status !== 'published' || output.date === null || output.date <= localToday(), {
    error: 'A published or presented output has come out already: use the date it did, or choose another status',
    path: ['date'],
  });
export type ResearchOutputInput = z.infer<typeof researchOutputInputSchema>;
