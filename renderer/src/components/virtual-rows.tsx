import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';

interface VirtualRowsOptions {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** The scroll box's height, used before it is measured (first render, and tests). */
  viewportHeight: number;
  getKey: (index: number) => string | number;
  /** A row that stays rendered while scrolled out of view (the one being dragged), with every row between. */
  keepIndex?: number | null;
}

export interface VirtualRows {
  items: VirtualItem[];
  /** Heights of the empty rows above and below the rendered ones, which keep the scrollbar true. */
  paddingTop: number;
  paddingBottom: number;
  /** For rows whose height varies (wrapped names): ref each row with it, with `data-index={item.index}`. */
  measure: (element: Element | null) => void;
  /** Scrolls the box just enough to show a row (nothing when it is in view). */
  scrollToIndex: (index: number) => void;
}

/**
 * Only the table rows in view (and a few past each edge) are in the DOM, so a list of
 * thousands opens, scrolls and filters without lag. Render `items`, between two SpacerRows.
 */
export function useVirtualRows({ count, scrollRef, rowHeight, viewportHeight, getKey, keepIndex = null }: VirtualRowsOptions): VirtualRows {
  // The rows stay one unbroken run, so the two spacer rows still hold the scrollbar true.
  const keepRange = useCallback((range: Range) => withKeptIndex(defaultRangeExtractor(range), keepIndex, count), [keepIndex, count]);
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
    rangeExtractor: keepIndex === null ? defaultRangeExtractor : keepRange,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  return { items, paddingTop, paddingBottom, measure: virtualizer.measureElement, scrollToIndex };
}

/** The rendered indexes (ascending, unbroken), widened to reach `keep` when it lies outside them. */
export function withKeptIndex(indexes: number[], keep: number | null, count: number): number[] {
  if (keep === null || keep < 0 || keep >= count || indexes.length === 0) return indexes;
  const first = Math.min(indexes[0]!, keep);
  const last = Math.max(indexes[indexes.length - 1]!, keep);
  if (first === indexes[0] && last === indexes[indexes.length - 1]) return indexes;
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
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
