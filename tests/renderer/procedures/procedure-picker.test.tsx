import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../render';
import { QuickEntryCard } from '../../../renderer/src/pages/procedures/QuickEntryCard';

function setup() {
  Object.defineProperty(window, 'api', { value: { 'procedures:add': vi.fn() }, configurable: true });
  const user = userEvent.setup({ delay: null });
  render(
    <QuickEntryCard customProcedures={[]} experiences={[]} onLogged={async () => {}} onAddCustomProcedure={() => {}} onManageCustomProcedures={() => {}} />,
  );
  return { user, picker: screen.getByRole('combobox', { name: 'Procedure' }) };
}

// Mantine re-renders the whole form per event; jsdom makes that slow.
describe('the procedure picker', { timeout: 30_000 }, () => {
  it('lists the exact short form first, so Enter on "port" takes Port placement, not TIPS', async () => {
    const { user, picker } = setup();
    await user.click(picker);
    await user.type(picker, 'port');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(/^Port placement/);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker).toHaveValue('Port placement'));
  });

  it('does not take a match on Tab when the text matches several procedures', async () => {
    const { user, picker } = setup();
    await user.click(picker);
    await user.type(picker, 'IVC');
    expect((await screen.findAllByRole('option')).length).toBeGreaterThan(1);
    await user.tab();
    await waitFor(() => expect(picker).toHaveValue(''));
  });

  it('takes the only match on Tab', async () => {
    const { user, picker } = setup();
    await user.click(picker);
    await user.type(picker, 'TACE');
    await screen.findByRole('option', { name: /^Chemoembolization/ });
    await user.tab();
    await waitFor(() => expect(picker).toHaveValue('Chemoembolization'));
  });
});
