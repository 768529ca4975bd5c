import { Alert, Button, Checkbox, Group, Loader, Modal, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DuplicateRows } from '../../../../shared/exposure/duplicate-entries';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import {
  PROCEDURE_CSV_FIELDS,
  PROCEDURE_CSV_FIELD_LABELS,
  REQUIRED_PROCEDURE_CSV_FIELDS,
  SLASH_DATE_ORDER_LABELS,
  suggestProcedureColumnMapping,
  type ParsedCsv,
  type ProcedureColumnMapping,
  type ProcedureCsvField,
  type ProcedureImport,
  type SlashDateOrder,
} from '../../../../shared/exposure/procedure-csv';
import { duplicatesInImport, planProcedureImport } from '../../../../shared/exposure/procedure-import-plan';
import type { ProcedureEntry, ProcedureEntryInput } from '../../../../shared/exposure/procedure-schema';
import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { formatCount } from '../../../../shared/format-count';
import { withMembers } from '../../../../shared/set-members';
import { api, notifyFailure, unwrap } from '../../api';
import { columnOptions, exampleValue, validateRowsInChunks } from './csv-import';
import { FlaggedRows, RowMessages } from './CsvImportRows';

const LONG_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
/** "2026-03-04" as "March 4, 2026": unambiguous, whichever way the file wrote it. */
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));

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

type Step =
  | { kind: 'mapping' }
  | { kind: 'checking'; checked: number }
  | { kind: 'preview'; result: ProcedureImport; duplicates: DuplicateRows };

function CsvImportSteps({ source, customProcedures, experiences, onClose, onImported }: CsvImportModalProps & { source: CsvSource }) {
  const { headers, rows } = source.parsed;
  const [mapping, setMapping] = useState<ProcedureColumnMapping>(() => suggestProcedureColumnMapping(headers));
  const [slashDates, setSlashDates] = useState<SlashDateOrder>('month-first');
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
    try {
      // The log as it is now, so rows that are already in it can be left out.
      const existing = unwrap(await api()['exposure:get']()).procedures;
      const result = await validateRowsInChunks(
        rows,
        mapping,
        customProcedures,
        experiences,
        (checked) => setStep({ kind: 'checking', checked }),
        () => abandoned.current,
        slashDates,
      );
      if (result) setStep({ kind: 'preview', result, duplicates: duplicatesInImport(result, existing) });
    } catch (caught) {
      notifyFailure(caught, 'The rows could not be checked');
      setStep({ kind: 'mapping' });
    }
  };

  const confirm = async (entries: ProcedureEntryInput[], confirmedEntries: number[]) => {
    setImporting(true);
    try {
      // Only the rows the user ticked skip the main process's check; every other row is checked again there.
      const created = unwrap(await api()['procedures:add']({ entries, confirmedEntries }));
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
    return (
      <ImportPreview
        result={step.result}
        duplicates={step.duplicates}
        importing={importing}
        onBack={() => setStep({ kind: 'mapping' })}
        onCancel={onClose}
        onConfirm={(entries, confirmed) => void confirm(entries, confirmed)}
      />
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
      <Group gap="sm">
        <Text size="sm" id="slash-date-order">
          Dates with slashes, like 03/04/2026:
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="slash-date-order"
          value={slashDates}
          onChange={(value) => setSlashDates(value === 'day-first' ? 'day-first' : 'month-first')}
          data={[
            { value: 'month-first', label: `${SLASH_DATE_ORDER_LABELS['month-first']} (March 4)` },
            { value: 'day-first', label: `${SLASH_DATE_ORDER_LABELS['day-first']} (3 April)` },
          ]}
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void check()}>Check rows</Button>
      </Group>
    </Stack>
  );
}

interface ImportPreviewProps {
  result: ProcedureImport;
  duplicates: DuplicateRows;
  importing: boolean;
  onBack: () => void;
  onCancel: () => void;
  onConfirm: (entries: ProcedureEntryInput[], confirmedEntries: number[]) => void;
}

