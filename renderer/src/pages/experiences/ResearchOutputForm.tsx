import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import {
  RESEARCH_OUTPUT_TYPE_LABELS,
  RESEARCH_OUTPUT_TYPES,
  RESEARCH_STATUS_LABELS,
  RESEARCH_STATUSES,
  researchOutputInputSchema,
  type ResearchOutput,
  type ResearchOutputInput,
} from '../../../../shared/exposure/research-output-schema';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { useDialogDirty } from '../../components/FormDialog';
import { formToResearchOutputInput, researchOutputToForm, type ResearchOutputFormValues } from './research-output-form-values';

const resolveOutput = schemaResolver(researchOutputInputSchema, { sync: true });
const TYPE_OPTIONS = RESEARCH_OUTPUT_TYPES.map((type) => ({ value: type, label: RESEARCH_OUTPUT_TYPE_LABELS[type] }));
const STATUS_OPTIONS = RESEARCH_STATUSES.map((status) => ({ value: status, label: RESEARCH_STATUS_LABELS[status] }));
const STAND_ALONE = '';

interface ResearchOutputFormProps {
  initial: ResearchOutput | null;
  /** The project a new output starts under (null: stand-alone). */
  defaultExperienceId: string | null;
  /** Experiences an output can belong to. */
  projects: readonly Experience[];
  onSave: (input: ResearchOutputInput, confirmedNotPatientData: boolean) => Promise<void>;
  onCancel: () => void;
}

export function ResearchOutputForm({ initial, defaultExperienceId, projects, onSave, onCancel }: ResearchOutputFormProps) {
  const guard = useIdentifierGuard('researchOutput', initial);
  const form = useForm<ResearchOutputFormValues>({
    mode: 'controlled',
    initialValues: researchOutputToForm(initial, defaultExperienceId),
    validate: (values) => resolveOutput(formToResearchOutputInput(values)),
  });
  useDialogDirty(form.isDirty());

  const { saving, submit: guardedSave } = useGuardedSave(guard);
  const submit = (submitted: ResearchOutputFormValues) => {
    const input = researchOutputInputSchema.parse(formToResearchOutputInput(submitted));
    return guardedSave(input, (confirmed) => onSave(input, confirmed));
  };

  const projectOptions = [
    { value: STAND_ALONE, label: 'None (stand-alone output)' },
    ...projects.map((project) => ({ value: project.id, label: project.title })),
  ];

  return (
    <form
      onSubmit={form.onSubmit((submitted) => {
        void submit(submitted);
      })}
      noValidate
      aria-label={initial ? 'Edit research output' : 'New research output'}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Type" withAsterisk data={TYPE_OPTIONS} {...form.getInputProps('type')} />
          <Select label="Status" withAsterisk data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        </SimpleGrid>
        <TextInput label="Title" withAsterisk {...form.getInputProps('title')} />
        <Select label="Research project" data={projectOptions} allowDeselect={false} {...form.getInputProps('experienceId')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Venue" description="Journal, meeting or conference" {...form.getInputProps('venue')} />
          <TextInput type="date" label="Date" description="Submitted, presented or published" {...form.getInputProps('date')} />
        </SimpleGrid>
        <Textarea label="Authors" autosize minRows={1} maxRows={4} placeholder="Surname AB, Surname CD" {...form.getInputProps('authors')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="DOI" placeholder="10.1234/abcd" {...form.getInputProps('doi')} />
          <TextInput label="PMID" placeholder="31234567" {...form.getInputProps('pmid')} />
          <TextInput label="Link" placeholder="https://…" {...form.getInputProps('link')} />
        </SimpleGrid>

        <IdentifierWarning guard={guard} />

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save output
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
