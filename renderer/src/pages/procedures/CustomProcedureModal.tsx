import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { compactKey, procedureLookup } from '../../../../shared/exposure/procedure-vocabulary';
import { CATEGORIES, customProcedureSchema, findCategory, type CategoryId, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';

const newProcedureSchema = customProcedureSchema.omit({ id: true });

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
  return (
    <Modal opened={opened} onClose={onClose} title="Add your own procedure">
      {/* Mounted only while open, so every visit starts from an empty form. */}
      {opened && <CustomProcedureForm customProcedures={customProcedures} onClose={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function CustomProcedureForm({ customProcedures, onClose, onAdded }: Omit<CustomProcedureModalProps, 'opened'>) {
  const [saving, setSaving] = useState(false);
  const form = useForm<CustomProcedureValues>({
    mode: 'controlled',
    initialValues: { name: '', categoryId: '', advanced: false },
    validate: (values) => {
      const parsed = newProcedureSchema.safeParse({ ...values, categoryId: values.categoryId || undefined });
      const errors: Record<string, string> = {};
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      }
      // A second "TACE" would split the log between two names for one procedure.
      const existing = procedureLookup(customProcedures).get(compactKey(values.name));
      if (!errors.name && existing) {
        errors.name = `${existing.name} is already listed under ${findCategory(existing.categoryId).label}`;
      }
      return errors;
    },
  });

  const submit = async (values: CustomProcedureValues) => {
    setSaving(true);
    try {
      const added = unwrap(await api()['custom-procedures:add'](newProcedureSchema.parse(values)));
      notifySuccess(`${added.name} added under ${findCategory(added.categoryId).label}`);
      await onAdded(added);
      onClose();
    } catch (caught) {
      notifyFailure(caught, 'The procedure was not added');
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
        <Text size="sm" c="dimmed">
          For work the list does not have. It appears in the procedure list under its category and counts toward your case mix.
        </Text>
        <TextInput label="Name" withAsterisk placeholder="e.g. Splenic artery embolization" data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Case-mix category"
          withAsterisk
          data={CATEGORIES.map((category) => ({ value: category.id, label: category.label }))}
          {...form.getInputProps('categoryId')}
        />
        <Checkbox
          label="Advanced (high-yield) work"
          description="Embolization, arterial work, TIPS, tumour treatment, ablation or venous recanalization"
          {...form.getInputProps('advanced', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Add procedure
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
