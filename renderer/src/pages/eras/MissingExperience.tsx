import { Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import type { ErasEntry } from '../../../../shared/statement/statement-schema';

interface MissingExperienceProps {
  entry: ErasEntry;
  onRemove: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Written text of the entry, read-only, so it can be copied before the entry goes. */
function WrittenText({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </div>
  );
}

/**
 * An entry whose experience was deleted from the tracker: it still takes a slot until removed,
 * and what was written for it stays readable until then.
 */
export function MissingExperience({ entry, onRemove, headingRef }: MissingExperienceProps) {
  const written = entry.description.trim() !== '' || entry.reflection.trim() !== '';
  return (
    <Card withBorder component="li" aria-label="Deleted experience">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text component="h3" fw={600} size="sm" m={0} ref={headingRef} tabIndex={-1}>
              Deleted experience
            </Text>
            <Text size="sm" c="dimmed">
              This entry's experience was deleted from the tracker. Remove it to free the slot
              {written ? '; copy what you wrote below first if you want to keep it.' : '.'}
            </Text>
          </div>
          <Button size="compact-sm" variant="light" color="red" onClick={onRemove}>
            Remove
          </Button>
        </Group>
        <WrittenText label="Description" text={entry.description} />
        <WrittenText label="Most meaningful reflection" text={entry.reflection} />
      </Stack>
    </Card>
  );
}
