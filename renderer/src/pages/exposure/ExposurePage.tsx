import { BarChart, DonutChart } from '@mantine/charts';
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import { exposureGaps } from '../../../../shared/exposure/exposure-gaps';
import { summarizeExposure } from '../../../../shared/exposure/exposure-summary';
import { formatCount } from '../../../../shared/format-count';
import { plural } from '../../../../shared/in-words';
import { localToday } from '../../../../shared/local-today';
import { useApiQuery } from '../../app/use-api-query';
import { ChartCard } from './ChartCard';
import { CoverageCard } from './CoverageCard';
import {
  categoryRows,
  countInWords,
  hoursRows,
  monthRows,
  plannedHoursNote,
  roleCells,
  shownTotalHours,
  statusRows,
  wholeNumberAxis,
} from './exposure-chart-data';
import { GapsList } from './GapsList';
import { KeyFigure } from './KeyFigure';
import { loadExposure } from './load-exposure';

/** Room right of the longest bar for its value label, which the chart would otherwise cut ("160" shown as "16"). */
const VALUE_LABEL_ROOM = { margin: { right: 48 } };

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
  // shared/ does the counting; this page only draws the results. Read on each render, so a
  // page left open past midnight moves a planned experience to done on the next change.
  const today = localToday();
  const summary = useMemo(() => summarizeExposure(data, today), [data, today]);
  const gaps = useMemo(() => exposureGaps(data, today), [data, today]);
  const { coverage } = summary;
  const outputs = statusRows(summary);
  const outputCount = outputs.reduce((sum, row) => sum + row.value, 0);
  const hours = hoursRows(summary);
  const planned = plannedHoursNote(summary);
  const categories = categoryRows(summary);
  const months = monthRows(summary);
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
          hint={countInWords(coverage.advancedCount, 'advanced case', 'advanced cases')}
        />
        <KeyFigure
          label="Experience hours"
          value={formatCount(shownTotalHours(summary))}
          hint={[`across ${plural(summary.experienceCount, 'experience', 'experiences')}`, planned].filter(Boolean).join(' · ')}
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
          summary={
            summary.unmatchedProcedures > 0
              ? `${plural(summary.unmatchedProcedures, 'entry names', 'entries name')} a procedure that no longer exists.`
              : undefined
          }
          figures={categories}
          showFigures={false}
          emptyMessage={noCases}
        >
          <BarChart
            h={280}
            data={categories}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'value', label: 'Cases', color: 'indigo.6' }]}
            yAxisProps={{ width: 150 }}
            xAxisProps={wholeNumberAxis(categories.map((row) => row.value))}
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
        figures={months.map((row) => ({ label: row.month, value: row.cases }))}
        showFigures={false}
        emptyMessage={noCases}
      >
        {/* Bars, not an area: a month's count is its own amount, and a single month still shows. */}
        <BarChart
          h={220}
          data={months}
          dataKey="month"
          series={[{ name: 'cases', label: 'Cases', color: 'indigo.6' }]}
          yAxisProps={wholeNumberAxis(months.map((row) => row.cases))}
          gridAxis="x"
          maxBarWidth={28}
        />
      </ChartCard>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <ChartCard title="Cases by role" figures={roleCells(summary).map(({ name, value }) => ({ label: name, value }))} emptyMessage={noCases}>
          <DonutChart data={roleCells(summary)} size={150} thickness={22} mx="auto" withTooltip tooltipDataSource="segment" />
        </ChartCard>
        <ChartCard
          title="Hours by experience kind"
          summary={planned ? `${planned}, counted once started.` : undefined}
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
            xAxisProps={wholeNumberAxis(outputs.map((row) => row.value))}
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
