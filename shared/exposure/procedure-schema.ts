import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from '../schema/common';
import { procedureDateSchema } from './exposure-dates';

/** What the applicant did: as a student, "performed" only ever means under supervision. */
export const PROCEDURE_ROLES = ['observed', 'assisted', 'scrubbed', 'performed-supervised'] as const;
export type ProcedureRole = (typeof PROCEDURE_ROLES)[number];

export const ROLE_LABELS: Record<ProcedureRole, string> = {
  observed: 'Observed',
  assisted: 'Assisted',
  scrubbed: 'Scrubbed in',
  'performed-supervised': 'Performed under supervision',
};

export const IMAGING_GUIDANCE = ['fluoroscopy', 'ultrasound', 'ct', 'cone-beam-ct', 'mri'] as const;
export type ImagingGuidance = (typeof IMAGING_GUIDANCE)[number];

export const GUIDANCE_LABELS: Record<ImagingGuidance, string> = {
  fluoroscopy: 'Fluoroscopy',
  ultrasound: 'Ultrasound',
  ct: 'CT',
  'cone-beam-ct': 'Cone-beam CT',
  mri: 'MRI',
};

export const PROCEDURE_SETTINGS = ['scheduled', 'emergency'] as const;
export type ProcedureSetting = (typeof PROCEDURE_SETTINGS)[number];

export const SETTING_LABELS: Record<ProcedureSetting, string> = {
  scheduled: 'Scheduled',
  emergency: 'Emergency / on call',
};

export const procedureEntryFieldsSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  /** A taxonomy id or a custom procedure id; resolve with `findProcedure`. */
  procedureId: z.string().min(1, 'Choose a procedure').max(100),
  role: z.enum(PROCEDURE_ROLES, { error: 'Choose your role in the case' }),
  guidance: z
    .array(z.enum(IMAGING_GUIDANCE, { error: 'Unknown imaging guidance' }))
    .refine((list) => new Set(list).size === list.length, {
      error: 'Each kind of imaging guidance can be listed once',
    }),
  setting: z.enum(PROCEDURE_SETTINGS, { error: 'Choose scheduled or emergency' }),
  experienceId: idSchema.nullable(),
  attending: shortTextSchema,
  // Reflections may stay empty: a bare log entry is still worth keeping.
  learned: longTextSchema,
  patientCare: longTextSchema,
  complication: longTextSchema,
  notes: longTextSchema,
});

/** What the data file may hold: any real day, so a file saved before the date rules still opens. */
export const storedProcedureEntrySchema = procedureEntryFieldsSchema;

/** What an edit or an undo may write: from 1950, never in the future. */
export const procedureEntrySchema = procedureEntryFieldsSchema.extend({ date: procedureDateSchema });
export type ProcedureEntry = z.infer<typeof procedureEntrySchema>;

/** What quick entry and the CSV import send; the main process adds the id. */
export const procedureEntryInputSchema = procedureEntrySchema.omit({ id: true });
export type ProcedureEntryInput = z.infer<typeof procedureEntryInputSchema>;
