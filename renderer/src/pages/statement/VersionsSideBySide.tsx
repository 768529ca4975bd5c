import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Draft } from '../../../../shared/statement/statement-schema';
import { useKeptValue, type EditKeeper } from '../../app/edit-keeper';

const CURRENT = 'current';

interface VersionsSideBySideProps {
  draft: Draft;
  /** The editor's unsaved text: the current draft is shown as on screen, saved or not. */
  draftKeeper?: EditKeeper<string>;
}

/** Two texts side by side: any version, or the current draft. */
export function VersionsSideBySide({ draft, draftKeeper }: VersionsSideBySideProps) {
  const current = useKeptValue(draftKeeper, draft.text);
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string>(CURRENT);
  const exists = (id: string | null) => id === CURRENT || draft.versions.some((version) => version.id === id);
  // Until one is chosen (and after the chosen one is deleted): the newest version, beside the draft.
  const shown = {
    left: left !== null && exists(left) ? left : (draft.versions.at(-1)?.id ?? CURRENT),
    right: exists(right) ? right : CURRENT,
  };
  const options = [
    { value: CURRENT, label: current === draft.text ? 'Current draft' : 'Current draft (not saved yet)' },
    ...draft.versions.map((version) => ({ value: version.id, label: version.name })),
  ];
  const textOf = (id: string) => (id === CURRENT ? current : (draft.versions.find((version) => version.id === id)?.text ?? ''));

  return (
    <>
      <Title order={5} mb="xs">
        Side by side
      </Title>
      <SimpleGrid cols={2}>
        {[
          { label: 'Left', value: shown.left, set: setLeft },
          { label: 'Right', value: shown.right, set: (value: string | null) => setRight(value ?? CURRENT) },
        ].map((side) => (
          <Stack key={side.label} gap="xs">
            <Select label={`${side.label} side`} data={options} value={side.value} onChange={side.set} allowDeselect={false} />
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label={`${side.label} text`} p="xs" bg="gray.0">
              {textOf(side.value) || '—'}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </>
  );
}
