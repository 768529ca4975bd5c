import { Alert, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFilter, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { entriesPerProcedure } from '../../../../shared/exposure/exposure-mutations';
import type { ProcedureEntry } from '../../../../shared/exposure/procedure-schema';
import { findCategory, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { formatCount } from '../../../../shared/format-count';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { notifyDeletedWithUndo } from '../../components/notify-undo';
import { CustomProcedureForm, type CustomProcedureInput } from './CustomProcedureModal';

const logEntries = (count: number) => (count === 1 ? '1 log entry' : `${formatCount(count)} log entries`);

function editReach(used: number): string {
  if (used === 0) return 'No log entry uses it yet.';
  const which = used === 1 ? 'the one log entry that uses it' : `all ${logEntries(used)} that use it`;
  return `The change reaches ${which}, and the case mix counts ${used === 1 ? 'it' : 'them'} under the new category.`;
}

interface CustomProceduresManagerProps {
  customProcedures: readonly CustomProcedure[];
  procedures: readonly ProcedureEntry[];
  onClose: () => void;
  /** Reloads the log after a change. */
  onChanged: () => Promise<void>;
  /** Filters the log to one procedure's entries (and closes this dialog). */
  onShowEntries: (procedureId: string) => void;
}

/** Lists the applicant's own procedures with Edit and Delete. */
export function CustomProceduresManager({ customProcedures, procedures, onClose, onChanged, onShowEntries }: CustomProceduresManagerProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  /** The procedure whose delete was refused because entries use it. */
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const counts = useMemo(() => entriesPerProcedure(procedures), [procedures]);
  const sorted = useMemo(() => [...customProcedures].sort((a, b) => a.name.localeCompare(b.name)), [customProcedures]);
  const editing = customProcedures.find((procedure) => procedure.id === editingId);
  const refused = customProcedures.find((procedure) => procedure.id === refusedId);
  const usedBy = (id: string) => counts.get(id) ?? 0;

  const save = async (procedure: CustomProcedure, input: CustomProcedureInput, confirmedNotPatientData: boolean) => {
    try {
      const saved = unwrap(await api()['custom-procedures:update']({ procedure: { ...input, id: procedure.id }, confirmedNotPatientData }));
      const used = usedBy(saved.id);
      notifySuccess(used === 0 ? `Saved “${saved.name}”` : `Saved: ${logEntries(used)} now ${used === 1 ? 'shows' : 'show'} “${saved.name}”`);
      await onChanged();
      setEditingId(null);
    } catch (caught) {
      notifyFailure(caught, 'Your changes were not saved');
    }
  };

  const remove = async (procedure: CustomProcedure) => {
    // The main process refuses too; asking here first lets the dialog explain and offer Edit.
    if (usedBy(procedure.id) > 0) {
      setRefusedId(procedure.id);
      return;
    }
    setRefusedId(null);
    try {
      const removed = unwrap(await api()['custom-procedures:delete']({ id: procedure.id }));
      await onChanged();
      notifyDeletedWithUndo(`Deleted “${removed.name}”`, async () => {
        unwrap(await api()['custom-procedures:restore'](removed));
        await onChanged();
        notifySuccess(`Restored “${removed.name}”`);
      });
    } catch (caught) {
      notifyFailure(caught, 'Nothing was deleted');
    }
  };

  const editInstead = (id: string) => {
    setRefusedId(null);
    setEditingId(id);
  };

  return (
    <FormDialog opened onClose={onClose} title="Your own procedures" size="xl">
      {editing ? (
        <Stack gap="md">
          <div>
            <Title order={5}>Edit “{editing.name}”</Title>
            <Text size="sm" c="dimmed">
              {editReach(usedBy(editing.id))}
            </Text>
          </div>
          <CustomProcedureForm
            key={editing.id}
            customProcedures={customProcedures}
            editing={editing}
            submitLabel="Save changes"
            onSubmit={(input, confirmed) => save(editing, input, confirmed)}
            onCancel={() => setEditingId(null)}
          />
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Procedures you added because the list does not have them. Log entries point to the procedure itself, not to a
            copy of its name, so an edit here changes it in every entry. One that entries use cannot be deleted, so no
            entry is ever left without a procedure.
          </Text>
          {refused && (
            <Alert
              color="orange"
              role="alert"
              title={`“${refused.name}” is used by ${logEntries(usedBy(refused.id))}`}
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setRefusedId(null)}
            >
              <Text size="sm">
                It was not deleted: those entries would lose their procedure. To fix its name, category or advanced mark,
                edit it instead and every entry follows. To remove it, first change those entries to another procedure.
              </Text>
              <Group gap="xs" mt="sm">
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => editInstead(refused.id)}>
                  Edit instead
                </Button>
                <Button size="xs" variant="default" leftSection={<IconFilter size={14} />} onClick={() => onShowEntries(refused.id)}>
                  Show {usedBy(refused.id) === 1 ? 'the entry' : `the ${formatCount(usedBy(refused.id))} entries`} in the log
                </Button>
              </Group>
            </Alert>
          )}
          {sorted.length === 0 ? (
            <Text size="sm">You have no procedures of your own. Add one with “Add your own procedure” when the list lacks it.</Text>
          ) : (
            <Table aria-label="Your own procedures" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Procedure</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Used in</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((procedure) => (
                  <Table.Tr key={procedure.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{procedure.name}</Text>
                        {procedure.advanced && (
                          <Badge size="xs" variant="light" color="grape" style={{ flexShrink: 0 }}>
                            advanced
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{findCategory(procedure.categoryId).label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={usedBy(procedure.id) === 0 ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                        {usedBy(procedure.id) === 0 ? 'No entries' : logEntries(usedBy(procedure.id))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPencil size={14} />}
                          aria-label={`Edit ${procedure.name}`}
                          onClick={() => editInstead(procedure.id)}
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          aria-label={`Delete ${procedure.name}`}
                          onClick={() => void remove(procedure)}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </FormDialog>
  );
}
