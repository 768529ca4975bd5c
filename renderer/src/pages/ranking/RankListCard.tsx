import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Alert, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { compareWithComputed } from '../../../../shared/programs/rank-list';
import { SortableRankItem } from './SortableRankItem';
import classes from './RankList.module.css';
import type { RankSaveState } from './use-saved-rank-order';

interface RankListCardProps {
  /** Program names by id. */
  names: ReadonlyMap<string, string>;
  /** The applicant's order, complete (every program once). */
  order: readonly string[];
  /** Program ids best first under the current weights. */
  computedOrder: readonly string[];
  saveState: RankSaveState;
  onMove: (from: number, to: number) => void;
}

/** The applicant's own rank order beside the computed one, with the differences marked. */
export function RankListCard({ names, order, computedOrder, saveState, onMove: move }: RankListCardProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const differences = useMemo(() => compareWithComputed(order, computedOrder), [order, computedOrder]);
  const differing = [...differences.values()].filter((d) => d.placesHigherInComputed !== 0).length;
  const nameOf = (id: string | number) => names.get(String(id)) ?? String(id);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };

  const position = (id: string | number) => order.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, at place ${position(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over place ${position(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped at place ${position(over.id)}.` : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it is back at place ${position(active.id)}.`,
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Your rank list</Title>
          <Badge variant="light" color={saveState === 'failed' ? 'red' : saveState === 'saving' ? 'blue' : 'teal'} aria-live="polite" data-testid="rank-save-state">
            {saveState === 'failed' ? 'Not saved' : saveState === 'saving' ? 'Saving…' : 'Saved'}
          </Badge>
        </Group>
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} title="Rank in your true order of preference">
          The Match works best for you when programs are listed in the order you would really choose them; ranking a
          program lower because you guess your chances there are slim only costs you. Use the computed score as a
          prompt to question your order, not as the order itself.
        </Alert>
        <Text size="sm" c="dimmed">
          Drag a program by its handle (or focus the handle and use Space and the arrow keys), or use the arrow buttons.
          {differing > 0 && ` ${differing} of ${order.length} programs sit somewhere else in the computed ranking; they are marked in orange.`}
        </Text>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                announcements,
                screenReaderInstructions: {
                  draggable: 'To move a program, press Space, use the up and down arrow keys, then press Space again to drop it or Escape to cancel.',
                },
              }}
            >
              <SortableContext items={order as string[]} strategy={verticalListSortingStrategy}>
                <ol className={classes.list} aria-label="Your rank list">
                  {order.map((id, index) => {
                    const difference = differences.get(id);
                    return (
                      <SortableRankItem
                        key={id}
                        id={id}
                        name={nameOf(id)}
                        position={index}
                        count={order.length}
                        computedRank={difference?.computedRank}
                        placesHigherInComputed={difference?.placesHigherInComputed ?? 0}
                        onMove={move}
                      />
                    );
                  })}
                </ol>
              </SortableContext>
            </DndContext>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Text size="sm" fw={600} mb={6}>
              Computed order
            </Text>
            <ol className={classes.computedList} aria-label="Computed order">
              {computedOrder.map((id) => {
                const differs = (differences.get(id)?.placesHigherInComputed ?? 0) !== 0;
                return (
                  <li key={id} data-differs={differs || undefined}>
                    {nameOf(id)}
                  </li>
                );
              })}
            </ol>
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
