import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import {
  CAREER_INTEREST_LABELS,
  CAREER_INTERESTS,
  ECFMG_STATUS_LABELS,
  ECFMG_STATUSES,
  PATHWAY_LABELS,
  PATHWAYS,
  profileInputSchema,
  STEP1_LABELS,
  STEP1_RESULTS,
  STEP2_INPUT_MIN,
  STEP2_MAX,
  matchHasPassed,
  matchYearProblem,
  type Profile,
} from '../../../../shared/schema/profile';
import { formToProfileInput, profileToForm, wholeNumberProblems, type ProfileFormValues } from './profile-form-values';
import { SaveButton } from '../../components/SaveButton';

// The input rules (a three-digit Step 2 CK score), stricter than what a stored file may hold.
const resolveProfile = schemaResolver(profileInputSchema, { sync: true });
/** Number fields are text inputs read as digits only, so nothing typed or pasted is cut short unseen. */
const numberField = { inputMode: 'numeric', autoComplete: 'off' } as const;
const typedYear = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text) : null);
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface ProfileFormProps {
  initial: Profile | null;
  onSave: (profile: Profile) => Promise<void>;
}

/** Validated against the profile's input schema; nothing is sent until it passes. */
export function ProfileForm({ initial, onSave }: ProfileFormProps) {
  const [saving, setSaving] = useState(false);
  const form = useForm<ProfileFormValues>({
    mode: 'controlled',
    initialValues: profileToForm(initial),
    validate: (values) => {
      const input = formToProfileInput(values);
      const problem = matchYearProblem(input.targetMatchYear, input.graduationYear);
      return { ...resolveProfile(input), ...(problem ? { targetMatchYear: problem } : {}), ...wholeNumberProblems(values) };
    },
  });
  useUnsavedChanges('your profile', form.isDirty());
  const matchYear = typedYear(form.values.targetMatchYear);

  const submit = async (values: ProfileFormValues) => {
    setSaving(true);
    try {
      await onSave(profileInputSchema.parse(formToProfileInput(values)));
      form.resetDirty();
    } catch {
      // onSave has said why; the edits stay on screen and count as unsaved.
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        void submit(values);
      })}
      noValidate
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Full name" withAsterisk {...form.getInputProps('fullName')} />
          <TextInput label="Medical school" withAsterisk {...form.getInputProps('medicalSchool')} />
          <TextInput label="Country of the medical school" withAsterisk {...form.getInputProps('country')} />
          <TextInput label="Graduation year" withAsterisk {...numberField} {...form.getInputProps('graduationYear')} />
          <Select label="ECFMG certification" withAsterisk data={options(ECFMG_STATUSES, ECFMG_STATUS_LABELS)} {...form.getInputProps('ecfmgStatus')} />
          <Select label="USMLE Step 1" withAsterisk data={options(STEP1_RESULTS, STEP1_LABELS)} {...form.getInputProps('step1')} />
          <TextInput
            label="USMLE Step 2 CK score"
            description={`Leave empty if you have not taken it yet (scores run from ${STEP2_INPUT_MIN} to ${STEP2_MAX})`}
            {...numberField}
            {...form.getInputProps('step2ckScore')}
          />
          <TextInput
            label="Target match year"
            withAsterisk
            {...numberField}
            // A past match is allowed (the profile may be from an earlier cycle) but pointed out.
            description={
              matchYear !== null && matchHasPassed(matchYear) ? `The ${matchYear} match has already taken place: is this the year you are aiming for?` : undefined
            }
            {...form.getInputProps('targetMatchYear')}
          />
          <Select label="Career interest" withAsterisk data={options(CAREER_INTERESTS, CAREER_INTEREST_LABELS)} {...form.getInputProps('careerInterest')} />
        </SimpleGrid>
        <Checkbox.Group label="Pathways you are applying to" withAsterisk {...form.getInputProps('pathways')}>
          <Stack gap={6} mt="xs">
            {PATHWAYS.map((pathway) => (
              <Checkbox key={pathway} value={pathway} label={PATHWAY_LABELS[pathway]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <SaveButton type="submit" loading={saving}>
            Save profile
          </SaveButton>
        </Group>
      </Stack>
    </form>
  );
}
