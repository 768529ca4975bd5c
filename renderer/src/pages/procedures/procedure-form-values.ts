import { z } from 'zod';
import {
  PROCEDURE_ROLES,
  procedureEntryInputSchema,
  type ImagingGuidance,
  type ProcedureEntry,
  type ProcedureEntryInput,
  type ProcedureRole,
  type ProcedureSetting,
} from '../../../../shared/exposure/procedure-schema';
import { procedureDateSchema } from '../../../../shared/exposure/exposure-dates';
import { localToday } from '../../../../shared/local-today';

/** "Several of the same procedure on one day"; more than this is almost surely a typo. */
export const MAX_CASES_PER_ENTRY = 50;

/** What the form holds: selects are '' until chosen, the count is '' while the box is empty. */
export interface ProcedureFormValues {
  procedureId: string;
  date: string;
  count: number | string;
  role: ProcedureRole | '';
  guidance: ImagingGuidance[];
  setting: ProcedureSetting;
  experienceId: string | null;
  attending: string;
  learned: string;
  patientCare: string;
  complication: string;
  notes: string;
}

export function emptyProcedureForm(defaults: Partial<ProcedureFormValues> = {}): ProcedureFormValues {
  return {
    procedureId: '',
    date: localToday(),
    count: 1,
    role: '',
    guidance: [],
    setting: 'scheduled',
    experienceId: null,
    attending: '',
    learned: '',
    patientCare: '',
    complication: '',
    notes: '',
    ...defaults,
  };
}

export function entryToForm(entry: ProcedureEntry): ProcedureFormValues {
  const { id: _id, ...rest } = entry;
  return { ...rest, count: 1 };
}

const countMessage = `Enter how many cases, from 1 to ${MAX_CASES_PER_ENTRY}`;

/** What a save accepts plus the form-only rules: a count and clearer messages. */
export const procedureFormSchema = procedureEntryInputSchema.extend({
  procedureId: z.string({ error: 'Choose a procedure' }).min(1, 'Choose a procedure'),
  date: z
    .string({ error: 'Enter the date as YYYY-MM-DD' })
    .trim()
    .min(1, { error: 'Enter the date as YYYY-MM-DD', abort: true })
    // From 1950, never in the future (read at validation time, so a form left open past midnight accepts the new day).
    .pipe(procedureDateSchema),
  count: z
    .number({ error: countMessage })
    .int('Enter a whole number of cases')
    .min(1, countMessage)
    .max(MAX_CASES_PER_ENTRY, `At most ${MAX_CASES_PER_ENTRY} cases in one entry; split a longer list into several`),
  role: z.enum(PROCEDURE_ROLES, { error: 'Choose your role in the case' }),
});

/** Empty inputs become undefined, so the schema reports "required" rather than a type error. */
export function formToCandidate(values: ProcedureFormValues): Record<string, unknown> {
  return {
    ...values,
    count: values.count === '' ? undefined : Number(values.count),
    role: values.role || undefined,
  };
}

/** The validated entry and how many copies of it to log. Call only after the form validated. */
export function formToEntries(values: ProcedureFormValues): { entry: ProcedureEntryInput; count: number } {
  const { count, ...entry } = procedureFormSchema.parse(formToCandidate(values));
  return { entry, count };
}
