import { Accordion, Badge, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { placeAt, tiedPlaces } from '../../../../shared/programs/tied-places';
import { ShowMoreButton, useShowMore } from '../../components/show-more';
import type { RankedProgram } from '../../../../shared/programs/scoring';
import { ScoreBreakdown } from './ScoreBreakdown';

/** Programs listed until the user asks for the rest: a shortlist of every program still opens at once. */
const FIRST_SHOWN = 30;

/** The programs in score order under the current weights, each opening to its breakdown. */
export const ComputedRankingCard = memo(function ComputedRankingCard({
  ranked,
  withdrawn = [],
}: {
  ranked: readonly RankedProgram[];
  /** Names of the withdrawn programs, which the ranking leaves out. */
  withdrawn?: readonly string[];
}) {
  const [open, setOpen] = useState<string[]>([]);
  const { shown, hidden, showAll } = useShowMore(ranked, FIRST_SHOWN);
  const places = useMemo(() => tiedPlaces(ranked.map((entry) => entry.score.total)), [ranked]);
  const allTied = ranked.length > 1 && places.every((place) => place.place === 1);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Computed ranking</Title>
        <Text size="sm" c="dimmed">
          Scores out of 100 from what you have recorded about each program. Open a program to see what each factor added.
        </Text>
        {withdrawn.length > 0 && (
          <Text size="sm" data-testid="withdrawn-left-out">
            Left out as withdrawn: {withdrawn.join(', ')}.
          </Text>
        )}
        {allTied ? (
          <Text size="sm" data-testid="ties-note">
            Every program has the same score under these weights, so the order below (by name) says nothing yet.
          </Text>
        ) : (
          places.some((place) => place.tied) && (
            <Text size="sm" c="dimmed" data-testid="ties-note">
              Programs with the same score share a place (marked =); between them the order is by name.
            </Text>
          )
        )}
        <Accordion variant="separated" chevronPosition="left" aria-label="Computed ranking" multiple value={open} onChange={setOpen}>
          {shown.map(({ program, score, rank, values }) => {
            const unknown = Object.values(values).filter((v) => v === null).length;
            const { place, tied } = placeAt(places, rank);
            return (
              <Accordion.Item key={program.id} value={program.id} data-testid="computed-row">
                <Accordion.Control aria-label={`#${place}${tied ? ' (tied)' : ''} ${program.name}, score ${score.total.toFixed(1)}`}>
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                      <Text fw={700} c="dimmed" w={36}>
                        #{place}
                        {tied ? '=' : ''}
                      </Text>
                      <Text fw={500} truncate>
                        {program.name}
                      </Text>
                    </Group>
                    <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                      {unknown > 0 && (
                        <Tooltip label={`${unknown} factor${unknown === 1 ? '' : 's'} not known yet, counted as halfway`}>
                          <Badge variant="outline" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }}>
                            {unknown} unknown
                          </Badge>
                        </Tooltip>
                      )}
                      <Text fw={600} w={40} ta="right" data-testid="computed-score">
                        {score.total.toFixed(1)}
                      </Text>
                    </Group>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  {/* Built when opened: hundreds of closed breakdowns were most of the page. */}
                  {open.includes(program.id) && <ScoreBreakdown score={score} label={`Score breakdown for ${program.name}`} />}
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
        <ShowMoreButton hidden={hidden} onClick={showAll}>
          Show the other {hidden} programs
        </ShowMoreButton>
      </Stack>
    </Card>
  );
});
