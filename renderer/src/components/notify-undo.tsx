import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications, notificationsStore } from '@mantine/notifications';
import { notifyFailure } from '../api';
import { isTextEntry, isUndoShortcut, undoShortcutAria, undoShortcutLabel } from './undo-shortcut';

let counter = 0;

const SHOWN_FOR_MS = 10_000;

interface UndoNotice {
  message: string;
  title?: string;
  color?: string;
  /** Throws when the change could not be undone; the notice then comes back so the user can try again. */
  undo: () => Promise<void>;
  /** Title of the message shown when undo fails. */
  failureTitle?: string;
}

interface PendingUndo {
  id: string;
  notice: UndoNotice;
}

/** Notices still offering Undo, oldest first; the shortcut undoes the newest one on screen. */
const pending: PendingUndo[] = [];
let running = false;

const isOnScreen = (id: string) => notificationsStore.getState().notifications.some((shown) => shown.id === id);

function forget(id: string): void {
  const index = pending.findIndex((item) => item.id === id);
  if (index === -1) return;
  pending.splice(index, 1);
  const newest = pending.at(-1);
  // The notice below now answers the shortcut. Later: this runs inside Mantine's own state change.
  if (index === pending.length && newest) queueMicrotask(() => notifications.update({ id: newest.id, message: noticeMessage(newest, true) }));
}

function runUndo(item: PendingUndo): void {
  if (running) return; // a second press while the first undo runs would put the data back twice
  running = true;
  forget(item.id);
  notifications.hide(item.id);
  item.notice
    .undo()
    .catch((error: unknown) => {
      notifyFailure(error, item.notice.failureTitle ?? 'Undo did not work');
      // Offered again: the failure's advice (add the procedure back, pick another…) may make a retry work.
      show(item.notice);
    })
    .finally(() => {
      running = false;
    });
}

function undoNewestOnKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || !isUndoShortcut(event) || isTextEntry(event.target)) return;
  const newest = [...pending].reverse().find((item) => isOnScreen(item.id));
  if (!newest) return;
  event.preventDefault();
  runUndo(newest);
}

let listening = false;
function listenForShortcut(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', undoNewestOnKey);
}

function noticeMessage(item: PendingUndo, newest: boolean) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0}>
        <Text size="sm">{item.notice.message}</Text>
        {newest && (
          <Text size="xs" c="dimmed">
            Or press {undoShortcutLabel()}
          </Text>
        )}
      </Stack>
      <Button
        size="compact-sm"
        variant="light"
        aria-keyshortcuts={newest ? undoShortcutAria() : undefined}
        onClick={() => runUndo(item)}
      >
        Undo
      </Button>
    </Group>
  );
}

function show(notice: UndoNotice): void {
  counter += 1;
  const item: PendingUndo = { id: `undo-${counter}`, notice };
  // Only the newest notice answers the shortcut, so only it says so.
  for (const older of pending) notifications.update({ id: older.id, message: noticeMessage(older, false) });
  pending.push(item);
  listenForShortcut();
  notifications.show({
    id: item.id,
    ...(notice.title ? { title: notice.title } : {}),
    ...(notice.color ? { color: notice.color } : {}),
    // Mantine keeps it open while the pointer is over it or focus is in it.
    autoClose: SHOWN_FOR_MS,
    message: noticeMessage(item, true),
    onClose: () => forget(item.id),
  });
}

/**
 * Withdraws every Undo on offer: the data they would change back was replaced whole (the sample
 * loaded or cleared, a backup restored or imported). Undoing then would put an entry of one data
 * set into another.
 */
export function withdrawAllUndos(): void {
  for (const item of pending.splice(0)) notifications.hide(item.id);
}

/** Changes happen at once; the notification offers the way back instead of asking first. */
export function notifyWithUndo(notice: UndoNotice): void {
  show(notice);
}

export function notifyDeletedWithUndo(message: string, undo: () => Promise<void>): void {
  notifyWithUndo({ message, undo });
}
