import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import type { RankDifference } from '../../../../shared/programs/rank-list';

interface SortableRankItemProps {
  id: string;
  name: string;
  position: number;
  count: number;
  difference: RankDifference | undefined;
  onMove: (from: number, to: number) => void;
}

function DifferenceBadge({ difference }: { difference: RankDifference | undefined }) {
  if (!difference) return null;
  const { computedRank, placesHigherInComputed: shift } = difference;
  if (shift === 0) {
    return (
      <Badge variant="light" color="gray" size="sm">
        computed #{computedRank} · same
      </Badge>
    );
  }
  const label = shift > 0 ? `${shift} higher` : `${-shift} lower`;
  return (
    <Tooltip label={`The computed ranking puts this program ${label}, at #${computedRank}.`}>
      <Badge variant="light" color="orange" size="sm">
        computed #{computedRank} · {shift > 0 ? '▲' : '▼'}
        {Math.abs(shift)}
      </Badge>
    </Tooltip>
  );
}

/** One program in the applicant's own order: drag by the handle, or use the arrow buttons. */
export function SortableRankItem({ id, name, position, count, difference, onMove }: SortableRankItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const differs = difference !== undefined && difference.placesHigherInComputed !== 0;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      px="xs"
      py={6}
      component="li"
      data-testid="rank-item"
      data-differs={differs || undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
        boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
        borderLeft: `3px solid ${differs ? 'var(--mantine-color-orange-5)' : 'transparent'}`,
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={`Drag ${name}`}
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
        <Text fw={700} w={28} c="dimmed">
          {position + 1}
        </Text>
        <Text size="sm" fw={500} style={{ flex: 1, minWidth: 0 }} truncate>
          {name}
        </Text>
        <DifferenceBadge difference={difference} />
        <ActionIcon
          variant="subtle"
          aria-label={`Move ${name} up`}
          disabled={position === 0}
          onClick={() => onMove(position, position - 1)}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          aria-label={`Move ${name} down`}
          disabled={position === count - 1}
          onClick={() => onMove(position, position + 1)}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
