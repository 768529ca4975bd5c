import { Alert, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsShuffle } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { RankingWeights } from '../../../../shared/programs/ranking-weights';
import type { FactorMatrix } from '../../../../shared/programs/scoring';
import { stabilityTest, type StabilityReport } from '../../../../shared/programs/stability';
import { formatCount } from '../../../../shared/format-count';

export const STABILITY_RUNS = 1000;
export const STABILITY_SPREAD = 0.3;
/** Fixed, so the same weights always give the same report. */
const STABILITY_SEED = 20_270_315;

interface StabilityCardProps {
  matrix: FactorMatrix;
  weights: RankingWeights;
  names: ReadonlyMap<string, string>;
}

/** A name with no space to break at wraps in its column rather than pushing the others out of view. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const;

const keptColor = (share: number) => (share >= 0.8 ? 'teal' : share >= 0.5 ? 'yellow' : 'red');

/** Nudges every weight up or down at random and reports how firmly each program holds its place. */
export const StabilityCard = memo(function StabilityCard({ matrix, weights, names }: StabilityCardProps) {
  const [result, setResult] = useState<{ report: StabilityReport; weights: RankingWeights } | null>(null);
  // Every weight at zero: every program scores the same, in every run; "always #1" would mean nothing.
  const noWeight = Object.values(weights).every((weight) => weight === 0);

  const run = () =>
    setResult({
      report: stabilityTest(matrix, weights, { runs: STABILITY_RUNS, spread: STABILITY_SPREAD, seed: STABILITY_SEED }),
      weights,
    });

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>How firm is this ranking?</Title>
          <Button leftSection={<IconArrowsShuffle size={16} />} variant="light" onClick={run} disabled={noWeight}>
            Run stability test
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Re-ranks {formatCount(STABILITY_RUNS)} times with every weight moved up to {STABILITY_SPREAD * 100}% either way.
          A program that keeps its place in most runs is there because of the facts, not because of one exact slider setting.
          Places are those of the computed ranking: programs with the same score share one (marked =).
        </Text>
        {noWeight && (
          <Text size="sm" data-testid="stability-no-weight">
            Every weight is at zero, so every program scores the same: there is no ranking to test. Give at least one
            factor some weight first.
          </Text>
        )}
        {result && !noWeight && result.weights !== weights && (
          <Alert color="yellow" variant="light">
            You changed the weights since this test ran. Run it again to check the new ranking.
          </Alert>
        )}
        {result && !noWeight && (
          <Table aria-label="Stability test results" verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Computed place</Table.Th>
                <Table.Th>Program</Table.Th>
                <Table.Th>Keeps its place</Table.Th>
                <Table.Th>Range of places</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.report.programs.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    #{entry.basePlace}
                    {entry.tied ? '=' : ''}
                  </Table.Td>
                  <Table.Td style={WRAP_ANYWHERE}>{names.get(entry.id) ?? entry.id}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={entry.keptBasePlaceShare * 100} color={keptColor(entry.keptBasePlaceShare)} w={80} size="sm" aria-hidden />
                      <Text size="sm" data-testid="kept-share">
                        {Math.round(entry.keptBasePlaceShare * 100)}%
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {entry.minPlace === entry.maxPlace ? `always #${entry.minPlace}` : `#${entry.minPlace} to #${entry.maxPlace}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
});
