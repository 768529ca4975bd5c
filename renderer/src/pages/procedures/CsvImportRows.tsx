import { Alert, Checkbox, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { memo, useCallback, useRef } from 'react';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows';
import type { FlaggedRow, RowError } from '../../../../shared/exposure/procedure-csv';
import { formatCount } from '../../../../shared/format-count';
import { withoutRowPrefix } from './csv-import';

/*
 * The CSV import's lists of rows: rows with problems or notes, and rows that look like patient data.
 */

/** More problem rows than this are counted, not listed: nobody reads the thousandth. (Rows to confirm are all listed.) */
const MAX_LISTED_PROBLEMS = 200;

/** The line under a list cut at MAX_LISTED_PROBLEMS: "…and 12 more rows". */
function MoreRows({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <Text size="sm" c="dimmed" mt="xs">
      …and {formatCount(count)} more rows.
    </Text>
  );
}

interface FlaggedRowsProps {
  rows: FlaggedRow[];
  heldBack: number;
  confirmedRows: ReadonlySet<number>;
  /** Confirms (or takes back) the given spreadsheet rows: one from its own box, or every listed row at once. */
  onConfirm: (rows: readonly number[], confirmed: boolean) => void;
}

const FLAGGED_ROW_HEIGHT = 44;
const FLAGGED_VIEWPORT_HEIGHT = 300;
const FLAGGED_COLUMNS = 3;

/**
 * Rows whose text looks like patient data: held back unless the user confirms them, as the entry form asks.
 * Every row is listed (only those in view are in the page), so each can be read and confirmed however many there are.
 */
export function FlaggedRows({ rows, heldBack, confirmedRows, onConfirm }: FlaggedRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom, measure } = useVirtualRows({
    count: rows.length,
    scrollRef,
    rowHeight: FLAGGED_ROW_HEIGHT,
    viewportHeight: FLAGGED_VIEWPORT_HEIGHT,
    getKey: (index) => rows[index]?.row ?? index,
  });
  const confirmed = rows.length - heldBack;
  const toggle = useCallback((row: number, value: boolean) => onConfirm([row], value), [onConfirm]);

  return (
    <Stack gap="xs">
      <Alert
        color="orange"
        icon={<IconShieldExclamation />}
        data-testid="flagged-rows"
        title={
          rows.length === 1
            ? '1 row looks like it contains patient data'
            : `${formatCount(rows.length)} rows look like they contain patient data`
        }
      >
        {flaggedSummary(rows.length, heldBack)}
      </Alert>
      {rows.length > 1 && (
        <Checkbox
          label={`All ${formatCount(rows.length)} flagged rows are not patient data`}
          description="Ticks every row in the list below. Untick it to clear them all."
          checked={heldBack === 0}
          indeterminate={confirmed > 0 && heldBack > 0}
          onChange={(event) => onConfirm(rows.map((flagged) => flagged.row), event.currentTarget.checked)}
        />
      )}
      <div
        ref={scrollRef}
        style={{ maxHeight: FLAGGED_VIEWPORT_HEIGHT, overflow: 'auto' }}
        data-testid="flagged-rows-scroll"
      >
        <Table stickyHeader verticalSpacing={6} aria-label="Rows that look like patient data" aria-rowcount={rows.length + 1}>
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              <Table.Th w={150}>Not patient data</Table.Th>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th>What was found</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SpacerRow height={paddingTop} colSpan={FLAGGED_COLUMNS} />
            {items.map((item) => {
              const flagged = rows[item.index];
              if (!flagged) return null;
              return (
                <FlaggedTableRow
                  key={flagged.row}
                  flagged={flagged}
                  index={item.index}
                  confirmed={confirmedRows.has(flagged.row)}
                  measure={measure}
                  onToggle={toggle}
                />
              );
            })}
            <SpacerRow height={paddingBottom} colSpan={FLAGGED_COLUMNS} />
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

/** How many flagged rows go in and how many stay out, in the user's terms. */
function flaggedSummary(total: number, heldBack: number): string {
  const confirmed = total - heldBack;
  if (heldBack === 0) {
    return total === 1
      ? 'You confirmed it is not patient data, so it will be imported.'
      : `You confirmed all ${formatCount(total)} are not patient data, so they will be imported.`;
  }
  const goingIn = confirmed === 0 ? '' : `${formatCount(confirmed)} confirmed as not patient data will be imported; `;
  const leftOut = `${formatCount(heldBack)} ${heldBack === 1 ? 'is' : 'are'} held back and will be left out.`;
  return `${goingIn}${leftOut} Tick a row only if you are sure its text does not identify a patient, for example an entry you already confirmed in the app. Otherwise remove the text in your spreadsheet: the log must stay de-identified.`;
}

interface FlaggedTableRowProps {
  flagged: FlaggedRow;
  index: number;
  confirmed: boolean;
  /** Findings wrap, so each row's real height is measured for the virtual list. */
  measure: (element: Element | null) => void;
  onToggle: (row: number, confirmed: boolean) => void;
}

/** Memoised: ticking one row renders that row again, not every row in view. */
const FlaggedTableRow = memo(function FlaggedTableRow({ flagged, index, confirmed, measure, onToggle }: FlaggedTableRowProps) {
  return (
    <Table.Tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Checkbox
          aria-label={`Row ${flagged.row} is not patient data`}
          checked={confirmed}
          onChange={(event) => onToggle(flagged.row, event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>{flagged.row}</Table.Td>
      <Table.Td>
        {flagged.findings.map((finding) => (
          <Text key={finding.label} size="sm" style={{ wordBreak: 'break-word' }}>
            <Text span fw={600} size="sm">
              {finding.label}: {finding.kinds}
            </Text>{' '}
            <Text span c="dimmed" size="sm">
              “{clipped(finding.text)}”
            </Text>
          </Text>
        ))}
      </Table.Td>
    </Table.Tr>
  );
});

const clipped = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** A table of row numbers and what to say about each: problems, or notes on rows that were imported. */
export function RowMessages({ rows, label, heading }: { rows: RowError[]; label: string; heading: string }) {
  const listed = rows.slice(0, MAX_LISTED_PROBLEMS);
  return (
    <ScrollArea.Autosize mah={300} type="auto">
      <Table striped verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Row</Table.Th>
            <Table.Th>{heading}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {listed.map((error) => (
            <Table.Tr key={error.row}>
              <Table.Td style={{ verticalAlign: 'top' }}>{error.row}</Table.Td>
              <Table.Td>
                {error.messages.map((message) => (
                  <Text key={message} size="sm">
                    {withoutRowPrefix(message)}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <MoreRows count={rows.length - listed.length} />
    </ScrollArea.Autosize>
  );
}
