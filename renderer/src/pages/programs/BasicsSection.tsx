import { Badge, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { PROGRAM_STATUS_LABELS, type Program } from '../../../../shared/programs/program-schema';
import type { ProgramForm } from './program-form-context';
import { STATUS_COLORS, STATUS_OPTIONS } from './program-labels';

export function BasicsSection({ form, history }: { form: ProgramForm; history: Program['statusHistory'] }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Program name" withAsterisk {...form.getInputProps('name')} />
        <TextInput label="Institution" placeholder="Sponsoring hospital or university" {...form.getInputProps('institution')} />
        <TextInput label="City" {...form.getInputProps('city')} />
        <TextInput label="State" {...form.getInputProps('state')} />
        <TextInput label="Website" placeholder="https://" {...form.getInputProps('website')} />
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          allowDeselect={false}
          description="Changing it adds a dated entry to the history below when you save."
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      {history.length > 0 && (
        <Group gap={6} aria-label="Status history">
          <Text size="xs" c="dimmed">
            History:
          </Text>
          {history.map((change, index) => (
            <Badge key={`${change.status}-${change.date}-${index}`} variant="light" color={STATUS_COLORS[change.status]} size="sm">
              {PROGRAM_STATUS_LABELS[change.status]} · {change.date}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
