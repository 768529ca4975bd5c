import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import { memo } from 'react';
import classes from './RankList.module.css';

interface SortableRankItemProps {
  id: string;
  name: string;
  /** Index in the list, for moving. */
  position: number;
  count: number;
  /** The number shown, counting only programs in the match; null for a withdrawn one. */
  place: number | null;
  /** Where the computed ranking puts the program, if it ranks it at all; a place tied programs share. */
  computedPlace: number | undefined;
  computedTied: boolean;
  /** Positive when the computed ranking puts it higher than you do. */
  placesHigherInComputed: number;
  /** Stable: with plain-value props, a move renders again only the items whose place changed, and
   * the rest only as far as dnd-kit's context, which changes for every sortable item on a move. */
  onMove: (from: number, to: number) => void;
}

function differenceText(computedPlace: number, tied: boolean, shift: number): { badge: string; explanation: string } {
  const place = `#${computedPlace}${tied ? '=' : ''}`;
  if (shift === 0) {
    return {
      badge: `computed ${place} · same`,
      explanation: tied
        ? `The computed ranking puts this program at ${place}, tied with others; your place is among the places they share.`
        : `The computed ranking puts this program at the same place, ${place}.`,
    };
  }
  const places = shift > 0 ? `${shift} higher` : `${-shift} lower`;
  return {
    badge: `computed ${place} · ${shift > 0 ? '▲' : '▼'}${Math.abs(shift)}`,
    explanation: `The computed ranking puts this program ${places}, at ${place}${tied ? ' (tied with others)' : ''}.`,
  };
}

/** One program in the applicant's own order: drag by the handle, or use the arrow buttons. */
export const SortableRankItem = memo(function SortableRankItem(props: SortableRankItemProps) {
  const { id, name, position, count, place, computedPlace, computedTied, placesHigherInComputed: shift, onMove } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const differs = computedPlace !== undefined && shift !== 0;
  const difference = computedPlace === undefined ? null : differenceText(computedPlace, computedTied, shift);
  // At an end, the arrow is marked unavailable but keeps focus (a disabled button drops it to the
  // top of the page), so a program moved to the top with the keyboard can be moved on from there.
  const atTop = position === 0;
  const atBottom = position === count - 1;

  return (
    <li
      ref={setNodeRef}
      className={classes.item}
      data-testid="rank-item"
      aria-posinset={position + 1}
      aria-setsize={count}
      data-differs={differs || undefined}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button type="button" ref={setActivatorNodeRef} className={classes.handle} aria-label={`Drag ${name}`} {...attributes} {...listeners}>
        <IconGripVertical size={16} aria-hidden />
      </button>
      {place === null ? (
        <span className={classes.position} title="Withdrawn: not counted among your places" data-testid="rank-withdrawn" aria-hidden>
          –
        </span>
      ) : (
        <span className={classes.position}>{place}</span>
      )}
      <span className={classes.name} title={name}>
        {name}
      </span>
      {difference && (
        <span className={classes.badge} data-differs={differs || undefined} title={difference.explanation}>
          {difference.badge}
        </span>
      )}
      <button
        type="button"
        className={classes.iconButton}
        aria-label={`Move ${name} up`}
        aria-disabled={atTop || undefined}
        onClick={() => {
          if (!atTop) onMove(position, position - 1);
        }}
      >
        <IconArrowUp size={16} aria-hidden />
      </button>
      <button
        type="button"
        className={classes.iconButton}
        aria-label={`Move ${name} down`}
        aria-disabled={atBottom || undefined}
        onClick={() => {
          if (!atBottom) onMove(position, position + 1);
        }}
      >
        <IconArrowDown size={16} aria-hidden />
      </button>
    </li>
  );
});
