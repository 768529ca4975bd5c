import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { NAME_NEEDS_LETTERS, compactKey, hasLetterOrDigit, procedureLookup } from '../../../../shared/exposure/procedure-vocabulary';
import { CATEGORIES, customProcedureSchema, findCategory, type CategoryId, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { FormDialog, useDialogDirty } from '../../components/FormDialog';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';

const newProcedureSchema = customProcedureSchema.omit({ id: true });
export type CustomProcedureInput = Omit<CustomProcedure, 'id'>;

interface CustomProcedureValues {
  name: string;
  categoryId: CategoryId | '';
  advanced: boolean;
}

interface CustomProcedureModalProps {
  opened: boolean;
  customProcedures: readonly CustomProcedure[];
  onClose: () => void;
  onAdded: (procedure: CustomProcedure) => Promise<void>;
}

export function CustomProcedureModal({ opened, customProcedures, onClose, onAdded }: CustomProcedureModalProps) {
  const add = async (input: CustomProcedureInput, confirmedNotPatientData: boolean) => {
    try {
      const added = unwrap(await api()['custom-procedures:add']({ procedure: input, confirmedNotPatientData }));
      notifySuccess(`${added.name} added under ${findCategory(added.categoryId).label}`);
      await onAdded(added);
      onClose();
    } catch (caught) {
      notifyFailure(caught, 'The procedure was not added');
    }
  };
  return (
    <FormDialog opened={opened} onClose={onClose} title="Add your own procedure">
      {/* Mounted only while open, so every visit starts from an empty form. */}
      {opened && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            For work the list does not have. It appears in the procedure list under its category and counts toward your case mix.
          </Text>
          <CustomProcedureForm customProcedures={customProcedures} submitLabel="Add procedure" onSubmit={add} onCancel={onClose} />
        </Stack>
      )}
    </FormDialog>
  );
}

interface CustomProcedureFormProps {
  customProcedures: readonly CustomProcedure[];
  /** The procedure being edited; its own name is not a clash. Absent when adding. */
  editing?: CustomProcedure;
  submitLabel: string;
  onSubmit: (input: CustomProcedureInput, confirmedNotPatientData: boolean) => Promise<void>;
  onCancel: () => void;
}

/**
 * Name, category and advanced mark of an own procedure, checked the same way when adding and
 * editing; the name is free text, so it gets the patient-data check too.
 */
export function CustomProcedureForm({ customProcedures, editing, submitLabel, onSubmit, onCancel }: CustomProcedureFormProps) {
  const guard = useIdentifierGuard('customProcedure', editing);
  const { saving, submit: guardedSave } = useGuardedSave(guard);
  const form = useForm<CustomProcedureValues>({
    mode: 'controlled',
    initialValues: editing
      ? { name: editing.name, categoryId: editing.categoryId, advanced: editing.advanced }
      : { name: '', categoryId: '', advanced: false },
    validate: (values) => {
      const parsed = newProcedureSchema.safeParse({ ...values, categoryId: values.categoryId || undefined });
      const errors: Record<string, string> = {};
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      }
      // A second "TACE" would split the log between two names for one procedure.
      if (!errors.name && !hasLetterOrDigit(values.name)) errors.name = NAME_NEEDS_LETTERS;
      const others = editing ? customProcedures.filter((procedure) => procedure.id !== editing.id) : customProcedures;
      const existing = procedureLookup(others).get(compactKey(values.name));
      if (!errors.name && existing) {
        errors.name = `${existing.name} is already listed under ${findCategory(existing.categoryId).label}`;
      }
      return errors;
    },
  });
  useDialogDirty(form.isDirty());

  const submit = (values: CustomProcedureValues) => {
    const input = newProcedureSchema.parse(values);
    return guardedSave(input, (confirmed) => onSubmit(input, confirmed));
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        void submit(values);
      })}
      noValidate
      aria-label={editing ? `Edit ${editing.name}` : 'Add your own procedure'}
    >
      <Stack gap="md">
        <TextInput label="Name" withAsterisk placeholder="e.g. Splenic artery embolization" data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Case-mix category"
          withAsterisk
          data={CATEGORIES.map((category) => ({ value: category.id, label: category.label }))}
          {...form.getInputProps('categoryId')}
        />
        <Checkbox
          label="Advanced (high-yield) work"
          description="Embolization, arterial work, TIPS, tumor treatment, ablation or venous recanalization"
          {...form.getInputProps('advanced', { type: 'checkbox' })}
        />
        <IdentifierWarning guard={guard} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
