import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VolumeFigureForm, type VolumeFigureInput } from '../../../renderer/src/pages/programs/VolumeFigureForm';
import { render } from '../render';

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fill(user: UserEvent, count: string) {
  await choose(user, 'What the number counts', 'Procedures the whole IR service does per year');
  const input = screen.getByRole('textbox', { name: 'Procedures' });
  await user.clear(input);
  await user.click(input);
  await user.paste(count);
  await choose(user, 'Source', 'Program website');
}

function setup() {
  const onSubmit = vi.fn<(figure: VolumeFigureInput) => void>();
  const user = userEvent.setup({ delay: null });
  render(<VolumeFigureForm initial={null} onSubmit={onSubmit} onCancel={() => {}} />);
  return { user, onSubmit };
}

describe('VolumeFigureForm', { timeout: 30_000 }, () => {
  it('rejects a negative count at the field and adds nothing', async () => {
    const { user, onSubmit } = setup();
    await fill(user, '-5');
    await user.click(screen.getByRole('button', { name: 'Add figure' }));
    expect(await screen.findByText('The procedure count cannot be negative')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Procedures' })).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a fractional count with a readable message', async () => {
    const { user, onSubmit } = setup();
    await fill(user, '12.5');
    await user.click(screen.getByRole('button', { name: 'Add figure' }));
    expect(await screen.findByText('The procedure count must be a whole number')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says what is missing when nothing is filled in', async () => {
    const { user, onSubmit } = setup();
    await user.click(screen.getByRole('button', { name: 'Add figure' }));
    expect(await screen.findByText('Say what the number counts')).toBeInTheDocument();
    expect(screen.getByText('The procedure count must be a number')).toBeInTheDocument();
    expect(screen.getByText('Say where the number came from')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('passes a valid figure on with the count as a number', async () => {
    const { user, onSubmit } = setup();
    await fill(user, '9000');
    await user.click(screen.getByRole('button', { name: 'Add figure' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      kind: 'departmental-annual',
      value: 9000,
      source: 'program-website',
      confidence: 'medium',
    });
  });

  it('refuses a date learned in the future at the field', async () => {
    const { user, onSubmit } = setup();
    await fill(user, '1200');
    const learned = screen.getByLabelText(/^Date learned/);
    await user.clear(learned);
    await user.type(learned, '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Add figure' }));
    expect(await screen.findByText(/Date learned 2099-01-01 is in the future/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
