import { ActionIcon, Button, Group, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ProgramForm } from './program-form-context';
import { rowKey } from './program-form-values';
import { PATHWAY_OPTIONS, PRELIM_KIND_OPTIONS, STATUS_OPTIONS } from './program-labels';

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : rowKey());

export function PathwaysSection({ form }: { form: ProgramForm }) {
  const { values } = form;
  const pathwaysError = form.errors.pathways;
  const offersIntegrated = values.pathways.some((row) => row.pathway === 'integrated-ir');
  // A PGY-2 start belongs to integrated positions only. A setting left on after the integrated
  // pathway went stays in view, so it can be seen and turned off rather than kept unseen.
  const showPgy2Start = offersIntegrated || values.integratedStartsPgy2;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        Pathways offered
      </Text>
      {values.pathways.length === 0 && (
        <Text size="sm" c="dimmed">
          None listed yet.
        </Text>
      )}
      {values.pathways.map((row, index) => (
        <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
          <Select
            aria-label={`Pathway ${index + 1}`}
            placeholder="Choose a pathway"
            data={PATHWAY_OPTIONS}
            allowDeselect={false}
            style={{ flex: 1 }}
            {...form.getInputProps(`pathways.${index}.pathway`)}
          />
          <NumberInput
            aria-label={`Positions per year, pathway ${index + 1}`}
            placeholder="Positions / year (unknown)"
            hideControls
            w={220}
            {...form.getInputProps(`pathways.${index}.positionsPerYear`)}
          />
          <ActionIcon variant="subtle" color="red" mt={6} aria-label={`Remove pathway ${index + 1}`} onClick={() => form.removeListItem('pathways', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {typeof pathwaysError === 'string' && (
        <Text size="sm" c="red">
          {pathwaysError}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('pathways', { key: rowKey(), pathway: '', positionsPerYear: '' })}
      >
        Add pathway
      </Button>

      {showPgy2Start && (
        <Switch
          mt="sm"
          label="Integrated positions start at PGY-2 (advanced)"
          description={
            offersIntegrated
              ? 'If so, you also need a preliminary or transitional year; track those applications below.'
              : 'This program lists no integrated pathway: turn this off, or add the integrated pathway above.'
          }
          {...form.getInputProps('integratedStartsPgy2', { type: 'checkbox' })}
        />
      )}
      {values.integratedStartsPgy2 && (
        <Stack gap="xs" pl="md">
          <Text size="sm" fw={600}>
            Paired preliminary / transitional-year applications
          </Text>
          {values.prelimApplications.map((row, index) => (
            <Group key={row.id} align="flex-start" gap="sm" wrap="nowrap">
              <TextInput
                aria-label={`Prelim program ${index + 1}`}
                placeholder="Program name"
                style={{ flex: 1 }}
                {...form.getInputProps(`prelimApplications.${index}.program`)}
              />
              <Select
                aria-label={`Prelim kind ${index + 1}`}
                data={PRELIM_KIND_OPTIONS}
                allowDeselect={false}
                w={180}
                {...form.getInputProps(`prelimApplications.${index}.kind`)}
              />
              <Select
                aria-label={`Prelim status ${index + 1}`}
                data={STATUS_OPTIONS}
                allowDeselect={false}
                w={180}
                {...form.getInputProps(`prelimApplications.${index}.status`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={6}
                aria-label={`Remove prelim application ${index + 1}`}
                onClick={() => form.removeListItem('prelimApplications', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              form.insertListItem('prelimApplications', { id: newId(), program: '', kind: 'preliminary', status: 'researching' })
            }
          >
            Add prelim / TY application
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
