import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import { exposureGaps } from '../../../../shared/exposure/exposure-gaps';
import { summarizeExposure } from '../../../../shared/exposure/exposure-summary';
import { useApiQuery } from '../../app/use-api-query';
import { ChartCard } from './ChartCard';
import { CoverageCard } from './CoverageCard';
import { categoryRows, hoursRows, monthRows, roleCells, statusRows } from './exposure-chart-data';
import { GapsList } from './GapsList';
import { KeyFigure } from './KeyFigure';
import { loadExposure } from './load-exposure';

/** Room right of the longest bar for its value label, which the chart would otherwise cut ("160" shown as "16"). */
const VALUE_LABEL_ROOM = { margin: { right: 48 } };
import { formatCount } from '../../../../shared/format-count';

export function ExposurePage({ navigate }: { navigate: (route: string) => void }) {
  const { data, error, loading } = useApiQuery(loadExposure);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Exposure dashboard</Title>
          <Text c="dimmed" size="sm" maw={640}>
            What your log shows so far — volume, range and depth of the IR work you have seen — and where it is thin.
          </Text>
        </div>
        <Button variant="default" onClick={() => navigate('experiences')}>
          Go to experiences
        </Button>
      </Group>
      {error && (
        <Alert color="red" title="Your exposure log could not be loaded">
          {error}
        </Alert>
      )}
      {loading && data === undefined ? <Loader aria-label="Loading exposure" /> : data ? <ExposureOverview data={data} /> : null}
    </Stack>
  );
}

// Mantine prints bar value labels only through a formatter.
const barValueFormatter = (value: number) => formatCount(value);

function ExposureOverview({ data }: { data: ExposureCollections }) {
  // shared/ does the counting; this page only draws the results.
  const summary = useMemo(() => summarizeExposure(data), [data]);
  const gaps = useMemo(() => exposureGaps(data), [data]);
  const { coverage } = summary;
  const outputs = statusRows(summary);
  const outputCount = outputs.reduce((sum, row) => sum + row.value, 0);
  const hours = hoursRows(summary);
  const noCases = summary.totalProcedures === 0 ? 'No cases logged yet.' : null;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
        <KeyFigure label="Cases logged" value={formatCount(summary.totalProcedures)} hint="observed, assisted, scrubbed in or performed" />
        <KeyFigure
          label="Categories covered"
          value={`${coverage.coveredCount} of ${coverage.totalCategories}`}
          hint="case-mix categories"
        />
        <KeyFigure
          label="Advanced share"
          value={coverage.advancedShare === null ? '—' : `${Math.round(coverage.advancedShare * 100)}%`}
          hint={`${formatCount(coverage.advancedCount)} advanced cases`}
        />
        <KeyFigure
          label="Experience hours"
          value={formatCount(Math.round(summary.totalHours))}
          hint={`across ${data.experiences.length} experience${data.experiences.length === 1 ? '' : 's'}`}
        />
        <KeyFigure
          label="Research outputs"
          value={formatCount(outputCount)}
          hint={`${formatCount(summary.researchOutputsByStatus.published)} published or presented`}
        />
      </SimpleGrid>

      <GapsList gaps={gaps} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard
          title="Cases by category"
          summary={summary.unmatchedProcedures > 0 ? `${summary.unmatchedProcedures} entries name a procedure that no longer exists.` : undefined}
          figures={categoryRows(summary)}
          showFigures={false}
          emptyMessage={noCases}
        >
          <BarChart
            h={280}
            data={categoryRows(summary)}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'value', label: 'Cases', color: 'indigo.6' }]}
            yAxisProps={{ width: 150 }}
            gridAxis="none"
            withBarValueLabel
            barChartProps={VALUE_LABEL_ROOM}
            valueFormatter={barValueFormatter}
            maxBarWidth={18}
          />
        </ChartCard>
        <CoverageCard coverage={coverage} />
      </SimpleGrid>

      <ChartCard
        title="Cases per month"
        figures={summary.casesPerMonth.map((row) => ({ label: row.month, value: row.count }))}
        showFigures={false}
        emptyMessage={noCases}
      >
        <AreaChart
          h={220}
          data={monthRows(summary)}
          dataKey="month"
          series={[{ name: 'cases', label: 'Cases', color: 'indigo.6' }]}
          curveType="linear"
          gridAxis="y"
          withGradient
        />
      </ChartCard>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <ChartCard title="Cases by role" figures={roleCells(summary).map(({ name, value }) => ({ label: name, value }))} emptyMessage={noCases}>
          <DonutChart data={roleCells(summary)} size={150} thickness={22} mx="auto" withTooltip tooltipDataSource="segment" />
        </ChartCard>
        <ChartCard
          title="Hours by experience kind"
          figures={hours}
          showFigures={false}
          emptyMessage={hours.length === 0 ? 'No hours counted yet.' : null}
        >
          <BarChart
            h={Math.max(160, hours.length * 34)}
            data={hours}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'value', label: 'Hours', color: 'violet.6' }]}
            yAxisProps={{ width: 130 }}
            // Three round ticks fit the narrow card; more are dropped unevenly by the chart (0 150 600).
            xAxisProps={{ tickCount: 3 }}
            gridAxis="none"
            withBarValueLabel
            barChartProps={VALUE_LABEL_ROOM}
            valueFormatter={barValueFormatter}
            maxBarWidth={16}
          />
        </ChartCard>
        <ChartCard
          title="Research outputs by status"
          figures={outputs}
          showFigures={false}
          emptyMessage={outputCount === 0 ? 'No research outputs logged yet.' : null}
        >
          <BarChart
            h={200}
            data={outputs}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'value', label: 'Outputs', color: 'teal.6' }]}
            yAxisProps={{ width: 130 }}
            xAxisProps={{ allowDecimals: false }}
            gridAxis="none"
            withBarValueLabel
            barChartProps={VALUE_LABEL_ROOM}
            valueFormatter={barValueFormatter}
            maxBarWidth={16}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
