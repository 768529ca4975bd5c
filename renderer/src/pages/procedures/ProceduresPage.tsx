import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import { experiencesToCsv, proceduresToCsv } from '../../../../shared/exposure/exposure-csv-export';
import type { ProcedureEntry } from '../../../../shared/exposure/procedure-schema';
import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { countUnlinkedOnRestore, ownProceduresUsedBy, planProceduresRestore } from '../../../../shared/exposure/exposure-mutations';
import { notifyWithUndo } from '../../components/notify-undo';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useAppInfo } from '../../app/app-info-context';
import { useApiQuery } from '../../app/use-api-query';
import { loadExposure } from '../exposure/load-exposure';
import { downloadText } from '../../download';
import { CsvImportModal, type CsvSource } from './CsvImportModal';
import { MAX_CSV_BYTES, readProcedureCsv } from './csv-import';
import { CustomProcedureModal } from './CustomProcedureModal';
import { CustomProceduresManager } from './CustomProceduresManager';
import { EditEntryModal } from './EditEntryModal';
import { LogActions } from './LogActions';
import { DEFAULT_SORT, buildLogRows, filterRows, sortRows, toggleSort, type LogRow, type LogSort, type SortColumn } from './procedure-filters';
import { localToday } from '../../../../shared/local-today';
import { EMPTY_FILTER_INPUTS, ProcedureLogFilters, inputsToFilters, type FilterInputs } from './ProcedureLogFilters';
import { ProcedureLogTable, editButtonOfEntry } from './ProcedureLogTable';
import { focusWasLost } from '../../components/focus-lost';
import { useFocusAfterRender } from '../../components/use-focus-after-render';
import { QuickEntryCard } from './QuickEntryCard';
import { useSearchPreparedWhenIdle } from './use-search-prepared-when-idle';
import { formatCount } from '../../../../shared/format-count';
import { withMembers } from '../../../../shared/set-members';
import { restoredMessage } from './restored-message';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

const NONE_SELECTED: readonly string[] = [];

const entriesWord = (count: number) => (count === 1 ? 'entry' : 'entries');

/**
 * Undo of a delete: first brings back any own procedure the entries name that was deleted since,
 * then the entries. Returns what to tell the user; throws (in words) when nothing was put back.
 */
async function restoreEntries(entries: ProcedureEntry[], ownProcedures: readonly CustomProcedure[]): Promise<string> {
  const current = unwrap(await api()['exposure:get']());
  const plan = planProceduresRestore(current, entries, ownProcedures);
  for (const procedure of plan.proceduresToRestore) unwrap(await api()['custom-procedures:restore'](procedure));
  const restored = unwrap(await api()['procedures:restore']({ entries: plan.entries }));
  return restoredMessage(restored.length, plan.proceduresToRestore, countUnlinkedOnRestore(plan.entries, restored));
}

export function ProceduresPage() {
  const { data, error, loading, reload } = useApiQuery(loadExposure);
  // A replaced document (sample, import, restore) starts the log's filters and selection afresh.
  const { dataVersion } = useAppInfo();
  return (
    <Stack>
      <div>
        <Title order={2}>Procedure log</Title>
        <Text c="dimmed" size="sm" maw={760}>
          Every IR case you saw or helped with, by case-mix category. Programs judge an applicant less on the count than on
          the range of work seen and what was understood from it, so a line of reflection is worth more than a bare entry.
        </Text>
      </div>
      {error && (
        <Alert color="red" title="The log could not be loaded">
          {error}
        </Alert>
      )}
      {loading && data === undefined ? <Loader aria-label="Loading the procedure log" /> : data && <ProcedureLog key={dataVersion} data={data} reload={reload} />}
    </Stack>
  );
}

