import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CsvImportModal } from '../../../renderer/src/pages/procedures/CsvImportModal';
import { parseCsv } from '../../../shared/exposure/procedure-csv';
import type { ProcedureEntry, ProcedureEntryInput } from '../../../shared/exposure/procedure-schema';
import { render } from '../render';

// A file with more rows that look like patient data than the old list showed (200): every one can be confirmed.

type AddArgs = { entries: ProcedureEntryInput[]; confirmedEntries: number[] };

const FLAGGED = 250;

/** Spreadsheet row 2 is plain, rows 3..252 carry a phone number in the notes, the last row is plain again. */
function csvWithFlaggedRows(): string {
  const date = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const flagged = Array.from({ length: FLAGGED }, (_, i) => `${date(i)},TACE,observed,Fellow called 555-123-4567 about case ${i + 1}`);
  return ['Date,Procedure,Role,Notes', '2026-01-05,Y90,observed,', ...flagged, '2026-01-06,Y90,assisted,'].join('\n');
}

function setup() {
  const parsed = parseCsv(csvWithFlaggedRows());
  if (!parsed.ok) throw new Error('the test file should parse');
  const add = vi.fn(async ({ entries }: AddArgs) => ({
    ok: true as const,
    value: entries.map((entry, i): ProcedureEntry => ({ ...entry, id: `new-${i}` })),
  }));
  const stub = {
    'exposure:get': async () => ({ ok: true as const, value: { procedures: [] } }),
    'procedures:add': add,
  };
  Object.defineProperty(window, 'api', { value: stub, configurable: true });
  const onImported = vi.fn(async () => {});
  const user = userEvent.setup({ delay: null });
  render(
    <CsvImportModal
      source={{ fileName: 'many-flagged.csv', parsed: parsed.value }}
      customProcedures={[]}
      experiences={[]}
      onClose={() => {}}
      onImported={onImported}
    />,
  );
  return { user, add, onImported };
}

describe('CSV import with many rows that look like patient data', { timeout: 30_000 }, () => {
  // jsdom lays nothing out; give the list's scroll box and rows the sizes they have in the app.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(44);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(window, 'api');
  });

  it('holds every flagged row back until confirmed, and says how many are left out', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    const summary = await screen.findByText('2 rows are ready to import');
    expect(summary.closest('[role="alert"]')).toHaveTextContent('250 rows that look like patient data are left out unless you confirm them below.');
    expect(screen.getByTestId('flagged-rows')).toHaveTextContent('250 are held back and will be left out.');
    expect(screen.getByRole('button', { name: 'Import 2 valid entries' })).toBeEnabled();
    // Only the rows in view are in the page; the table still counts them all.
    const table = screen.getByRole('table', { name: 'Rows that look like patient data' });
    expect(table).toHaveAttribute('aria-rowcount', String(FLAGGED + 1));
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    expect(within(table).getByRole('checkbox', { name: 'Row 3 is not patient data' })).not.toBeChecked();
  });

  it('confirms all of them at once, lets one be taken back, and sends only the confirmed rows as confirmed', async () => {
    const { user, add, onImported } = setup();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    const all = await screen.findByRole('checkbox', { name: 'All 250 flagged rows are not patient data' });

    await user.click(all);
    expect(all).toBeChecked();
    expect(screen.getByTestId('flagged-rows')).toHaveTextContent('You confirmed all 250 are not patient data, so they will be imported.');
    expect(screen.getByText('252 rows are ready to import')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Rows that look like patient data' });
    await user.click(within(table).getByRole('checkbox', { name: 'Row 3 is not patient data' }));
    expect(all).not.toBeChecked();
    expect(all).toHaveAttribute('data-indeterminate', 'true');
    expect(screen.getByTestId('flagged-rows')).toHaveTextContent(
      '249 confirmed as not patient data will be imported; 1 is held back and will be left out.',
    );

    await user.click(screen.getByRole('button', { name: 'Import 251 valid entries' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const [{ entries, confirmedEntries }] = add.mock.calls[0]!;
    expect(entries).toHaveLength(251);
    // File order: the plain row 2, flagged rows 4..252 (confirmed), the plain last row (checked again on save).
    expect(confirmedEntries).toEqual(Array.from({ length: 249 }, (_, i) => i + 1));
    expect(entries[0]!.notes).toBe('');
    expect(entries[1]!.notes).toBe('Fellow called 555-123-4567 about case 2');
    expect(entries[250]!.notes).toBe('');
  });

  it('takes every confirmation back when the box for all of them is unticked', async () => {
    const { user, add } = setup();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    const all = await screen.findByRole('checkbox', { name: 'All 250 flagged rows are not patient data' });
    await user.click(all);
    await user.click(all);
    expect(all).not.toBeChecked();
    const table = screen.getByRole('table', { name: 'Rows that look like patient data' });
    expect(within(table).getByRole('checkbox', { name: 'Row 3 is not patient data' })).not.toBeChecked();
    expect(screen.getByTestId('flagged-rows')).toHaveTextContent('250 are held back and will be left out.');

    await user.click(screen.getByRole('button', { name: 'Import 2 valid entries' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add.mock.calls[0]![0]).toMatchObject({ confirmedEntries: [] });
    expect(add.mock.calls[0]![0].entries).toHaveLength(2);
  });
});
