import { Alert, Badge, Button, Group, List, Modal, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  PROGRAM_CSV_FIELDS,
  parseProgramCsv,
  suggestProgramColumnMapping,
  validateProgramRows,
  type ParsedCsv,
  type ProgramColumnMapping,
  type ProgramCsvField,
} from '../../../../shared/programs/program-csv';
import { holdBackRowsWithIdentifiers } from '../../../../shared/programs/program-free-text';
import { MAX_PROGRAMS_PER_CALL } from '../../../../shared/ipc/programs-contract';
import { formatCount } from '../../../../shared/format-count';
import type { ProgramDraft } from '../../../../shared/programs/program-schema';
import { localToday } from '../../../../shared/local-today';
import { PickFileButton } from '../../components/PickFileButton';

/** Large enough for any real shortlist; a bigger file is almost certainly the wrong one. */
const MAX_CSV_BYTES = 5_000_000;
const SKIP = '';
const FIELD_OPTIONS = [{ value: SKIP, label: 'Do not import' }, ...PROGRAM_CSV_FIELDS.map((f) => ({ value: f.field, label: f.header }))];
const SOURCE_OPTIONS = [
  { value: 'other', label: 'My own notes (low confidence)' },
  { value: 'sir-directory', label: 'SIR training directory (medium confidence)' },
];

interface Loaded {
  fileName: string;
  parsed: ParsedCsv;
  /** File header → the field it fills; the reverse of ProgramColumnMapping, one choice per column. */
  fieldOf: Record<string, ProgramCsvField | typeof SKIP>;
  volumeSource: ProgramColumnMapping['volumeSource'];
}

function toMapping(loaded: Loaded): ProgramColumnMapping {
  const columns: ProgramColumnMapping['columns'] = {};
  for (const [header, field] of Object.entries(loaded.fieldOf)) if (field && columns[field] === undefined) columns[field] = header;
  return { columns, volumeSource: loaded.volumeSource };
}

interface CsvImportModalProps {
  opened: boolean;
  onClose: () => void;
  onImport: (drafts: ProgramDraft[]) => Promise<void>;
  /** Names on the shortlist now: rows naming one of them are held back as duplicates. */
  existingNames: readonly string[];
}

