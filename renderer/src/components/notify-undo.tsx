import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { notifyFailure } from '../api';

let counter = 0;

interface UndoNotice {
  message: string;
  title?: string;
  color?: string;
  undo: () => Promise<void>;
}

/** Changes happen at once; the notification offers the way back instead of asking first. */
export function notifyWithUndo({ message, title, color, undo }: UndoNotice): void {
  counter += 1;
  const id = `undo-${counter}`;
  notifications.show({
    id,
    ...(title ? { title } : {}),
    ...(color ? { color } : {}),
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo().catch((error: unknown) => notifyFailure(error, 'Undo did not work'));
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}

export function notifyDeletedWithUndo(message: string, undo: () => Promise<void>): void {
  notifyWithUndo({ message, undo });
}
