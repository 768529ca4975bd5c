import { schemaResolver } from '@mantine/form';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { experienceInputSchema } from '../../../shared/exposure/experience-schema';
import { procedureEntryInputSchema } from '../../../shared/exposure/procedure-schema';
import { researchOutputInputSchema } from '../../../shared/exposure/research-output-schema';
import { programToDraft } from '../../../shared/programs/program-draft';
import { programDraftSchema } from '../../../shared/programs/program-schema';
import { profileSchema } from '../../../shared/schema/profile';
import { describeValidationError } from '../../../shared/validation-message';
import { malformedVariants } from './malformed-generator';
import { expectPrototypeClean, expectReadable, requiredKeysOf } from './readable-error';
import { sampleDocument } from './valid-payloads';

const doc = sampleDocument();
const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

// The schemas the profile, experience, research output, procedure and program forms
// validate with (through @mantine/form's schemaResolver), each with a valid value.
const FORMS: [string, z.ZodType, unknown][] = [
  ['profile', profileSchema, doc.profile],
  ['experience', experienceInputSchema, withoutId(doc.experiences[0]!)],
  ['research output', researchOutputInputSchema, withoutId(doc.researchOutputs[0]!)],
  ['procedure', procedureEntryInputSchema, withoutId(doc.procedures[0]!)],
  ['program', programDraftSchema, programToDraft(doc.shortlist.programs[0]!)],
];
const PER_FORM = 60;

describe('malformed form values', () => {
  it.each(FORMS)('%s: the valid value passes (so the mutations mean something)', (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each(FORMS)(`%s: ${PER_FORM} malformed values are refused with readable field errors`, (name, schema, valid) => {
    const resolve = schemaResolver(schema, { sync: true });
    const variants = malformedVariants(valid, { count: PER_FORM, seed: name.length * 101, requiredKeys: requiredKeysOf(schema) });
    for (const { label, value } of variants) {
      const where = `${name} form with ${label}`;
      const parsed = schema.safeParse(value);
      expect(parsed.success, where).toBe(false);
      if (parsed.success) continue;
      expectReadable(describeValidationError(parsed.error), where);
      for (const issue of parsed.error.issues) expectReadable(issue.message, where);
      // What the form shows beside the fields. A non-object value has no fields to mark, so it may have no errors.
      const fieldErrors = Object.values(resolve(value as Record<string, unknown>));
      for (const message of fieldErrors) expectReadable(message, where);
    }
    expectPrototypeClean();
  });

  it('covers at least 200 malformed form values', () => {
    expect(FORMS.length * PER_FORM).toBeGreaterThanOrEqual(200);
  });
});
