import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback, useRef, useState } from 'react';
import type { RankDifference } from '../../../../shared/programs/rank-list';
import { useVirtualRows } from '../../components/virtual-rows';
import { SortableRankItem } from './SortableRankItem';
import classes from './RankList.module.css';

/** An item's height plus the gap below it (`.item` in RankList.module.css). */
const ITEM_STRIDE = 48;
export const RANK_LIST_HEIGHT = 600;
/** Droppables mount as the list scrolls during a drag, so dnd-kit measures them as they come. */
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };
const SCREEN_READER_INSTRUCTIONS = {
  draggable: 'To move a program, press Space, use the up and down arrow keys, then press Space again to drop it or Escape to cancel.',
};

interface SortableRankListProps {
  names: ReadonlyMap<string, string>;
  order: readonly string[];
  /** Each row's number as shown: null for a withdrawn program, which is not counted. */
  places: ReadonlyMap<string, number | null>;
  differences: ReadonlyMap<string, RankDifference>;
  /** Stable, like the other props while nothing moves: the list renders only when the order does. */
  onMove: (from: number, to: number) => void;
}

/**
 * The applicant's order, to drag or move with arrow buttons. A heavy shortlist ranks hundreds of
 * programs, and a move re-renders every sortable item in the page (dnd-kit's context changes for
 * all of them), so the list scrolls in its own box with only the items in view rendered.
 */
export const SortableRankList = memo(function SortableRankList({ names, order, places, differences, onMove: move }: SortableRankListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const { items, paddingTop, paddingBottom, scrollToIndex } = useVirtualRows({
    count: order.length,
    scrollRef,
    rowHeight: ITEM_STRIDE,
    viewportHeight: RANK_LIST_HEIGHT,
    getKey: (index) => order[index] ?? index,
    keepIndex: dragged,
  });
  // A program moved with its arrow buttons stays in view, and so keeps its focus.
  const moveInView = useCallback(
    (from: number, to: number) => {
      move(from, to);
      scrollToIndex(to);
    },
    [move, scrollToIndex],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => names.get(String(id)) ?? String(id);

  const onDragStart = ({ active }: DragStartEvent) => setDragged(order.indexOf(String(active.id)));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };

  // Said as the list shows it: a withdrawn row has no number, so it is named instead.
  const placeOf = (id: string | number) => places.get(String(id)) ?? null;
  const at = (id: string | number) => {
    const place = placeOf(id);
    return place === null ? nameOf(id) : `place ${place}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const place = placeOf(active.id);
      return place === null ? `Picked up ${nameOf(active.id)}.` : `Picked up ${nameOf(active.id)}, at place ${place}.`;
    },
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over ${at(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at ${at(over.id)}.` : `${nameOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => {
      const place = placeOf(active.id);
      const back = place === null ? 'it is back where it was' : `it is back at place ${place}`;
      return `Moving ${nameOf(active.id)} was cancelled; ${back}.`;
    },
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      measuring={MEASURING}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <SortableContext items={order as string[]} strategy={verticalListSortingStrategy}>
        <div ref={scrollRef} className={classes.scroll} style={{ maxHeight: RANK_LIST_HEIGHT }} data-testid="rank-list-scroll">
          <ol className={classes.list} aria-label="Your rank list" style={{ paddingTop, paddingBottom }}>
            {items.map(({ index }) => {
              const id = order[index];
              if (id === undefined) return null;
              const difference = differences.get(id);
              return (
                <SortableRankItem
                  key={id}
                  id={id}
                  name={nameOf(id)}
                  position={index}
                  place={places.get(id) ?? null}
                  count={order.length}
                  computedPlace={difference?.computedPlace}
                  computedTied={difference?.tied ?? false}
                  placesHigherInComputed={difference?.placesHigherInComputed ?? 0}
                  onMove={moveInView}
                />
              );
            })}
          </ol>
        </div>
      </SortableContext>
    </DndContext>
  );
});
