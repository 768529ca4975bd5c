import { Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LabelledValue } from './exposure-chart-data';
import { formatCount } from '../../../../shared/format-count';

interface ChartCardProps {
  title: string;
  /** One line under the title that states the main number in words. */
  summary?: ReactNode;
  /** The exact numbers behind the chart, as a list screen readers and tests can read. */
  figures: readonly LabelledValue[];
  /** Hidden visually when the chart already prints its values. */
  showFigures?: boolean;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyMessage?: string | null;
  children: ReactNode;
}

export function ChartCard({ title, summary, figures, showFigures = true, emptyMessage = null, children }: ChartCardProps) {
  const list = (
    <Stack component="ul" gap={4} p={0} m={0} aria-label={title} style={{ listStyle: 'none' }}>
      {figures.map((figure) => (
        <Group component="li" key={figure.label} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text size="sm" fw={600}>
            {formatCount(figure.value)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Text fw={650}>{title}</Text>
      {summary && (
        <Text size="sm" c="dimmed" mb="sm">
          {summary}
        </Text>
      )}
      {emptyMessage ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {emptyMessage}
        </Text>
      ) : (
        <Stack gap="md" mt={summary ? 0 : 'sm'}>
          {children}
          {showFigures ? list : <VisuallyHidden>{list}</VisuallyHidden>}
        </Stack>
      )}
    </Card>
  );
}
