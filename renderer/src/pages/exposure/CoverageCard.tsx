import { DonutChart } from '@mantine/charts';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed } from '@tabler/icons-react';
import type { CaseMixCoverage } from '../../../../shared/exposure/exposure-summary';
import { formatCount } from '../../../../shared/format-count';
import { ChartCard } from './ChartCard';
import { advancedCells, countInWords, coverageSentence } from './exposure-chart-data';

/** Which of the eight categories the log touches, and how much of it is advanced work. */
export function CoverageCard({ coverage }: { coverage: CaseMixCoverage }) {
  const percent = coverage.advancedShare === null ? null : Math.round(coverage.advancedShare * 100);
  return (
    <ChartCard
      title="Case-mix coverage"
      summary={<span aria-label="Coverage summary">{coverageSentence(coverage)}</span>}
      figures={[
        { label: 'Categories covered', value: coverage.coveredCount },
        { label: 'Advanced cases', value: coverage.advancedCount },
      ]}
      showFigures={false}
      emptyMessage={coverage.caseCount === 0 ? 'Log cases to see which categories you have covered.' : null}
    >
      <Group align="center" gap="xl" wrap="nowrap">
        <Stack gap={4} align="center">
          <DonutChart
            data={advancedCells(coverage)}
            size={140}
            thickness={18}
            chartLabel={`${percent ?? 0}%`}
            withTooltip
            tooltipDataSource="segment"
            strokeWidth={1}
          />
          <Text size="xs" c="dimmed">
            advanced of {countInWords(coverage.caseCount, 'case', 'cases')}
          </Text>
        </Stack>
        <SimpleGrid cols={1} spacing={6} component="ul" p={0} m={0} style={{ listStyle: 'none', flex: 1 }} aria-label="Categories">
          {coverage.categories.map((category) => (
            <Group component="li" key={category.id} gap={8} wrap="nowrap" aria-label={`${category.label}: ${category.covered ? countInWords(category.count, 'case', 'cases') : 'not yet seen'}`}>
              {category.covered ? (
                <IconCircleCheckFilled size={18} color="var(--mantine-color-teal-6)" aria-hidden />
              ) : (
                <IconCircleDashed size={18} color="var(--mantine-color-gray-5)" aria-hidden />
              )}
              <Text size="sm" c={category.covered ? undefined : 'dimmed'} style={{ flex: 1 }}>
                {category.label}
              </Text>
              <Text size="sm" fw={600} c={category.covered ? undefined : 'dimmed'}>
                {formatCount(category.count)}
              </Text>
            </Group>
          ))}
        </SimpleGrid>
      </Group>
    </ChartCard>
  );
}
