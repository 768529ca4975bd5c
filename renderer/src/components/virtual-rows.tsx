import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

interface VirtualRowsOptions {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** The scroll box's height, used before it is measured (first render, and tests). */
  viewportHeight: number;
  getKey: (index: number) => string | number;
}

export interface VirtualRows {
  items: VirtualItem[];
  /** Heights of the empty rows above and below the rendered ones, which keep the scrollbar true. */
  paddingTop: number;
  paddingBottom: number;
  /** For rows whose height varies (wrapped names): ref each row with it, with `data-index={item.index}`. */
  measure: (element: Element | null) => void;
}

/**
 * Only the table rows in view (and a few past each edge) are in the DOM, so a list of
 * thousands opens, scrolls and filters without lag. Render `items`, between two SpacerRows.
 */
export function useVirtualRows({ count, scrollRef, rowHeight, viewportHeight, getKey }: VirtualRowsOptions): VirtualRows {
  // The virtualizer's functions change identity as it scrolls; callers get plain values, never them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Enough rows past the edges for a smooth scroll; each extra row is work on every filter keystroke.
    overscan: 5,
    initialRect: { width: 1000, height: viewportHeight },
    getItemKey: getKey,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return { items, paddingTop, paddingBottom, measure: virtualizer.measureElement };
}

/** An empty row standing in for the rows scrolled out of the DOM. */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
