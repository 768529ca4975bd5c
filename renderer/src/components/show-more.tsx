import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * The first `first` items until the user asks for the rest: a long list (hundreds of programs or
 * experiences) still opens at once, and nothing is out of reach.
 */
export function useShowMore<T>(items: readonly T[], first: number): { shown: readonly T[]; hidden: number; showAll: () => void } {
  const [all, setAll] = useState(false);
  const shown = all || items.length <= first ? items : items.slice(0, first);
  return { shown, hidden: items.length - shown.length, showAll: () => setAll(true) };
}

/** The button under such a list; nothing when every item is shown. */
export function ShowMoreButton({ hidden, onClick, children }: { hidden: number; onClick: () => void; children: ReactNode }) {
  if (hidden <= 0) return null;
  return (
    <Button variant="subtle" onClick={onClick} style={{ alignSelf: 'flex-start' }}>
      {children}
    </Button>
  );
}
