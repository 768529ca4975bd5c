import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { sameNameProblem } from '../../../../shared/programs/program-names';
import { programSchema } from '../../../../shared/programs/program-schema';
import { FormDialog, useDialogDirty } from '../../components/FormDialog';

const nameSchema = programSchema.pick({ name: true });
const resolveName = schemaResolver(nameSchema, { sync: true });

interface AddProgramModalProps {
  opened: boolean;
  onClose: () => void;
  /** Resolves once the program is saved; rejects (after telling the user) to keep the name typed. */
  onCreate: (name: string) => Promise<void>;
  /** The names already on the shortlist: a second program of the same name is refused. */
  existingNames: readonly string[];
}

/** A name is all a program needs to start; everything else is unknown until learned. */
export function AddProgramModal({ opened, onClose, onCreate, existingNames }: AddProgramModalProps) {
  return (
    <FormDialog opened={opened} onClose={onClose} title="Add a program">
      {/* Mounted only while open, so every visit starts from an empty name. */}
      {opened && <AddProgramForm onCancel={onClose} onCreate={onCreate} existingNames={existingNames} />}
    </FormDialog>
  );
}

function AddProgramForm({ onCancel, onCreate, existingNames }: Omit<AddProgramModalProps, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '' },
    validate: (values) => {
      const errors = resolveName(values);
      const taken = sameNameProblem(values.name, existingNames);
      return taken && !errors.name ? { ...errors, name: taken } : errors;
    },
  });
  // Escape or ✕ on a typed name asks first, as every other dialog holding typed text does.
  useDialogDirty(form.isDirty());
  const create = async (name: string) => {
    setSaving(true);
    try {
      await onCreate(name);
    } catch {
      // Already reported by the page; the name stays for another try.
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        void create(nameSchema.parse(values).name);
      })}
    >
      <Stack>
        <TextInput label="Program name" placeholder="e.g. Riverside University Integrated IR" data-autofocus withAsterisk {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Add and edit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
