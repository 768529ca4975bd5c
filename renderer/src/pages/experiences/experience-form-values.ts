import type { FormErrors } from '@mantine/form';
import type { Experience, ExperienceKind } from '../../../../shared/exposure/experience-schema';

export type HoursMode = Experience['hours']['mode'];

/** What the form holds: number inputs are '' while empty, the kind is '' until chosen. */
export interface ExperienceFormValues {
  kind: ExperienceKind | '';
  title: string;
  organisation: string;
  city: string;
  region: string;
  usBased: boolean;
  startDate: string;
  endDate: string;
  ongoing: boolean;
  // All three hour inputs are kept, so switching mode back and forth loses nothing typed.
  hours: { mode: HoursMode; total: number | string; perWeek: number | string; weeks: number | string };
  supervisor: string;
  supervisorContact: string;
  canWriteLetter: boolean;
  irRelated: boolean;
  description: string;
  tags: string[];
}

export const EMPTY_EXPERIENCE_FORM: ExperienceFormValues = {
  kind: '',
  title: '',
  organisation: '',
  city: '',
  region: '',
  usBased: false,
  startDate: '',
  endDate: '',
  ongoing: false,
  hours: { mode: 'total', total: '', perWeek: '', weeks: '' },
  supervisor: '',
  supervisorContact: '',
  canWriteLetter: false,
  irRelated: true,
  description: '',
  tags: [],
};

export function experienceToForm(experience: Experience | null): ExperienceFormValues {
  if (!experience) return EMPTY_EXPERIENCE_FORM;
  const { id: _id, hours, endDate, ...rest } = experience;
  return {
    ...rest,
    endDate: endDate ?? '',
    hours: {
      mode: hours.mode,
      total: hours.mode === 'total' ? hours.total : '',
      perWeek: hours.mode === 'weekly' ? hours.perWeek : '',
      weeks: hours.mode === 'weekly' ? hours.weeks : '',
    },
  };
}

// Empty stays undefined so zod says "must be a number" rather than silently saving 0.
const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

function hoursInput(hours: ExperienceFormValues['hours']): Record<string, unknown> {
  switch (hours.mode) {
    case 'total':
      return { mode: 'total', total: numberOrUndefined(hours.total) };
    case 'weekly':
      return { mode: 'weekly', perWeek: numberOrUndefined(hours.perWeek), weeks: numberOrUndefined(hours.weeks) };
    case 'none':
      return { mode: 'none' };
  }
}

/** The shape `experienceInputSchema` checks; unparsed, so the schema reports what is wrong. */
export function formToExperienceInput(values: ExperienceFormValues): Record<string, unknown> {
  return {
    ...values,
    kind: values.kind || undefined,
    endDate: values.ongoing || values.endDate === '' ? null : values.endDate,
    hours: hoursInput(values.hours),
  };
}

const HOURS_MISSING = 'Enter the hours, or choose “Not counted”';

/**
 * Replaces the schema's generic wording where the form knows better (an empty
 * field is "missing", not "not a number") and moves per-tag errors onto the tags input.
 */
export function refineExperienceErrors(errors: FormErrors, values: ExperienceFormValues): FormErrors {
  const refined: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const target = path.startsWith('tags.') ? 'tags' : path;
    if (!(target in refined)) refined[target] = message;
  }
  if (values.startDate === '') refined.startDate = 'Start date is required';
  for (const field of ['total', 'perWeek', 'weeks'] as const) {
    if (refined[`hours.${field}`] && values.hours[field] === '') refined[`hours.${field}`] = HOURS_MISSING;
  }
  return refined;
}