/** File → column mapping → preview with row errors → confirm. Closing at any step changes nothing. */
export function CsvImportModal({ opened, onClose, onImport, existingNames }: CsvImportModalProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const close = () => {
    setLoaded(null);
    setFileError(null);
    onClose();
  };

  const readFile = async (file: File) => {
    // A file that is refused leaves nothing behind: the last file's preview must not look ready to import.
    setFileError(null);
    setLoaded(null);
    if (file.size > MAX_CSV_BYTES) {
      setFileError('That file is larger than 5 MB, which is too large for a program list. Choose the CSV you exported.');
      return;
    }
    const parsed = parseProgramCsv(await file.text());
    if (parsed.headers.length === 0 || parsed.rows.length === 0) {
      setFileError('That file has no rows to import. The first line should name the columns, with one program per line below it.');
      return;
    }
    const suggestion = suggestProgramColumnMapping(parsed.headers);
    const fieldOf: Loaded['fieldOf'] = Object.fromEntries(parsed.headers.map((h) => [h, SKIP]));
    for (const [field, header] of Object.entries(suggestion.columns)) fieldOf[header] = field as ProgramCsvField;
    setLoaded({ fileName: file.name, parsed, fieldOf, volumeSource: suggestion.volumeSource });
  };

  // Rows whose notes look like patient data are listed with the other problems, never imported.
  const preview = useMemo(
    () =>
      loaded
        ? holdBackRowsWithIdentifiers(
            validateProgramRows(loaded.parsed.rows, toMapping(loaded), {
              learnedOn: localToday(),
              existingNames,
              rowProblems: loaded.parsed.rowProblems,
            }),
            loaded.parsed.rows.length,
          )
        : null,
    [loaded, existingNames],
  );

  const tooMany = preview !== null && preview.valid.length > MAX_PROGRAMS_PER_CALL;
  const canImport = preview !== null && preview.valid.length > 0 && !tooMany;

  const confirm = async () => {
    if (!preview || !canImport) return;
    setImporting(true);
    try {
      await onImport(preview.valid);
      close();
    } catch {
      // Reported by the page; the preview stays so nothing is lost.
    } finally {
      setImporting(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Import programs from CSV" size="xl">
      <Stack gap="md">
        <Group>
          <PickFileButton onPick={(file) => void readFile(file)} accept=".csv,text/csv">
            {(props) => (
              <Button {...props} variant={loaded ? 'default' : 'filled'} leftSection={<IconFileImport size={16} />}>
                {loaded ? 'Choose another file' : 'Choose a CSV file'}
              </Button>
            )}
          </PickFileButton>
          {loaded && (
            <Text size="sm" c="dimmed">
              {loaded.fileName}: {formatCount(loaded.parsed.rows.length)} {loaded.parsed.rows.length === 1 ? 'row' : 'rows'}
            </Text>
          )}
        </Group>
        {fileError && (
          <Alert color="red" icon={<IconAlertTriangle />}>
            {fileError}
          </Alert>
        )}
        {loaded && preview && (
          <>
            <div>
              <Text fw={600} size="sm">
                Match the file’s columns
              </Text>
              <Text size="xs" c="dimmed">
                We guessed from the column names. Columns you do not import stay “not known yet”.
              </Text>
            </div>
            <ScrollArea.Autosize mah={260}>
              <Table verticalSpacing={4} aria-label="Column mapping">
                <Table.Tbody>
                  {loaded.parsed.headers.map((header) => (
                    <Table.Tr key={header}>
                      <Table.Td w="45%">
                        <Text size="sm">{header}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          aria-label={`Column ${header}`}
                          data={FIELD_OPTIONS}
                          value={loaded.fieldOf[header] ?? SKIP}
                          allowDeselect={false}
                          searchable
                          onChange={(value) =>
                            setLoaded({ ...loaded, fieldOf: { ...loaded.fieldOf, [header]: (value ?? SKIP) as ProgramCsvField } })
                          }
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Select
              label="Where the volume numbers came from"
              data={SOURCE_OPTIONS}
              value={loaded.volumeSource}
              allowDeselect={false}
              onChange={(value) => setLoaded({ ...loaded, volumeSource: value === 'sir-directory' ? 'sir-directory' : 'other' })}
              maw={420}
            />
            <Group gap="xs" aria-label="Import preview">
              <Badge color="teal" variant="light" size="lg">
                {formatCount(preview.valid.length)} ready to import
              </Badge>
              {preview.errors.length > 0 && (
                <Badge color="red" variant="light" size="lg">
                  {formatCount(preview.errors.length)} {preview.errors.length === 1 ? 'row' : 'rows'} with problems
                </Badge>
              )}
            </Group>
            {tooMany && (
              <Alert color="red" icon={<IconAlertTriangle />} title="Too many programs for one import">
                This file has {formatCount(preview.valid.length)} programs ready; up to {formatCount(MAX_PROGRAMS_PER_CALL)} can be
                imported at once. Split the file into smaller files and import each one.
              </Alert>
            )}
            {(preview.errors.length > 0 || loaded.parsed.problems.length > 0) && (
              <Alert color="orange" title="These rows will be skipped" icon={<IconAlertTriangle />}>
                <ScrollArea.Autosize mah={180}>
                  <List size="sm" spacing={4}>
                    {loaded.parsed.problems.map((problem) => (
                      <List.Item key={problem}>{problem}</List.Item>
                    ))}
                    {preview.errors.map((error) => (
                      <List.Item key={error.row}>
                        {error.row === 1 ? '' : `Row ${error.row}: `}
                        {error.messages.join(' ')}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
                <Text size="xs" mt={6}>
                  Fix them in the file and choose it again, or import the rest now.
                </Text>
              </Alert>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button disabled={!canImport} loading={importing} onClick={() => void confirm()}>
            {canImport
              ? `Import ${formatCount(preview.valid.length)} ${preview.valid.length === 1 ? 'program' : 'programs'}`
              : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
