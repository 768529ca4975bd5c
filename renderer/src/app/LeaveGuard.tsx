import { Button, Group, Modal, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { describeUnsaved } from './unsaved-changes';

type ConfirmLeave = (proceed: () => void) => void;

const LeaveContext = createContext<ConfirmLeave>((proceed) => proceed());

/**
 * Runs `proceed` (open another section, go back to a list) at once when nothing typed would be
 * lost, and otherwise only after the user chooses to leave without saving.
 */
export const useConfirmLeave = (): ConfirmLeave => useContext(LeaveContext);

/** Asks before unsaved edits are lost: on leaving a page (a dialog here) and on closing the window (beforeunload). */
export function LeaveGuard({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ proceed: () => void; what: string } | null>(null);
  const confirmLeave = useCallback<ConfirmLeave>((proceed) => {
    const lost = describeUnsaved('lostOnLeaving');
    if (lost === '') proceed();
    else setPending({ proceed, what: lost });
  }, []);

  useEffect(() => {
    // The browser (or, in the desktop app, the main process's will-prevent-unload dialog) asks the user.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (describeUnsaved() !== '') event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return (
    <LeaveContext.Provider value={confirmLeave}>
      {children}
      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Leave without saving?">
        <Text size="sm">Your changes to {pending?.what} are not saved. Leave now and they are lost.</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            Stay and keep editing
          </Button>
          <Button
            color="red"
            onClick={() => {
              pending?.proceed();
              setPending(null);
            }}
          >
            Leave without saving
          </Button>
        </Group>
      </Modal>
    </LeaveContext.Provider>
  );
}
