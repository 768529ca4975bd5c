import { Button, Card, Group, Text } from '@mantine/core';
import type { Ref } from 'react';

/** An entry whose experience was deleted from the tracker: it still takes a slot until removed. */
export function MissingExperience({ onRemove, headingRef }: { onRemove: () => void; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <Card withBorder component="li" aria-label="Deleted experience">
      <Group justify="space-between">
        <div>
          <Text component="h3" fw={600} size="sm" m={0} ref={headingRef} tabIndex={-1}>
            Deleted experience
          </Text>
          <Text size="sm" c="dimmed">
            This entry's experience was deleted from the tracker. Remove it to free the slot.
          </Text>
        </div>
        <Button size="compact-sm" variant="light" color="red" onClick={onRemove}>
          Remove
        </Button>
      </Group>
    </Card>
  );
}
