import { Alert, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import {
  compareWithComputed,
  countPlacedElsewhere,
  yourListPlaces,
  type ComputedEntry,
  type RankDifference,
} from '../../../../shared/programs/rank-list';
import { RANK_LIST_HEIGHT, SortableRankList } from './SortableRankList';
import classes from './RankList.module.css';
import type { RankSaveState } from './use-saved-rank-order';

interface RankListCardProps {
  /** Program names by id. */
  names: ReadonlyMap<string, string>;
  /** The applicant's order, complete (every program once). */
  order: readonly string[];
  /** Programs best first under the current weights, each with its (possibly shared) place. */
  computed: readonly ComputedEntry[];
  saveState: RankSaveState;
  onMove: (from: number, to: number) => void;
  /**
   * Withdrawn programs, listed unnumbered. Without it, the programs the computed ranking leaves
   * out are taken as withdrawn (with every weight at zero there is none, and every row is numbered).
   */
  withdrawnIds?: ReadonlySet<string>;
}

/** The list's numbers: counted like the comparison's places, so a withdrawn row shifts neither. */
function listPlaces(order: readonly string[], computed: readonly ComputedEntry[], withdrawnIds: ReadonlySet<string> | undefined) {
  if (withdrawnIds) return yourListPlaces(order, (id) => withdrawnIds.has(id));
  const ranked = new Set(computed.map((entry) => entry.id));
  return yourListPlaces(order, (id) => computed.length > 0 && !ranked.has(id));
}

/** The heading, the advice and how to move programs: memoised, as a move rarely changes it. */
const RankListIntro = memo(function RankListIntro(props: { saveState: RankSaveState; differing: number; count: number }) {
  const { saveState, differing, count } = props;
  return (
    <>
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
        {differing > 0 &&
          ` ${differing} of ${count} programs sit somewhere else in the computed ranking; they are marked in orange. Programs tied there may sit anywhere among the places they share.`}
      </Text>
    </>
  );
});

/** The applicant's own rank order beside the computed one, with the differences marked. */
export function RankListCard({ names, order, computed, saveState, onMove, withdrawnIds }: RankListCardProps) {
  const differences = useMemo(() => compareWithComputed(order, computed), [order, computed]);
  const places = useMemo(() => listPlaces(order, computed, withdrawnIds), [order, computed, withdrawnIds]);
  const differing = countPlacedElsewhere(differences);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        {/* Counted among the programs compared: a withdrawn one has no computed place. */}
        <RankListIntro saveState={saveState} differing={differing} count={differences.size} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <SortableRankList names={names} order={order} places={places} differences={differences} onMove={onMove} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Text size="sm" fw={600} mb={6}>
              Computed order
            </Text>
            {computed.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="no-computed-order">
                With every weight at zero there is no computed order to compare with.
              </Text>
            ) : (
              <ComputedOrderList names={names} computed={computed} differences={differences} />
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}

/** The computed order beside the applicant's, each with its place (tied ones marked =), the programs placed elsewhere marked. */
const ComputedOrderList = memo(function ComputedOrderList(props: {
  names: ReadonlyMap<string, string>;
  computed: readonly ComputedEntry[];
  differences: ReadonlyMap<string, RankDifference>;
}) {
  const { names, computed, differences } = props;
  return (
    <ol className={classes.computedList} aria-label="Computed order" style={{ maxHeight: RANK_LIST_HEIGHT }}>
      {computed.map(({ id, place }) => {
        const differs = (differences.get(id)?.placesHigherInComputed ?? 0) !== 0;
        return (
          <li key={id} data-differs={differs || undefined}>
            <span className={classes.computedPlace}>
              {place.place}
              {place.tied ? '=' : '.'}
            </span>
            {names.get(id) ?? id}
          </li>
        );
      })}
    </ol>
  );
});
