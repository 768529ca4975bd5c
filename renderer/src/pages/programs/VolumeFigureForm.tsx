import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { volumeFigureInputSchema, type VolumeFigure } from '../../../../shared/programs/program-schema';
import { useDialogDirty } from '../../components/FormDialog';
import { CONFIDENCE_OPTIONS, FIGURE_KIND_OPTIONS, SOURCE_OPTIONS } from './program-labels';
import { localToday } from '../../../../shared/local-today';

export type VolumeFigureInput = Omit<VolumeFigure, 'id'>;
// What a save accepts: a date learned in the future is refused here, at the field, not only on saving the program.
const figureInputSchema = volumeFigureInputSchema;
const resolveFigure = schemaResolver(figureInputSchema, { sync: true });

interface FigureFormValues {
  kind: string | null;
  value: number | string;
  source: string | null;
  learnedOn: string;
  confidence: string | null;
  note: string;
}

const toInput = (values: FigureFormValues) => ({
  ...values,
  kind: values.kind ?? undefined,
  source: values.source ?? undefined,
  confidence: values.confidence ?? undefined,
  value: values.value === '' ? undefined : typeof values.value === 'number' ? values.value : Number(values.value),
});

interface VolumeFigureFormProps {
  initial: VolumeFigureInput | null;
  onSubmit: (figure: VolumeFigureInput) => void;
  onCancel: () => void;
}

/** One volume figure, checked against the schema before it joins the program's list. */
export function VolumeFigureForm({ initial, onSubmit, onCancel }: VolumeFigureFormProps) {
  const form = useForm<FigureFormValues>({
    mode: 'controlled',
    initialValues: initial ?? { kind: null, value: '', source: null, learnedOn: localToday(), confidence: 'medium', note: '' },
    validate: (values) => resolveFigure(toInput(values)),
  });
  useDialogDirty(form.isDirty());
  const submit = form.onSubmit((values) => {
    onSubmit(figureInputSchema.parse(toInput(values)));
  });

  return (
    <form
      noValidate
      aria-label={initial ? 'Edit volume figure' : 'New volume figure'}
      // The modal sits inside the program editor's form in React's tree; keep the submit here.
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.stopPropagation();
        submit(event);
      }}
    >
      <Stack gap="sm">
        <Select
          label="What the number counts"
          withAsterisk
          data={FIGURE_KIND_OPTIONS}
          description="A department's yearly total is service volume; only resident figures show what you would log."
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={2}>
          <NumberInput label="Procedures" withAsterisk hideControls thousandSeparator="," {...form.getInputProps('value')} />
          <TextInput type="date" label="Date learned" withAsterisk {...form.getInputProps('learnedOn')} />
          <Select label="Source" withAsterisk data={SOURCE_OPTIONS} {...form.getInputProps('source')} />
          <Select label="Confidence" withAsterisk data={CONFIDENCE_OPTIONS} allowDeselect={false} {...form.getInputProps('confidence')} />
        </SimpleGrid>
        <Textarea label="Note" placeholder="Who said it, and how exactly" rows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">{initial ? 'Update figure' : 'Add figure'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
