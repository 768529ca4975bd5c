import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureEntry } from '../../../shared/exposure/procedure-schema';
import { ProcedureLogTable } from '../../../renderer/src/pages/procedures/ProcedureLogTable';
import { DEFAULT_SORT, buildLogRows, type LogRow } from '../../../renderer/src/pages/procedures/procedure-filters';
import { render, screen, within } from '../render';

// Rows are keyed by their place in the list, so a filter puts other entries into the same rows:
// these tests check that nothing of the entry shown before stays behind.

const entry = (id: string, date: string, procedureId: string, attending: string): ProcedureEntry => ({
  id,
  date,
  procedureId,
  role: 'observed',
  guidance: [],
  setting: 'scheduled',
  experienceId: null,
  attending,
  learned: '',
  patientCare: '',
  complication: '',
  notes: '',
});

const all = buildLogRows(
  [entry('a', '2026-03-03', 'tace', 'Dr. Anand'), entry('b', '2026-03-02', 'port-placement', 'Dr. Brook'), entry('c', '2026-03-01', 'y90', 'Dr. Chen')],
  [],
  [],
);

function setup(selected: ReadonlySet<string>) {
  const handlers = { onSort: vi.fn(), onSelect: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() };
  const props = (rows: readonly LogRow[], chosen = selected) => ({ rows, totalCount: all.length, sort: DEFAULT_SORT, selected: chosen, ...handlers });
  const view = render(<ProcedureLogTable {...props(all)} />);
  const rerender = (rows: readonly LogRow[], chosen = selected) => view.rerender(<ProcedureLogTable {...props(rows, chosen)} />);
  const bodyRows = () => within(screen.getByRole('table', { name: 'Procedure log' })).getAllByRole('row').slice(1);
  return { handlers, rerender, bodyRows };
}

describe('ProcedureLogTable', () => {
  // jsdom lays nothing out: give the scroll box a height, so the virtual list renders rows.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(520);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the entries a filter leaves in the rows the earlier entries held, with their own selection and names', () => {
    const { rerender, bodyRows } = setup(new Set(['a']));
    expect(screen.getByRole('checkbox', { name: /^Select .* on 2026-03-03$/ })).toBeChecked();

    // Only the second and third entries match now: they take the first two rows.
    rerender(all.slice(1));
    expect(bodyRows()).toHaveLength(2);
    expect(bodyRows()[0]).toHaveTextContent('2026-03-02');
    expect(bodyRows()[0]).toHaveTextContent('Dr. Brook');
    expect(bodyRows()[0]).not.toHaveTextContent('Dr. Anand');
    const [first] = bodyRows();
    expect(within(first!).getByRole('checkbox')).not.toBeChecked();
    expect(within(first!).getByRole('checkbox')).toHaveAccessibleName(/on 2026-03-02$/);
    expect(within(first!).getByRole('button', { name: /^Edit .* on 2026-03-02$/ })).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-rowindex', '2');

    // Back to all three: the selected entry is checked again in its own row.
    rerender(all);
    expect(within(bodyRows()[0]!).getByRole('checkbox')).toBeChecked();
    expect(within(bodyRows()[1]!).getByRole('checkbox')).not.toBeChecked();
  });

  it('acts on the entry a row shows now, not the one it showed before the filter', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender, bodyRows, handlers } = setup(new Set());
    rerender(all.slice(2));
    const [only] = bodyRows();
    await user.click(within(only!).getByRole('button', { name: /^Edit / }));
    await user.click(within(only!).getByRole('button', { name: /^Delete / }));
    await user.click(within(only!).getByRole('checkbox'));
    expect(handlers.onEdit).toHaveBeenCalledWith(all[2]);
    expect(handlers.onDelete).toHaveBeenCalledWith(all[2]);
    expect(handlers.onSelect).toHaveBeenCalledWith(['c'], true);
  });
});
