import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from '../schema/common';
import { formatCount } from '../format-count';
import { experienceDateSchema } from './exposure-dates';

export const EXPERIENCE_KINDS = [
  'observership',
  'us-clinical-rotation',
  'elective',
  'research-project',
  'conference',
  'virtual-lecture',
  'qi-project',
  'case-report',
  'volunteer',
  'teaching',
  'work',
  'other',
] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  observership: 'Observership',
  'us-clinical-rotation': 'US clinical rotation',
  elective: 'Elective',
  'research-project': 'Research project',
  conference: 'Conference',
  'virtual-lecture': 'Virtual lecture or case conference',
  'qi-project': 'Quality-improvement project',
  'case-report': 'Case report',
  volunteer: 'Volunteering',
  teaching: 'Teaching',
  work: 'Work',
  other: 'Other',
};

/** Upper bounds that catch typos (an extra zero), not real limits on anyone's effort. */
export const MAX_TOTAL_HOURS = 20_000;
export const MAX_HOURS_PER_WEEK = 100;
export const MAX_WEEKS = 520;

const hoursNumber = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} looks too high (at most ${formatCount(max)})`);

export const experienceHoursSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('total'), total: hoursNumber('Total hours', MAX_TOTAL_HOURS) }),
    z.object({
      mode: z.literal('weekly'),
      perWeek: hoursNumber('Hours per week', MAX_HOURS_PER_WEEK),
      weeks: hoursNumber('Number of weeks', MAX_WEEKS),
    }),
    z.object({ mode: z.literal('none') }),
  ],
  { error: 'Choose how to count hours: a total, per week, or none' },
);
export type ExperienceHours = z.infer<typeof experienceHoursSchema>;

const MAX_TAGS = 30;

/** Fields without the cross-field rules, so callers can still `.pick`/`.omit` (zod forbids that after `.refine`). */
export const experienceFieldsSchema = z.object({
  id: idSchema,
  kind: z.enum(EXPERIENCE_KINDS, { error: 'Choose what kind of experience this was' }),
  title: shortTextSchema.min(1, 'Title is required'),
  organisation: shortTextSchema,
  city: shortTextSchema,
  /** US state, or the country for experiences abroad. */
  region: shortTextSchema,
  usBased: z.boolean(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  ongoing: z.boolean(),
  hours: experienceHoursSchema,
  supervisor: shortTextSchema,
  supervisorContact: shortTextSchema,
  canWriteLetter: z.boolean(),
  irRelated: z.boolean(),
  description: longTextSchema,
  tags: z
    .array(shortTextSchema.min(1, 'Tags cannot be empty').max(40, 'Keep each tag under 40 characters'))
    .max(MAX_TAGS, `Use at most ${MAX_TAGS} tags`),
});

interface DateRange {
  startDate: string;
  endDate: string | null;
  ongoing: boolean;
}

// ISO dates compare correctly as strings; malformed ones are reported by their own field.
const endNotBeforeStart = (value: DateRange) =>
  value.endDate === null || value.endDate >= value.startDate;
const ongoingHasNoEnd = (value: DateRange) => !(value.ongoing && value.endDate !== null);

function withDateRules<T extends z.ZodType<DateRange>>(schema: T) {
  return schema
    .refine(endNotBeforeStart, {
      error: 'The end date is before the start date',
      path: ['endDate'],
    })
    .refine(ongoingHasNoEnd, {
      error: 'An ongoing experience has no end date yet: clear the end date or untick "ongoing"',
      path: ['endDate'],
    });
}

/** What the data file and an undo hold: any real day, so a file saved before the 1950 floor still opens. */
export const experienceSchema = withDateRules(experienceFieldsSchema);
export type Experience = z.infer<typeof experienceSchema>;

/**
 * What the renderer sends to create or edit an experience; the main process adds the id.
 * Dates start in 1950 but may lie ahead: an upcoming rotation is planned, not invented.
 */
export const experienceInputSchema = withDateRules(
  experienceFieldsSchema.omit({ id: true }).extend({ startDate: experienceDateSchema, endDate: experienceDateSchema.nullable() }),
);
export type ExperienceInput = z.infer<typeof experienceInputSchema>;

export function totalHours(experience: Pick<Experience, 'hours'>): number {
  const { hours } = experience;
  switch (hours.mode) {
    case 'total':
      return hours.total;
    case 'weekly':
      return hours.perWeek * hours.weeks;
    case 'none':
      return 0;
  }
}
