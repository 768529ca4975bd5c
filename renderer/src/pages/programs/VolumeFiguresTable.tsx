import { ActionIcon, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { VOLUME_FIGURE_KIND_LABELS } from '../../../../shared/programs/program-schema';
import { FormDialog } from '../../components/FormDialog';
import type { VolumeFigureRow } from './program-form-values';
import { formatCount } from '../../../../shared/format-count';
import { CONFIDENCE_LABELS, VOLUME_SOURCE_LABELS } from './program-labels';
import { VolumeFigureForm, type VolumeFigureInput } from './VolumeFigureForm';

interface VolumeFiguresTableProps {
  figures: VolumeFigureRow[];
  onAdd: (figure: VolumeFigureInput) => void;
  onReplace: (index: number, figure: VolumeFigureInput) => void;
  onRemove: (index: number) => void;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; index: number };

export function VolumeFiguresTable({ figures, onAdd, onReplace, onRemove }: VolumeFiguresTableProps) {
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const close = () => setEditing({ mode: 'closed' });
  const current = editing.mode === 'edit' ? figures[editing.index] : undefined;
  // Removing a figure takes its focused button away: focus goes to "Add volume figure", below the table.
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (index: number) => {
    onRemove(index);
    addButton.current?.focus();
  };

  return (
    <>
      {figures.length === 0 ? (
        <Text size="sm" c="dimmed">
          No numbers yet. Add what the program says, and say what the number counts.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} aria-label="Volume figures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>What it counts</Table.Th>
                <Table.Th ta="right">Procedures</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Learned</Table.Th>
                <Table.Th>Confidence</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.map((figure, index) => (
                <Table.Tr key={figure.key}>
                  <Table.Td>
                    <Text size="sm">{VOLUME_FIGURE_KIND_LABELS[figure.kind]}</Text>
                    {figure.note && (
                      // A long unbroken note would widen the column and push the buttons out of view.
                      <Text size="xs" c="dimmed" lineClamp={1} title={figure.note} style={{ overflowWrap: 'anywhere' }}>
                        {figure.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCount(figure.value)}
                  </Table.Td>
                  <Table.Td>{VOLUME_SOURCE_LABELS[figure.source]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{figure.learnedOn}</Table.Td>
                  <Table.Td>{CONFIDENCE_LABELS[figure.confidence]}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label="Edit figure" onClick={() => setEditing({ mode: 'edit', index })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label="Remove figure" onClick={() => remove(index)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Button
        ref={addButton}
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => setEditing({ mode: 'new' })}
        w="fit-content"
      >
        Add volume figure
      </Button>
      <FormDialog opened={editing.mode !== 'closed'} onClose={close} title={current ? 'Edit volume figure' : 'Add a volume figure'} size="lg">
        {editing.mode !== 'closed' && (
          <VolumeFigureForm
            initial={current ? stripKey(current) : null}
            onCancel={close}
            onSubmit={(figure) => {
              if (editing.mode === 'edit') onReplace(editing.index, figure);
              else onAdd(figure);
              close();
            }}
          />
        )}
      </FormDialog>
    </>
  );
}

function stripKey({ key: _key, ...figure }: VolumeFigureRow): VolumeFigureInput {
  return figure;
}
