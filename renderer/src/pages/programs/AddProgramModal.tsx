import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { programSchema } from '../../../../shared/programs/program-schema';

const nameSchema = programSchema.pick({ name: true });
const resolveName = schemaResolver(nameSchema, { sync: true });

interface AddProgramModalProps {
  opened: boolean;
  onClose: () => void;
  onCreate: (name: string) => Promise<void>;
}

/** A name is all a program needs to start; everything else is unknown until learned. */
export function AddProgramModal({ opened, onClose, onCreate }: AddProgramModalProps) {
  const form = useForm({ mode: 'controlled', initialValues: { name: '' }, validate: resolveName });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Add a program">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          void onCreate(nameSchema.parse(values).name).then(() => form.reset(), () => {});
        })}
      >
        <Stack>
          <TextInput label="Program name" placeholder="e.g. Riverside University Integrated IR" data-autofocus withAsterisk {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Add and edit</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
