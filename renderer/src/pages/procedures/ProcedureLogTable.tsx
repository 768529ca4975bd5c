import { Checkbox, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo, useRef } from 'react';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows';
import type { LogRow, LogSort, SortColumn } from './procedure-filters';
import classes from './ProcedureLogTable.module.css';

const ROW_HEIGHT = 52;
const VIEWPORT_HEIGHT = 520;

// Widths in parts of the table's width beside the fixed checkbox, date and action columns; the
// procedure, without one, takes what is left (at least ~180 px at TABLE_MIN_WIDTH). Below that
// width the box scrolls sideways instead of squeezing a column to nothing.
const COLUMNS: { column: SortColumn; label: string; width?: string }[] = [
  { column: 'date', label: 'Date', width: '102px' },
  { column: 'procedure', label: 'Procedure' },
  { column: 'category', label: 'Category', width: '11%' },
  { column: 'role', label: 'Role', width: '12%' },
  { column: 'setting', label: 'Setting', width: '10%' },
  { column: 'experience', label: 'Experience / site', width: '17%' },
  { column: 'attending', label: 'Attending', width: '11%' },
];
const TABLE_MIN_WIDTH = 980;

interface ProcedureLogTableProps {
  rows: readonly LogRow[];
  /** Entries in the log before filtering, to tell "nothing logged" from "nothing matches". */
  totalCount: number;
  sort: LogSort;
  onSort: (column: SortColumn) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  onEdit: (row: LogRow) => void;
  onDelete: (row: LogRow) => void;
}

/**
 * Only the rows in view are in the DOM, so a log of thousands scrolls and sorts without lag.
 * Memoised, with memoised rows: a keystroke in the search box renders nothing here until the filtered rows change.
 */