function ProcedureLog({ data, reload }: { data: ExposureCollections; reload: () => Promise<void> }) {
  const { procedures, customProcedures, experiences } = data;
  const [filterInputs, setFilterInputs] = useState<FilterInputs>(EMPTY_FILTER_INPUTS);
  const [sort, setSort] = useState<LogSort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<ProcedureEntry | null>(null);
  const [addingProcedure, setAddingProcedure] = useState(false);
  const [managingProcedures, setManagingProcedures] = useState(false);
  const [csvSource, setCsvSource] = useState<CsvSource | null>(null);
  const [csvError, setCsvError] = useState<string | null>(null);

  // A keystroke filters at once, in the same frame: filtering 5,000 prepared rows takes about a
  // millisecond, and everything but the search box, the count and the new rows is memoised with
  // stable callbacks, so nothing else renders again.
  const filters = useMemo(() => inputsToFilters(filterInputs), [filterInputs]);
  const rows = useMemo(() => buildLogRows(procedures, customProcedures, experiences), [procedures, customProcedures, experiences]);
  useSearchPreparedWhenIdle(rows);
  // Sorted once, then filtered: the sort is a total order, so the result is the same and a keystroke never re-sorts.
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filters), [sorted, filters]);
  const selectedShown = useMemo(() => {
    const ids = selected.size === 0 ? [] : shown.filter((row) => selected.has(row.entry.id)).map((row) => row.entry.id);
    return ids.length === 0 ? NONE_SELECTED : ids; // the same empty list each time keeps LogActions memoised
  }, [shown, selected]);

  const select = useCallback((ids: readonly string[], on: boolean) => setSelected((current) => withMembers(current, ids, on)), []);

  const remove = useCallback(
    async (ids: readonly string[]) => {
      try {
        const removed = unwrap(await api()['procedures:delete']({ ids: [...ids] }));
        // The own procedures these entries name go with the undo: one deleted meanwhile comes back with them.
        const usedOwnProcedures = ownProceduresUsedBy(removed, customProcedures);
        select(ids, false);
        await reload();
        if (removed.length === 0) return;
        notifyWithUndo({
          title: removed.length === 1 ? 'Entry deleted' : `${formatCount(removed.length)} entries deleted`,
          message: `You can still bring ${removed.length === 1 ? 'it' : 'them'} back.`,
          undo: async () => {
            notifySuccess(await restoreEntries(removed, usedOwnProcedures));
            await reload();
          },
          failureTitle: 'The deletion could not be undone',
        });
      } catch (caught) {
        notifyFailure(caught, 'Nothing was deleted');
      }
    },
    [reload, select, customProcedures],
  );
  const logTitle = useRef<HTMLHeadingElement>(null);
  const removeRow = useCallback(
    (row: LogRow) => {
      // Rows are keyed by place, so this row will show the next entry: focus leaves its Delete
      // button first, or a held Enter would go on to delete that one too.
      logTitle.current?.focus({ preventScroll: true });
      void remove([row.entry.id]);
    },
    [remove],
  );
  const sortBy = useCallback((column: SortColumn) => setSort((current) => toggleSort(current, column)), []);
  const edit = useCallback((row: LogRow) => setEditing(row.entry), []);
  const openAddProcedure = useCallback(() => setAddingProcedure(true), []);
  // The dialogs are mounted only while open, so Mantine cannot hand focus back when they close:
  // it goes back here, to what opened them, or it would fall to the top of the page.
  const focusAfterRender = useFocusAfterRender();
  const logCard = useRef<HTMLDivElement>(null);
  const addProcedureButton = useRef<HTMLButtonElement>(null);
  const manageProceduresButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(
    (find: () => HTMLElement | null) => focusAfterRender(() => (focusWasLost() ? find() : null)),
    [focusAfterRender],
  );
  const editingId = editing?.id;
  const closeEditing = useCallback(() => {
    setEditing(null);
    // The row may have moved (a new date sorts it elsewhere) or scrolled out of the mounted rows.
    if (editingId) returnFocus(() => editButtonOfEntry(logCard.current, editingId) ?? logTitle.current);
  }, [editingId, returnFocus]);
  const closeAddProcedure = useCallback(() => {
    setAddingProcedure(false);
    returnFocus(() => addProcedureButton.current);
  }, [returnFocus]);
  const openManageProcedures = useCallback(() => setManagingProcedures(true), []);
  const closeManageProcedures = useCallback(() => {
    setManagingProcedures(false);
    // With no own procedure left, its button has gone too.
    returnFocus(() => manageProceduresButton.current ?? addProcedureButton.current);
  }, [returnFocus]);
  // Filtering from the manager (which sits above the log) also takes the applicant to the log,
  // a frame later, once the manager has left the page.
  const showEntriesOf = useCallback((procedureId: string) => {
    setFilterInputs({ ...EMPTY_FILTER_INPUTS, procedureId });
    setManagingProcedures(false);
    requestAnimationFrame(() => logTitle.current?.focus());
  }, []);
  const closeCsv = useCallback(() => setCsvSource(null), []);

  const deleteSelected = useCallback(
    (ids: readonly string[]) => {
      // The button goes once its entries do; the log's title is where the keyboard carries on.
      logTitle.current?.focus({ preventScroll: true });
      void remove(ids);
    },
    [remove],
  );

  const undoImport = async (created: ProcedureEntry[]) => {
    unwrap(await api()['procedures:delete']({ ids: created.map((entry) => entry.id) }));
    await reload();
    notifySuccess('Import undone');
  };

  const imported = async (created: ProcedureEntry[]) => {
    await reload();
    notifyWithUndo({
      color: 'teal',
      title: `Imported ${formatCount(created.length)} ${entriesWord(created.length)}`,
      message: 'Added to your log.',
      undo: () => undoImport(created),
      failureTitle: 'The import could not be undone',
    });
  };

  const chooseCsv = useCallback(async (file: File) => {
    setCsvError(null);
    if (file.size > MAX_CSV_BYTES) {
      setCsvError('The file is larger than 20 MB, which is far more than a procedure log. Check that you chose the right file.');
      return;
    }
    const parsed = readProcedureCsv(await file.text());
    if (parsed.ok) setCsvSource({ fileName: file.name, parsed: parsed.value });
    else setCsvError(parsed.error.message);
  }, []);
  const chooseCsvFile = useCallback((file: File) => void chooseCsv(file), [chooseCsv]);

  const exportLog = useCallback(() => {
    downloadText(`procedure-log-${localToday()}.csv`, BOM + proceduresToCsv(procedures, customProcedures, experiences), 'text/csv');
  }, [procedures, customProcedures, experiences]);
  const exportExperiences = useCallback(() => {
    downloadText(`experiences-${localToday()}.csv`, BOM + experiencesToCsv(experiences), 'text/csv');
  }, [experiences]);

  return (
    <>
      <QuickEntryCard
        customProcedures={customProcedures}
        experiences={experiences}
        onLogged={reload}
        onAddCustomProcedure={openAddProcedure}
        onManageCustomProcedures={openManageProcedures}
        addProcedureButton={addProcedureButton}
        manageProceduresButton={manageProceduresButton}
      />

      <Card withBorder padding="lg" ref={logCard}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={4} ref={logTitle} tabIndex={-1}>
                Your log
              </Title>
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="procedure-log-count">
                {shown.length === procedures.length
                  ? `${formatCount(procedures.length)} ${entriesWord(procedures.length)}`
                  : // The word follows the total: "0 of 1 entry", "3 of 155 entries".
                    `${formatCount(shown.length)} of ${formatCount(procedures.length)} ${entriesWord(procedures.length)}`}
              </Text>
            </div>
            <LogActions
              selectedShown={selectedShown}
              canExportLog={procedures.length > 0}
              canExportExperiences={experiences.length > 0}
              onDeleteSelected={deleteSelected}
              onChooseCsv={chooseCsvFile}
              onExportLog={exportLog}
              onExportExperiences={exportExperiences}
            />
          </Group>

          {csvError && (
            <Alert color="red" title="Nothing was imported" role="alert" withCloseButton onClose={() => setCsvError(null)}>
              <Text size="sm">{csvError}</Text>
              <Text size="sm" mt="xs">
                Your log has not been changed.
              </Text>
            </Alert>
          )}

          <ProcedureLogFilters
            inputs={filterInputs}
            onChange={setFilterInputs}
            customProcedures={customProcedures}
            experiences={experiences}
          />

          <ProcedureLogTable
            rows={shown}
            totalCount={procedures.length}
            sort={sort}
            onSort={sortBy}
            selected={selected}
            onSelect={select}
            onEdit={edit}
            onDelete={removeRow}
          />
        </Stack>
      </Card>

      {/* Mounted only while open: a closed Mantine modal still runs its hooks on every render, and
          three of them were a noticeable part of opening the log. */}
      {editing && (
        <EditEntryModal
          entry={editing}
          customProcedures={customProcedures}
          experiences={experiences}
          onClose={closeEditing}
          onSaved={reload}
        />
      )}
      {addingProcedure && (
        <CustomProcedureModal
          opened={addingProcedure}
          customProcedures={customProcedures}
          onClose={closeAddProcedure}
          onAdded={reload}
        />
      )}
      {managingProcedures && (
        <CustomProceduresManager
          customProcedures={customProcedures}
          procedures={procedures}
          onClose={closeManageProcedures}
          onChanged={reload}
          onShowEntries={showEntriesOf}
        />
      )}
      {csvSource && (
        <CsvImportModal
          source={csvSource}
          customProcedures={customProcedures}
          experiences={experiences}
          onClose={closeCsv}
          onImported={imported}
        />
      )}
    </>
  );
}
