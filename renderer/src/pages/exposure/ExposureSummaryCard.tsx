import { Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useMemo } from 'react';
import { exposureGaps } from '../../../../shared/exposure/exposure-gaps';
import { summarizeExposure } from '../../../../shared/exposure/exposure-summary';
import { formatCount } from '../../../../shared/format-count';
import { localToday } from '../../../../shared/local-today';
import { useApiQuery } from '../../app/use-api-query';
import { coverageSentence, experiencesLine } from './exposure-chart-data';
import { loadExposure } from './load-exposure';

/** The dashboard's short version of the exposure dashboard: totals, coverage and the first gap. */
export function ExposureSummaryCard({ onOpen }: { onOpen: () => void }) {
  const { data } = useApiQuery(loadExposure);
  const today = localToday();
  const summary = useMemo(() => (data ? summarizeExposure(data, today) : null), [data, today]);
  const topGap = useMemo(() => (data ? exposureGaps(data, today)[0] : undefined), [data, today]);
  if (!data || !summary) return null;

  const outputs = Object.values(summary.researchOutputsByStatus).reduce((sum, count) => sum + count, 0);
  const facts: [string, string][] = [
    ['Cases logged', formatCount(summary.totalProcedures)],
    ['Coverage', coverageSentence(summary.coverage)],
    ['Experiences', experiencesLine(summary)],
    ['Research outputs', formatCount(outputs)],
  ];
  return (
    <Card withBorder padding="lg" aria-label="Exposure summary">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconChartBar size={20} aria-hidden />
          <Text fw={600}>Your exposure so far</Text>
        </Group>
        <Button variant="subtle" size="xs" onClick={onOpen}>
          Open exposure dashboard
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {topGap && (
        <Text size="sm" mt="md">
          <Text span fw={600}>
            Next:{' '}
          </Text>
          {topGap.title}
          {topGap.planned && (
            <Text span c="teal.8">
              {' '}
              · {topGap.planned}
            </Text>
          )}
        </Text>
      )}
    </Card>
  );
}
