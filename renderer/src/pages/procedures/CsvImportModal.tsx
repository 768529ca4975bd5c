import { Alert, Button, Group, Loader, Modal, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import {
  PROCEDURE_CSV_FIELDS,
  PROCEDURE_CSV_FIELD_LABELS,
  REQUIRED_PROCEDURE_CSV_FIELDS,
  suggestProcedureColumnMapping,
  type ParsedCsv,
  type ProcedureColumnMapping,
  type ProcedureCsvField,
  type ProcedureImport,
} from '../../../../shared/exposure/procedure-csv';
import type { ProcedureEntry } from '../../../../shared/exposure/procedure-schema';
import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { api, notifyFailure, unwrap } from '../../api';
import { columnOptions, exampleValue, validateRowsInChunks, withoutRowPrefix } from './csv-import';

const LONG_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
/** "2026-03-04" as "March 4, 2026": unambiguous, whichever way the file wrote it. */
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
import { formatCount } from '../../../../shared/format-count';

/** More problem rows than this are counted, not listed: nobody reads the thousandth. */
const MAX_LISTED_PROBLEMS = 200;

export interface CsvSource {
  fileName: string;
  parsed: ParsedCsv;
}

interface CsvImportModalProps {
  source: CsvSource | null;
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Experience[];
  onClose: () => void;
  onImported: (created: ProcedureEntry[]) => Promise<void>;
}

/** Choose columns → check rows → confirm. Closing at any step leaves the log as it was. */
export function CsvImportModal({ source, onClose, ...rest }: CsvImportModalProps) {
  return (
    <Modal opened={source !== null} onClose={onClose} title={source ? `Import ${source.fileName}` : ''} size="xl">
      {source && <CsvImportSteps key={source.fileName} source={source} onClose={onClose} {...rest} />}
    </Modal>
  );
}

type Step = { kind: 'mapping' } | { kind: 'checking'; checked: number } | { kind: 'preview'; result: ProcedureImport };

function CsvImportSteps({ source, customProcedures, experiences, onClose, onImported }: CsvImportModalProps & { source: CsvSource }) {
  const { headers, rows } = source.parsed;
  const [mapping, setMapping] = useState<ProcedureColumnMapping>(() => suggestProcedureColumnMapping(headers));
  const [step, setStep] = useState<Step>({ kind: 'mapping' });
  const [showMissing, setShowMissing] = useState(false);
  const [importing, setImporting] = useState(false);
  const missing = REQUIRED_PROCEDURE_CSV_FIELDS.filter((field) => mapping[field] === null);

  // Set when the dialog goes away mid-check, so the remaining slices are skipped.
  const abandoned = useRef(false);
  useEffect(() => {
    // Reset on (re)mount: StrictMode unmounts and mounts once more in development.
    abandoned.current = false;
    return () => {
      abandoned.current = true;
    };
  }, []);

  const check = async () => {
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    setStep({ kind: 'checking', checked: 0 });
    const result = await validateRowsInChunks(
      rows,
      mapping,
      customProcedures,
      experiences,
      (checked) => setStep({ kind: 'checking', checked }),
      () => abandoned.current,
    );
    if (result) setStep({ kind: 'preview', result });
  };

  const confirm = async (valid: ProcedureImport['valid']) => {
    setImporting(true);
    try {
      // Rows with identifiers were already refused above, so there is nothing left to confirm.
      const created = unwrap(await api()['procedures:add']({ entries: valid, confirmedNotPatientData: false }));
      await onImported(created);
      onClose();
    } catch (caught) {
      notifyFailure(caught, 'Nothing was imported');
      setImporting(false);
    }
  };

  if (step.kind === 'checking') {
    return (
      <Group justify="center" py="xl" gap="sm">
        <Loader size="sm" />
        <Text size="sm">
          Checking rows… {formatCount(step.checked)} of {formatCount(rows.length)}
        </Text>
      </Group>
    );
  }

  if (step.kind === 'preview') {
    const { valid, errors, monthFirst } = step.result;
    const listed = errors.slice(0, MAX_LISTED_PROBLEMS);
    return (
      <Stack gap="md">
        <Alert
          color={valid.length > 0 ? 'teal' : 'orange'}
          icon={valid.length > 0 ? <IconCircleCheck /> : <IconAlertTriangle />}
          title={
            valid.length === 1 ? '1 row is ready to import' : `${formatCount(valid.length)} rows are ready to import`
          }
        >
          {errors.length === 0
            ? 'Every row could be read.'
            : `${formatCount(errors.length)} ${errors.length === 1 ? 'row has a problem and will be' : 'rows have problems and will be'} skipped. Fix ${errors.length === 1 ? 'it' : 'them'} in your spreadsheet and import just ${errors.length === 1 ? 'that row' : 'those rows'} again later.`}
        </Alert>
        {monthFirst.example && (
          <Alert color="blue" title="Dates read month first" data-testid="month-first-dates">
            {monthFirst.count === 1 ? '1 date' : `${formatCount(monthFirst.count)} dates`} written with slashes {monthFirst.count === 1 ? 'was' : 'were'}{' '}
            read the US way, month first: {monthFirst.example.cell} as {longDate(monthFirst.example.read)}. If your file puts the
            day first, write the dates as YYYY-MM-DD and import again.
          </Alert>
        )}
        {errors.length > 0 && (
          <ScrollArea.Autosize mah={300} type="auto">
            <Table striped verticalSpacing={6} aria-label="Rows that will be skipped">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>Row</Table.Th>
                  <Table.Th>What to fix</Table.Th>
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
            {errors.length > listed.length && (
              <Text size="sm" c="dimmed" mt="xs">
                …and {formatCount(errors.length - listed.length)} more rows with problems.
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setStep({ kind: 'mapping' })} disabled={importing}>
            Back to columns
          </Button>
          <Group>
            <Button variant="default" onClick={onClose} disabled={importing}>
              Cancel
            </Button>
            <Button onClick={() => void confirm(valid)} disabled={valid.length === 0} loading={importing}>
              {valid.length === 1 ? 'Import 1 valid entry' : `Import ${formatCount(valid.length)} valid entries`}
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  const options = columnOptions(headers);
  const choose = (field: ProcedureCsvField, value: string | null) =>
    setMapping((current) => ({ ...current, [field]: value === null ? null : Number(value) }));

  return (
    <Stack gap="md">
      <Text size="sm">
        {formatCount(rows.length)} {rows.length === 1 ? 'row' : 'rows'} found. Say which column holds each field;
        the app guessed from the column names. Leave a field empty if your file does not have it.
      </Text>
      <Table verticalSpacing={4} aria-label="Column for each field">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Field</Table.Th>
            <Table.Th>Column in your file</Table.Th>
            <Table.Th>First value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {PROCEDURE_CSV_FIELDS.map((field) => {
            const required = REQUIRED_PROCEDURE_CSV_FIELDS.includes(field);
            const label = PROCEDURE_CSV_FIELD_LABELS[field];
            const example = exampleValue(rows, mapping[field]);
            return (
              <Table.Tr key={field}>
                <Table.Td>
                  <Text size="sm" fw={required ? 600 : undefined}>
                    {label}
                    {required && (
                      <Text span c="red" aria-hidden>
                        {' '}
                        *
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Column for ${label}`}
                    placeholder="Not in this file"
                    clearable={!required}
                    data={options}
                    value={mapping[field] === null ? null : String(mapping[field])}
                    onChange={(value) => choose(field, value)}
                    error={showMissing && mapping[field] === null && required ? `Choose the column with the ${label.toLowerCase()}` : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {example ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void check()}>Check rows</Button>
      </Group>
    </Stack>
  );
}