/** What the file holds, what will go in, and the two choices: rows already logged, rows that look like patient data. */
function ImportPreview({ result, duplicates, importing, onBack, onCancel, onConfirm }: ImportPreviewProps) {
  const { errors, warnings, monthFirst } = result;
  const [includeInLog, setIncludeInLog] = useState(false);
  const [confirmedRows, setConfirmedRows] = useState<ReadonlySet<number>>(() => new Set());
  const plan = useMemo(
    () => planProcedureImport(result, duplicates, { includeInLog, confirmedRows }),
    [result, duplicates, includeInLog, confirmedRows],
  );
  const ready = plan.entries.length;
  const inLog = duplicates.inLog.length;
  // Rows already in the log that also look like patient data: imported again only once confirmed.
  const heldBackInLog = useMemo(() => {
    const rowsInLog = new Set(duplicates.inLog);
    return plan.toConfirm.filter((flagged) => rowsInLog.has(flagged.row) && !confirmedRows.has(flagged.row)).length;
  }, [duplicates.inLog, plan.toConfirm, confirmedRows]);
  // Stable, so ticking one flagged row renders only that row again.
  const setConfirmed = useCallback((rows: readonly number[], confirmed: boolean) => setConfirmedRows((current) => withMembers(current, rows, confirmed)), []);

  return (
    <Stack gap="md">
      <Alert
        color={ready > 0 ? 'teal' : 'orange'}
        icon={ready > 0 ? <IconCircleCheck /> : <IconAlertTriangle />}
        title={ready === 1 ? '1 row is ready to import' : `${formatCount(ready)} rows are ready to import`}
      >
        {errors.length === 0
          ? 'Every row could be read.'
          : `${formatCount(errors.length)} ${errors.length === 1 ? 'row has a problem and will be' : 'rows have problems and will be'} skipped. Fix ${errors.length === 1 ? 'it' : 'them'} in your spreadsheet and import the file again: rows already in your log are left out, so nothing is added twice.`}
        {plan.heldBack > 0 && ` ${heldBackNote(plan.heldBack)}`}
      </Alert>
      {inLog > 0 && (
        <Alert color="gray" icon={<IconCopy />} data-testid="rows-in-log" title={inLogTitle(inLog, includeInLog, heldBackInLog)}>
          <Text size="sm">
            {inLog === 1 ? 'It is' : 'Each is'} identical to an entry you have: same date, procedure, role, imaging, setting,
            experience, attending and notes.
          </Text>
          <Checkbox
            mt="xs"
            label={inLog === 1 ? 'Import it anyway, as an extra entry' : 'Import them anyway, as extra entries'}
            checked={includeInLog}
            onChange={(event) => setIncludeInLog(event.currentTarget.checked)}
          />
        </Alert>
      )}
      {duplicates.repeated.length > 0 && <RepeatedRowsNote repeated={duplicates.repeated} />}
      {monthFirst.example && (
        <Alert color="blue" title="Dates read month first" data-testid="month-first-dates">
          {monthFirst.count === 1 ? '1 date' : `${formatCount(monthFirst.count)} dates`} written with slashes {monthFirst.count === 1 ? 'was' : 'were'}{' '}
          read the US way, month first: {monthFirst.example.cell} as {longDate(monthFirst.example.read)}. If your file puts the
          day first, go back to the columns and set dates with slashes to Day first.
        </Alert>
      )}
      {plan.toConfirm.length > 0 && (
        <FlaggedRows rows={plan.toConfirm} heldBack={plan.heldBack} confirmedRows={confirmedRows} onConfirm={setConfirmed} />
      )}
      {errors.length > 0 && <RowMessages rows={errors} label="Rows that will be skipped" heading="What to fix" />}
      {warnings.length > 0 && <RowMessages rows={warnings} label="Rows imported with a note" heading="Imported, but note" />}
      <Group justify="space-between">
        <Button variant="subtle" onClick={onBack} disabled={importing}>
          Back to columns
        </Button>
        <Group>
          <Button variant="default" onClick={onCancel} disabled={importing}>
            Cancel
          </Button>
          <Button onClick={() => onConfirm(plan.entries, plan.confirmedEntries)} disabled={ready === 0} loading={importing}>
            {ready === 1 ? 'Import 1 valid entry' : `Import ${formatCount(ready)} valid entries`}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function heldBackNote(count: number): string {
  return count === 1
    ? '1 row that looks like patient data is left out unless you confirm it below.'
    : `${formatCount(count)} rows that look like patient data are left out unless you confirm them below.`;
}

function inLogTitle(count: number, included: boolean, heldBack: number): string {
  if (included && heldBack > 0) {
    const again = count - heldBack;
    return `${formatCount(again)} of the ${formatCount(count)} rows already in your log will be imported again; ${formatCount(heldBack)} ${heldBack === 1 ? 'looks' : 'look'} like patient data and ${heldBack === 1 ? 'waits' : 'wait'} for your confirmation below`;
  }
  if (included) return count === 1 ? '1 row already in your log will be imported again' : `${formatCount(count)} rows already in your log will be imported again`;
  return count === 1 ? '1 row is already in your log and will be skipped' : `${formatCount(count)} rows are already in your log and will be skipped`;
}

/** Identical rows within the file are imported: several of the same case on one day is normal. */
function RepeatedRowsNote({ repeated }: { repeated: DuplicateRows['repeated'] }) {
  const [first] = repeated;
  if (!first) return null;
  const count = repeated.length;
  return (
    <Alert
      color="blue"
      title={count === 1 ? '1 row repeats an earlier row of this file' : `${formatCount(count)} rows repeat an earlier row of this file`}
      data-testid="repeated-rows"
    >
      Row {first.row} is the same as row {first.sameAs}
      {count > 1 ? `, and ${formatCount(count - 1)} more like it` : ''}.{' '}
      {count === 1 ? 'It is imported as a separate case' : 'They are imported as separate cases'}, as when you log several of
      the same case on one day. If {count === 1 ? 'it was' : 'they were'} copied by mistake, delete{' '}
      {count === 1 ? 'it' : 'them'} from the file first.
    </Alert>
  );
}
