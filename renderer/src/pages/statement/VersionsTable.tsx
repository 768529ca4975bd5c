import { ActionIcon, Button, Group, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { DraftVersion } from '../../../../shared/statement/statement-schema';
import { localToday } from '../../../../shared/local-today';
import { countWords } from '../../../../shared/statement/text-counts';
import { useFocusAfterRender } from '../../components/use-focus-after-render';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** When a version was saved, as "2026-10-01 09:30" in the computer's own time zone (it is stored in UTC). */
export function savedAtText(savedAt: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return savedAt;
  return `${localToday(date)} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

interface VersionsTableProps {
  versions: readonly DraftVersion[];
  /** The editor holds unsaved text, which a restore would throw away. */
  draftDirty: boolean;
  /** Rejects when the restore failed (the caller has said why). */
  onRestore: (id: string) => Promise<void>;
  onDelete: (version: DraftVersion) => void;
  /** Where focus goes once the row it was in is gone or rebuilt (the Versions heading). */
  focusList: () => void;
}

/** The saved versions, newest first; a restore asks first, in the row, and a delete offers Undo. */
export function VersionsTable({ versions, draftDirty, onRestore, onDelete, focusList }: VersionsTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const restoreButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterRender = useFocusAfterRender();

  const cancel = (id: string) => {
    setConfirming(null);
    focusAfterRender(() => restoreButtons.current.get(id));
  };
  const restore = (id: string) =>
    void onRestore(id).then(
      () => {
        setConfirming(null);
        focusList();
      },
      // Told by the caller; the question stays, to try again or cancel.
      () => undefined,
    );

  return (
    <Table aria-label="Saved versions" mb="md">
      <Table.Tbody>
        {[...versions].reverse().map((version) => (
          <Table.Tr key={version.id}>
            <Table.Td>{version.name}</Table.Td>
            <Table.Td c="dimmed">
              <time dateTime={version.savedAt}>{savedAtText(version.savedAt)}</time>
            </Table.Td>
            <Table.Td c="dimmed">{countWords(version.text)} words</Table.Td>
            <Table.Td ta="right">
              {confirming === version.id ? (
                <Group
                  gap={4}
                  justify="flex-end"
                  wrap="nowrap"
                  onKeyDown={(event) => {
                    if (event.key !== 'Escape') return;
                    event.stopPropagation();
                    cancel(version.id);
                  }}
                >
                  <Button size="compact-sm" color="orange" disabled={draftDirty} autoFocus onClick={() => restore(version.id)}>
                    Replace the draft with “{version.name}”
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => cancel(version.id)}>
                    Cancel
                  </Button>
                </Group>
              ) : (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={`Restore ${version.name}`}
                    disabled={draftDirty}
                    ref={(node) => {
                      if (node) restoreButtons.current.set(version.id, node);
                      else restoreButtons.current.delete(version.id);
                    }}
                    onClick={() => setConfirming(version.id)}
                  >
                    Restore
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${version.name}`}
                    onClick={() => {
                      // The row goes: focus leaves it first, so it does not fall to the top of the page.
                      focusList();
                      onDelete(version);
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