export const ProcedureLogTable = memo(function ProcedureLogTable(props: ProcedureLogTableProps) {
  const { rows, totalCount, sort, onSort, selected, onSelect, onEdit, onDelete } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom } = useVirtualRows({
    count: rows.length,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    viewportHeight: VIEWPORT_HEIGHT,
    getKey: (index) => rows[index]?.entry.id ?? index,
  });

  const selectedShown = rows.reduce((count, row) => count + (selected.has(row.entry.id) ? 1 : 0), 0);
  const allShownSelected = rows.length > 0 && selectedShown === rows.length;
  const columnCount = COLUMNS.length + 2;

  return (
    <div
      ref={scrollRef}
      style={{ height: VIEWPORT_HEIGHT, overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid="procedure-log-scroll"
    >
      <Table layout="fixed" miw={TABLE_MIN_WIDTH} stickyHeader highlightOnHover horizontalSpacing={8} verticalSpacing={6} aria-rowcount={rows.length + 1} aria-label="Procedure log">
        <colgroup>
          <col style={{ width: 34 }} />
          {COLUMNS.map(({ column, width }) => (
            <col key={column} style={width ? { width } : undefined} />
          ))}
          <col style={{ width: 64 }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>
              <Checkbox
                size="xs"
                aria-label="Select all shown entries"
                checked={allShownSelected}
                indeterminate={selectedShown > 0 && !allShownSelected}
                disabled={rows.length === 0}
                onChange={() => onSelect(rows.map((row) => row.entry.id), !allShownSelected)}
              />
            </Table.Th>
            {COLUMNS.map(({ column, label }) => {
              const active = sort.column === column;
              const SortIcon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
              return (
                <Table.Th key={column} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <UnstyledButton onClick={() => onSort(column)} fw={600} fz="sm">
                    <Group gap={4} wrap="nowrap">
                      <span>{label}</span>
                      <SortIcon size={14} stroke={1.6} opacity={active ? 1 : 0.4} aria-hidden />
                    </Group>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
            <Table.Th className={classes.actionsCell}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>
                <Text c="dimmed" size="sm" ta="center" py="xl">
                  {totalCount === 0 ? 'No cases logged yet. Log your first one above.' : 'No entries match these filters.'}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          <SpacerRow height={paddingTop} colSpan={columnCount} />
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              // Keyed by place, not by entry: a filter or sort that brings other entries into view
              // updates the rows already there instead of removing them and building new ones (the
              // first keys of a search replace most rows). A scroll still keeps the rows it does not move.
              <LogTableRow
                key={item.index}
                row={row}
                rowIndex={item.index + 2}
                selected={selected.has(row.entry.id)}
                onSelect={onSelect}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            );
          })}
          <SpacerRow height={paddingBottom} colSpan={columnCount} />
        </Table.Tbody>
      </Table>
    </div>
  );
});

interface LogTableRowProps {
  row: LogRow;
  rowIndex: number;
  selected: boolean;
  onSelect: ProcedureLogTableProps['onSelect'];
  onEdit: ProcedureLogTableProps['onEdit'];
  onDelete: ProcedureLogTableProps['onDelete'];
}

/**
 * Memoised: after a filter or scroll, rows still in view are not rendered again. Plain elements
 * with CSS-module classes (see ProcedureLogTable.module.css): a row mounts in a fraction of the
 * time a dozen Mantine components took, which keeps a filter keystroke within a frame.
 */
const LogTableRow = memo(function LogTableRow({ row, rowIndex, selected, onSelect, onEdit, onDelete }: LogTableRowProps) {
  const { entry } = row;
  const name = `${row.procedureName} on ${entry.date}`;
  return (
    <tr aria-rowindex={rowIndex} className={classes.row} data-selected={selected || undefined} data-entry-id={entry.id}>
      <td className={classes.cell}>
        <input
          type="checkbox"
          className={classes.check}
          aria-label={`Select ${name}`}
          checked={selected}
          onChange={(event) => onSelect([entry.id], event.currentTarget.checked)}
        />
      </td>
      <td className={`${classes.cell} ${classes.date}`}>{entry.date}</td>
      <td className={classes.cell} title={row.advanced ? `${row.procedureName} (advanced, high-yield)` : row.procedureName}>
        <span className={classes.procedure}>
          <span className={classes.truncate}>{row.procedureName}</span>
          {row.advanced && <span className={classes.advanced}>adv</span>}
        </span>
      </td>
      <td className={classes.cell} title={row.categoryLabel}>
        {row.categoryLabel}
      </td>
      <td className={classes.cell} title={row.roleLabel}>
        {row.roleLabel}
      </td>
      <td className={classes.cell} title={row.settingLabel}>
        {entry.setting === 'emergency' ? 'On call' : row.settingLabel}
      </td>
      <td className={classes.cell} title={row.experienceLabel}>
        {row.experienceTitle ? (
          <>
            <span className={classes.truncate}>{row.experienceTitle}</span>
            <span className={`${classes.truncate} ${classes.site}`}>{row.site}</span>
          </>
        ) : (
          <span className={classes.dimmed}>—</span>
        )}
      </td>
      <td className={classes.cell} title={entry.attending}>
        {entry.attending}
      </td>
      <td className={`${classes.cell} ${classes.actionsCell}`}>
        <div className={classes.actions}>
          <button type="button" className={`${classes.action} ${classes.edit}`} aria-label={`Edit ${name}`} onClick={() => onEdit(row)} />
          <button type="button" className={`${classes.action} ${classes.delete}`} aria-label={`Delete ${name}`} onClick={() => onDelete(row)} />
        </div>
      </td>
    </tr>
  );
});

/** The Edit button of an entry's row, if the row is on screen (the log mounts only the rows in view). */
export function editButtonOfEntry(table: HTMLElement | null, entryId: string): HTMLButtonElement | null {
  const row = table?.querySelector(`tr[data-entry-id="${CSS.escape(entryId)}"]`);
  return row?.querySelector<HTMLButtonElement>('button[aria-label^="Edit "]') ?? null;
}
