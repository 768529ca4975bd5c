import { FileButton } from '@mantine/core';
import { useRef, type ReactNode } from 'react';

interface PickFileButtonProps {
  onPick: (file: File) => void;
  accept: string;
  children: (props: { onClick: () => void }) => ReactNode;
}

/**
 * A button that opens the file picker. The picker is emptied after each choice, so choosing the
 * same file again (after Cancel, or after fixing the file) is read again: a browser's file input
 * says nothing when its value has not changed.
 */
export function PickFileButton({ onPick, accept, children }: PickFileButtonProps) {
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      resetRef={resetRef}
      accept={accept}
      onChange={(file) => {
        resetRef.current?.();
        if (file) onPick(file);
      }}
    >
      {children}
    </FileButton>
  );
}
