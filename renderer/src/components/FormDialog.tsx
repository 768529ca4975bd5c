import { Modal, Text, type ModalProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { createContext, useCallback, useContext, useEffect, useRef } from 'react';

const DirtyReport = createContext<((dirty: boolean) => void) | null>(null);

/**
 * A form inside a FormDialog says here whether it holds unsaved input; elsewhere (a form on a page)
 * this does nothing.
 */
export function useDialogDirty(dirty: boolean): void {
  const report = useContext(DirtyReport);
  useEffect(() => {
    report?.(dirty);
    return () => report?.(false);
  }, [report, dirty]);
}

/**
 * A Modal holding a form: Escape or the close button asks before throwing away what was typed.
 * The form's own Cancel button, and closing after a save, go straight to `onClose`.
 */
export function FormDialog({ onClose, children, ...props }: ModalProps) {
  const dirty = useRef(false);
  const report = useCallback((next: boolean) => {
    dirty.current = next;
  }, []);
  const requestClose = () => {
    if (!dirty.current) return onClose();
    modals.openConfirmModal({
      title: 'Discard your changes?',
      children: <Text size="sm">What you typed in this dialog is not saved yet.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        dirty.current = false;
        onClose();
      },
    });
  };
  return (
    <Modal {...props} onClose={requestClose}>
      <DirtyReport.Provider value={report}>{children}</DirtyReport.Provider>
    </Modal>
  );
}
