import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Draft } from '../../../../shared/statement/statement-schema';
import { countWords } from '../../../../shared/statement/text-counts';

const CURRENT = 'current';

interface VersionsCardProps {
  draft: Draft;
  /** The editor holds text not yet saved: a version or a restore would not include it. */
  draftDirty: boolean;
  onSaveVersion: (name: string) => Promise<void>;
  onRestore: (id: string) => Promise<void>;
}

/** Named snapshots of the draft, restore, and two of them side by side. */
export function VersionsCard({ draft, draftDirty, onSaveVersion, onRestore }: VersionsCardProps) {
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [left, setLeft] = useState<string | null>(draft.versions.at(-1)?.id ?? null);
  const [right, setRight] = useState<string | null>(CURRENT);
  const options = [{ value: CURRENT, label: 'Current draft' }, ...draft.versions.map((version) => ({ value: version.id, label: version.name }))];
  const textOf = (id: string | null) => (id === CURRENT ? draft.text : (draft.versions.find((version) => version.id === id)?.text ?? ''));

  return (
    <Card withBorder>
      <Title order={4}>Versions</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Keep a named copy before a big rewrite. Restoring keeps the text it replaces as a version too.
      </Text>
      {draftDirty ? (
        <Text size="sm" c="orange" mb="sm">
          Save or discard your draft changes first, so nothing you typed is left out or lost.
        </Text>
      ) : null}
      <Group align="flex-end" mb="md">
        <TextInput label="Version name" placeholder="e.g. After Dr. Lee’s comments" value={name} onChange={(event) => setName(event.currentTarget.value)} style={{ flex: 1 }} />
        <Button
          disabled={name.trim() === '' || draftDirty}
          onClick={() => {
            void onSaveVersion(name.trim()).then(() => setName(''));
          }}
        >
          Save as version
        </Button>
      </Group>
      {draft.versions.length > 0 ? (
        <Table aria-label="Saved versions" mb="md">
          <Table.Tbody>
            {[...draft.versions].reverse().map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>{version.name}</Table.Td>
                <Table.Td c="dimmed">{version.savedAt.slice(0, 16).replace('T', ' ')}</Table.Td>
                <Table.Td c="dimmed">{countWords(version.text)} words</Table.Td>
                <Table.Td ta="right">
                  {confirming === version.id ? (
                    <Group gap={4} justify="flex-end">
                      <Button size="compact-sm" color="orange" disabled={draftDirty} onClick={() => void onRestore(version.id).then(() => setConfirming(null))}>
                        Replace the draft with “{version.name}”
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setConfirming(null)}>
                        Cancel
                      </Button>
                    </Group>
                  ) : (
                    <Button size="compact-sm" variant="light" aria-label={`Restore ${version.name}`} disabled={draftDirty} onClick={() => setConfirming(version.id)}>
                      Restore
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" mb="md">
          No saved versions yet.
        </Text>
      )}
      <Title order={5} mb="xs">
        Side by side
      </Title>
      <SimpleGrid cols={2}>
        {[
          { label: 'Left', value: left, set: setLeft },
          { label: 'Right', value: right, set: setRight },
        ].map((side) => (
          <Stack key={side.label} gap="xs">
            <Select label={`${side.label} side`} data={options} value={side.value} onChange={side.set} allowDeselect={false} />
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label={`${side.label} text`} p="xs" bg="gray.0">
              {textOf(side.value) || '—'}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
