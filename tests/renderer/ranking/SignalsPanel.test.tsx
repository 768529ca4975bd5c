import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignalsPanel } from '../../../renderer/src/pages/ranking/SignalsPanel';
import { emptyShortlist } from '../../../shared/programs/empty-shortlist';
import { newProgramDraft, type Program } from '../../../shared/programs/program-schema';
import type { ProgramSignal } from '../../../shared/programs/signals';
import { render } from '../render';

const program = (id: string, name: string): Program => ({ ...newProgramDraft(name), id, volumeFigures: [] });
const programs = [program('alpha', 'Alpha IR'), program('bravo', 'Bravo IR')];

type SetArgs = { programId: string; tier: ProgramSignal['tier'] | null };

/** The handler's answer: the whole list after the change, as the store returns it. */
function mockApi(answer: (saved: ProgramSignal[], args: SetArgs) => { ok: boolean; value?: unknown; error?: unknown }) {
  let saved: ProgramSignal[] = [];
  const set = vi.fn(async (args: SetArgs) => {
    const result = answer(saved, args);
    if (result.ok) saved = result.value as ProgramSignal[];
    return result;
  });
  Object.defineProperty(window, 'api', { value: { 'signals:set': set }, configurable: true, writable: true });
  return set;
}

const applied = (saved: ProgramSignal[], { programId, tier }: SetArgs) => ({
  ok: true,
  value: [...saved.filter((signal) => signal.programId !== programId), ...(tier ? [{ programId, tier }] : [])],
});

function renderPanel() {
  render(<SignalsPanel programs={programs} initialSignals={[]} initialSettings={emptyShortlist().signalSettings} currentCycleYear={undefined} onSettingsDirtyChange={() => {}} />);
  return (name: string) => within(screen.getByRole('radiogroup', { name: `Signal for ${name}` }));
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
});

describe('signals by program', { timeout: 30_000 }, () => {
  it('marks a program gold with a click, then silver with the arrow key, saving each', async () => {
    const set = mockApi(applied);
    const user = userEvent.setup({ delay: null });
    const signalFor = renderPanel();
    expect(signalFor('Alpha IR').getByRole('radio', { name: 'None' })).toBeChecked();

    await user.click(signalFor('Alpha IR').getByText('Gold'));
    expect(signalFor('Alpha IR').getByRole('radio', { name: 'Gold' })).toBeChecked();
    expect(set).toHaveBeenLastCalledWith({ programId: 'alpha', tier: 'gold' });
    expect(await screen.findByText('Gold: 1 of', { exact: false })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(signalFor('Alpha IR').getByRole('radio', { name: 'Silver' })).toBeChecked();
    expect(set).toHaveBeenLastCalledWith({ programId: 'alpha', tier: 'silver' });
    expect(signalFor('Bravo IR').getByRole('radio', { name: 'None' })).toBeChecked();
    await waitFor(() => expect(screen.getByTestId('signals-save-state')).toHaveTextContent('Saved'));
  });

  it('puts the signal back when saving fails, and a later change still starts from what is saved', async () => {
    let fail = true;
    const set = mockApi((saved, args) => (fail ? { ok: false, error: { code: 'io', message: 'The data file could not be written.' } } : applied(saved, args)));
    const user = userEvent.setup({ delay: null });
    const signalFor = renderPanel();

    await user.click(signalFor('Bravo IR').getByText('Silver'));
    await waitFor(() => expect(signalFor('Bravo IR').getByRole('radio', { name: 'None' })).toBeChecked());

    fail = false;
    await user.click(signalFor('Alpha IR').getByText('Gold'));
    await waitFor(() => expect(screen.getByTestId('signals-save-state')).toHaveTextContent('Saved'));
    expect(signalFor('Alpha IR').getByRole('radio', { name: 'Gold' })).toBeChecked();
    expect(signalFor('Bravo IR').getByRole('radio', { name: 'None' })).toBeChecked();
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('lists the top thirty of a long shortlist, and any program already signalled further down, until asked for the rest', async () => {
    const set = mockApi(applied);
    const user = userEvent.setup({ delay: null });
    const many = Array.from({ length: 100 }, (_, i) => program(`p${i + 1}`, `Program ${i + 1} IR`));
    render(
      <SignalsPanel
        programs={many}
        initialSignals={[{ programId: 'p80', tier: 'gold' }]}
        initialSettings={emptyShortlist().signalSettings}
        currentCycleYear={undefined}
        onSettingsDirtyChange={() => {}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Signals by program' });
    expect(within(table).getAllByRole('radiogroup')).toHaveLength(31);
    expect(within(table).queryByRole('radiogroup', { name: 'Signal for Program 31 IR' })).not.toBeInTheDocument();

    // Taking the signal away leaves the row where it is, to be changed back.
    const signalFor80 = () => within(screen.getByRole('radiogroup', { name: 'Signal for Program 80 IR' }));
    expect(signalFor80().getByRole('radio', { name: 'Gold' })).toBeChecked();
    await user.click(signalFor80().getByText('None'));
    expect(set).toHaveBeenLastCalledWith({ programId: 'p80', tier: null });
    expect(signalFor80().getByRole('radio', { name: 'None' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Show the other 69 programs' }));
    expect(within(table).getAllByRole('radiogroup')).toHaveLength(100);
    await user.click(within(screen.getByRole('radiogroup', { name: 'Signal for Program 31 IR' })).getByText('Silver'));
    expect(set).toHaveBeenLastCalledWith({ programId: 'p31', tier: 'silver' });
  });
});
