import { TextInput } from '@mantine/core';
import { notifications, Notifications } from '@mantine/notifications';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyWithUndo, withdrawAllUndos } from '../../../renderer/src/components/notify-undo';
import { render } from '../render';

afterEach(() => {
  act(() => notifications.clean());
});

function setup() {
  const user = userEvent.setup({ delay: null });
  render(
    <>
      <Notifications />
      <TextInput label="Search" />
      <button type="button">Somewhere on the page</button>
    </>,
  );
  return user;
}

describe('notifyWithUndo', () => {
  it('says the shortcut in the notice, and Ctrl+Z undoes while focus is on the page, not in a text field', async () => {
    const user = setup();
    const undo = vi.fn(async () => undefined);
    act(() => notifyWithUndo({ title: 'Entry deleted', message: 'You can still bring it back.', undo }));
    expect(await screen.findByText('Or press Ctrl+Z')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', 'Control+Z');

    // In a text field the key is the field's own typing undo.
    await user.click(screen.getByLabelText('Search'));
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Somewhere on the page' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText('Entry deleted')).not.toBeInTheDocument());

    // Nothing left to undo: a second press does nothing.
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('undoes only the newest notice, and only it mentions the shortcut', async () => {
    const user = setup();
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    act(() => notifyWithUndo({ message: 'First deleted', undo: first }));
    act(() => notifyWithUndo({ message: 'Second deleted', undo: second }));
    await screen.findByText('Second deleted');
    expect(screen.getAllByText('Or press Ctrl+Z')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Somewhere on the page' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    // The older notice takes the shortcut over.
    await waitFor(() => expect(screen.getAllByText('Or press Ctrl+Z')).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('when the undo fails, tells why and offers Undo again, which can then work', async () => {
    const user = setup();
    const undo = vi.fn().mockRejectedValueOnce(new Error('Add the procedure back first.')).mockResolvedValueOnce(undefined);
    act(() =>
      notifyWithUndo({ title: 'Entry deleted', message: 'You can still bring it back.', undo, failureTitle: 'The deletion could not be undone' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('The deletion could not be undone')).toBeVisible();
    expect(screen.getByText('Add the procedure back first.')).toBeVisible();
    // The notice is back with its Undo.
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument());
  });

  it('withdraws every Undo when the data is replaced whole, so none reaches the new data', async () => {
    const user = setup();
    const undo = vi.fn(async () => undefined);
    act(() => notifyWithUndo({ title: 'Entry deleted', message: 'From the sample.', undo }));
    await screen.findByText('Entry deleted');

    act(() => withdrawAllUndos());
    await waitFor(() => expect(screen.queryByText('Entry deleted')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Somewhere on the page' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).not.toHaveBeenCalled();
  });
});
