import { TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
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
});
