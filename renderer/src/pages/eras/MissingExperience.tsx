import { Button, Card, Group, Text } from '@mantine/core';

/** An entry whose experience was deleted from the tracker: it still takes a slot until removed. */
export function MissingExperience({ onRemove }: { onRemove: () => void }) {
  return (
    <Card withBorder component="li" aria-label="Deleted experience">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          This entry's experience was deleted from the tracker. Remove it to free the slot.
        </Text>
        <Button size="compact-sm" variant="light" color="red" onClick={onRemove}>
          Remove
        </Button>
      </Group>
    </Card>
  );
}
