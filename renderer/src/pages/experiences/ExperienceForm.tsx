import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from '../../../../shared/exposure/eras-experience-type';
import {
  EXPERIENCE_KIND_LABELS,
  EXPERIENCE_KINDS,
  experienceInputSchema,
  MAX_HOURS_PER_WEEK,
  MAX_TOTAL_HOURS,
  type Experience,
  type ExperienceInput,
} from '../../../../shared/exposure/experience-schema';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import {
  experienceToForm,
  formToExperienceInput,
  refineExperienceErrors,
  type ExperienceFormValues,
  type HoursMode,
} from './experience-form-values';
import { formatCount } from '../../../../shared/format-count';
import { useDialogDirty } from '../../components/FormDialog';

const resolveExperience = schemaResolver(experienceInputSchema, { sync: true });
const KIND_OPTIONS = EXPERIENCE_KINDS.map((kind) => ({ value: kind, label: EXPERIENCE_KIND_LABELS[kind] }));
const HOURS_MODES: { value: HoursMode; label: string }[] = [
  { value: 'total', label: 'Total' },
  { value: 'weekly', label: 'Per week × weeks' },
  { value: 'none', label: 'Not counted' },
];

interface ExperienceFormProps {
  initial: Experience | null;
  /** Resolves when saved; rejects (after telling the user) to keep the form open with what was typed. */
  onSave: (input: ExperienceInput, confirmedNotPatientData: boolean) => Promise<void>;
  onCancel: () => void;
}

/** Checked against the schema the main process enforces, then against the patient-data guard. */
export function ExperienceForm({ initial, onSave, onCancel }: ExperienceFormProps) {
  const guard = useIdentifierGuard('experience', initial);
  const form = useForm<ExperienceFormValues>({
    mode: 'controlled',
    initialValues: experienceToForm(initial),
    validate: (values) => refineExperienceErrors(resolveExperience(formToExperienceInput(values)), values),
  });
  useDialogDirty(form.isDirty());
  const { values } = form;

  const { saving, submit: guardedSave } = useGuardedSave(guard);
  const submit = (submitted: ExperienceFormValues) => {
    const input = experienceInputSchema.parse(formToExperienceInput(submitted));
    return guardedSave(input, (confirmed) => onSave(input, confirmed));
  };

  return (
    <form
      onSubmit={form.onSubmit((submitted) => {
        void submit(submitted);
      })}
      noValidate
      aria-label={initial ? 'Edit experience' : 'New experience'}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Kind"
            withAsterisk
            data={KIND_OPTIONS}
            description={
              values.kind ? `ERAS experience type: ${ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(values.kind)]}` : undefined
            }
            {...form.getInputProps('kind')}
          />
          <TextInput label="Title" withAsterisk placeholder="e.g. IR observership" {...form.getInputProps('title')} />
          <TextInput label="Organisation or site" {...form.getInputProps('organisation')} />
          <TextInput label="City" {...form.getInputProps('city')} />
          <TextInput label="State or country" description="US state, or the country if abroad" {...form.getInputProps('region')} />
          <Checkbox mt={{ sm: 'xl' }} label="Based in the US" {...form.getInputProps('usBased', { type: 'checkbox' })} />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
          <TextInput type="date" label="Start date" withAsterisk {...form.getInputProps('startDate')} />
          <TextInput type="date" label="End date" disabled={values.ongoing} {...form.getInputProps('endDate')} />
          <Checkbox mt={{ sm: 'xl' }} label="Ongoing" {...form.getInputProps('ongoing', { type: 'checkbox' })} />
        </SimpleGrid>

        <Stack gap={6}>
          <Text size="sm" fw={500} id="hours-mode-label">
            Hours
          </Text>
          <SegmentedControl
            aria-labelledby="hours-mode-label"
            data={HOURS_MODES}
            value={values.hours.mode}
            onChange={(mode) => form.setFieldValue('hours.mode', mode as HoursMode)}
            w="fit-content"
          />
          {values.hours.mode === 'total' && (
            <NumberInput
              label="Total hours"
              description={`Up to ${formatCount(MAX_TOTAL_HOURS)}`}
              hideControls
              maw={260}
              {...form.getInputProps('hours.total')}
            />
          )}
          {values.hours.mode === 'weekly' && (
            <Group align="flex-start" gap="sm">
              <NumberInput
                label="Hours per week"
                description={`Up to ${MAX_HOURS_PER_WEEK}`}
                hideControls
                maw={180}
                {...form.getInputProps('hours.perWeek')}
              />
              <NumberInput label="Number of weeks" hideControls allowDecimal={false} maw={180} {...form.getInputProps('hours.weeks')} />
            </Group>
          )}
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Supervisor" {...form.getInputProps('supervisor')} />
          <TextInput label="Supervisor contact" description="Email or phone of your supervisor" {...form.getInputProps('supervisorContact')} />
          <Checkbox label="Could write me a letter" {...form.getInputProps('canWriteLetter', { type: 'checkbox' })} />
          <Checkbox label="Related to IR" {...form.getInputProps('irRelated', { type: 'checkbox' })} />
        </SimpleGrid>

        <Textarea
          label="Description"
          description="What you did and saw, and what it taught you. Keep patients unidentifiable."
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('description')}
        />
        <TagsInput label="Tags" placeholder="Type a tag and press Enter" clearable {...form.getInputProps('tags')} />

        <IdentifierWarning guard={guard} />

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save experience
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
