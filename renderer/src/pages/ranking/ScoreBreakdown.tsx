import { Badge, Group, Progress, Table, Text, Tooltip } from '@mantine/core';
import { SCORE_FACTOR_LABELS } from '../../../../shared/programs/ranking-weights';
import type { ProgramScore } from '../../../../shared/programs/scoring';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * What each factor added to one program's score; unknown factors are marked as neutral
 * stand-ins, and a factor an estimate, an unconfirmed figure or a warning sign moved says why.
 */
export function ScoreBreakdown({ score, label }: { score: ProgramScore; label: string }) {
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Factor</Table.Th>
          <Table.Th>How it rates</Table.Th>
          <Table.Th ta="right">Weight</Table.Th>
          <Table.Th ta="right">Points</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {score.breakdown.map((entry) => (
          <Table.Tr key={entry.factor}>
            <Table.Td>
              {SCORE_FACTOR_LABELS[entry.factor]}
              {entry.note && (
                <Text size="xs" c="dimmed" maw={360}>
                  {entry.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td miw={140}>
              {entry.value === null ? (
                <Tooltip label="You have not found this out yet, so it counts as halfway: neither for nor against." multiline w={260}>
                  <Badge variant="outline" color="gray" size="sm">
                    Unknown · counted as 50%
                  </Badge>
                </Tooltip>
              ) : (
                <Group gap={6} wrap="nowrap">
                  <Progress value={entry.value * 100} w={70} size="sm" color={entry.value >= 0.7 ? 'teal' : entry.value >= 0.4 ? 'yellow' : 'red'} aria-hidden />
                  <Text size="xs">{percent(entry.value)}</Text>
                </Group>
              )}
            </Table.Td>
            <Table.Td ta="right">{entry.weight}</Table.Td>
            <Table.Td ta="right" c={entry.weight === 0 ? 'dimmed' : undefined}>
              {entry.contribution.toFixed(1)}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td colSpan={3} fw={600}>
            Total (out of 100)
          </Table.Td>
          <Table.Td ta="right" fw={600}>
            {score.total.toFixed(1)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
