import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Program } from '../../../shared/programs/program-schema';
import type { ParagraphVariant, ParagraphVariantInput } from '../../../shared/statement/statement-schema';
import { VariantsCard } from '../../../renderer/src/pages/statement/VariantsCard';
import { render } from '../render';

const program = { id: 'prog-1', name: 'Northfield University IR' } as Program;
const closing: ParagraphVariant = { id: 'var-1', programId: 'prog-1', paragraphLabel: 'Closing', text: 'Why I want to train tehre.' };

function setup() {
  const onSave = vi.fn<(variant: ParagraphVariantInput, confirmed: boolean, id?: string) => Promise<void>>(async () => {});
  const onDelete = vi.fn<(variant: ParagraphVariant) => void>();
  const user = userEvent.setup({ delay: null });
  render(<VariantsCard variants={[closing]} programs={[program]} onSave={onSave} onDelete={onDelete} />);
  const item = () => within(screen.getByRole('list', { name: 'Program-specific paragraphs' })).getByRole('listitem', { name: 'Northfield University IR — Closing' });
  return { user, onSave, onDelete, item };
}

describe('VariantsCard', { timeout: 30_000 }, () => {
  it('loads a paragraph into the form to edit, and saves it in place', async () => {
    const { user, onSave, item } = setup();
    await user.click(within(item()).getByRole('button', { name: 'Edit the paragraph for Northfield University IR — Closing' }));
    const text = screen.getByRole('textbox', { name: 'Paragraph for this program' });
    expect(text).toHaveValue('Why I want to train tehre.');
    expect(text).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Replaces which paragraph' })).toHaveValue('Closing');
    expect(item()).toHaveTextContent('(editing above)');

    await user.clear(text);
    await user.type(text, 'Why I want to train there.');
    await user.click(screen.getByRole('button', { name: 'Save paragraph' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ programId: 'prog-1', paragraphLabel: 'Closing', text: 'Why I want to train there.' }, false, 'var-1'));
    // The form is ready for a new paragraph, and focus is on the list's heading.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add paragraph' })).toBeInTheDocument());
    expect(text).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Program-specific paragraphs' })).toHaveFocus();
  });

  it('deletes a paragraph, leaving focus on the list’s heading', async () => {
    const { user, onDelete, item } = setup();
    await user.click(within(item()).getByRole('button', { name: 'Delete the paragraph for Northfield University IR — Closing' }));
    expect(onDelete).toHaveBeenCalledWith(closing);
    expect(screen.getByRole('heading', { name: 'Program-specific paragraphs' })).toHaveFocus();
  });

  it('says a paragraph is too long in words before saving, keeping all of it', async () => {
    const { user } = setup();
    const text = screen.getByRole('textbox', { name: 'Paragraph for this program' });
    await user.click(text);
    await user.paste('p'.repeat(5_001));
    expect(text).toHaveValue('p'.repeat(5_001));
    expect(text).toHaveAccessibleDescription('Keep a paragraph under 5,000 characters; this one has 5,001.');
  });
});
