import { Alert, Checkbox, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import type { FlaggedRow, RowError } from '../../../../shared/exposure/procedure-csv';
import { formatCount } from '../../../../shared/format-count';
import { withoutRowPrefix } from './csv-import';

/*
 * The CSV import's lists of rows: rows with problems or notes, and rows that look like patient data.
 */

/** More problem rows than this are counted, not listed: nobody reads the thousandth. */
const MAX_LISTED_PROBLEMS = 200;

/** The line under a list cut at MAX_LISTED_PROBLEMS: "…and 12 more rows". */
function MoreRows({ count, after = '' }: { count: number; after?: string }) {
  if (count <= 0) return null;
  return (
    <Text size="sm" c="dimmed" mt="xs">
      …and {formatCount(count)} more rows{after}.
    </Text>
  );
}

interface FlaggedRowsProps {
  rows: FlaggedRow[];
  heldBack: number;
  confirmedRows: ReadonlySet<number>;
  onToggle: (row: number, confirmed: boolean) => void;
}

/** Rows whose text looks like patient data: held back unless the user confirms each one, as the entry form asks. */
export function FlaggedRows({ rows, heldBack, confirmedRows, onToggle }: FlaggedRowsProps) {
  const listed = rows.slice(0, MAX_LISTED_PROBLEMS);
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
        {heldBack === 0
          ? 'You confirmed every one is not patient data, so they will be imported.'
          : `${formatCount(heldBack)} ${heldBack === 1 ? 'is' : 'are'} held back. Tick a row only if you are sure its text does not identify a patient, for example an entry you already confirmed in the app. Otherwise remove the text in your spreadsheet: the log must stay de-identified.`}
      </Alert>
      <ScrollArea.Autosize mah={260} type="auto">
        <Table striped verticalSpacing={6} aria-label="Rows that look like patient data">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>Not patient data</Table.Th>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th>What was found</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {listed.map((flagged) => (
              <Table.Tr key={flagged.row}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Checkbox
                    aria-label={`Row ${flagged.row} is not patient data`}
                    checked={confirmedRows.has(flagged.row)}
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
            ))}
          </Table.Tbody>
        </Table>
        <MoreRows count={rows.length - listed.length} after=" that stay held back" />
      </ScrollArea.Autosize>
    </Stack>
  );
}

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
