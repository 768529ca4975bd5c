import { Modal, Text, type ModalProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { setUnsaved } from '../app/unsaved-changes';

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
 * The form's own Cancel button, and closing after a save, go straight to `onClose`. While it holds
 * unsaved input, closing or reloading the window asks first too.
 */
export function FormDialog({ onClose, children, ...props }: ModalProps) {
  const dirty = useRef(false);
  const [owner] = useState(() => ({}));
  const report = useCallback(
    (next: boolean) => {
      dirty.current = next;
      setUnsaved(owner, next ? { what: 'the open dialog', kept: false } : null);
    },
    [owner],
  );
  useEffect(() => () => setUnsaved(owner, null), [owner]);
  // Escape reaches this dialog as well as the question above it (Mantine listens on the window):
  // while the question is open, Escape is its answer ("Keep editing"), not a second question.
  const asking = useRef(false);
  const requestClose = () => {
    if (asking.current) return;
    if (!dirty.current) return onClose();
    asking.current = true;
    modals.openConfirmModal({
      title: 'Discard your changes?',
      children: <Text size="sm">What you typed in this dialog is not saved yet.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onClose: () => {
        // Once this Escape has reached every dialog listening for it.
        setTimeout(() => {
          asking.current = false;
        }, 0);
      },
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
