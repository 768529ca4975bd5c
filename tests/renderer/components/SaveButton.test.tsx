import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveButton } from '../../../renderer/src/components/SaveButton';
import { render } from '../render';

function Form({ disabled, onSubmit }: { disabled: boolean; onSubmit: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TextInput label="Name" />
      <SaveButton type="submit" disabled={disabled}>
        Save
      </SaveButton>
    </form>
  );
}

describe('SaveButton', () => {
  it('with nothing to save, reads as disabled yet stays focusable, and neither a press nor Enter in a field submits', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Form disabled onSubmit={onSubmit} />);
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).not.toHaveAttribute('disabled');
    await user.click(save);
    await user.type(screen.getByLabelText('Name'), 'x{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.tab();
    expect(save).toHaveFocus();
  });

  it('submits when there is something to save', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Form disabled={false} onSubmit={onSubmit} />);
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
    await user.type(screen.getByLabelText('Name'), 'x{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('keeps focus through a save that changes its label ("Log 3 cases" → "Log case"), by its data-focus-key', async () => {
    function QuickForm() {
      const [count, setCount] = useState(3);
      const [saving, setSaving] = useState(false);
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSaving(true);
            // A browser drops focus from a button that becomes disabled; jsdom does not, so do it here.
            if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
            // The save ends and the form resets the count, so the label changes with it.
            setTimeout(() => {
              setCount(1);
              setSaving(false);
            }, 10);
          }}
        >
          <SaveButton type="submit" loading={saving} data-focus-key="quick-save">
            {count > 1 ? `Log ${count} cases` : 'Log case'}
          </SaveButton>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<QuickForm />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Log 3 cases' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log case' })).not.toHaveAttribute('data-loading'));
    expect(screen.getByRole('button', { name: 'Log case' })).toHaveFocus();
  });
});
