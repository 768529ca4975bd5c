import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftVersion } from '../../../shared/statement/statement-schema';
import { editKeeper } from '../../../renderer/src/app/edit-keeper';
import { VersionsCard } from '../../../renderer/src/pages/statement/VersionsCard';
import { render } from '../render';

// Before anything reads the clock: times are shown in the computer's zone, here five hours behind UTC.
const zoneBefore = vi.hoisted(() => {
  const before = process.env.TZ;
  process.env.TZ = 'America/Chicago';
  return before;
});
afterAll(() => {
  process.env.TZ = zoneBefore;
});

const first: DraftVersion = { id: 'v1', name: 'First try', text: 'An older draft.', savedAt: '2026-10-01T09:00:00.000Z' };
const second: DraftVersion = { id: 'v2', name: 'Second try', text: 'A newer draft.', savedAt: '2026-10-02T15:30:00.000Z' };
const draft = (versions: DraftVersion[]): Draft => ({ text: 'The current draft.', updatedAt: '2026-11-01T10:00:00.000Z', versions, variants: [] });

function setup(versions: DraftVersion[], keeper = editKeeper<string>('the test draft')) {
  const onRestore = vi.fn<(id: string) => Promise<void>>(async () => {});
  const onDelete = vi.fn<(version: DraftVersion) => void>();
  const user = userEvent.setup({ delay: null });
  const card = (shown: Draft) => (
    <VersionsCard draft={shown} draftDirty={false} onSaveVersion={async () => {}} onRestore={onRestore} onDelete={onDelete} draftKeeper={keeper} />
  );
  const view = render(card(draft(versions)));
  return { user, onRestore, onDelete, keeper, rerender: (next: DraftVersion[]) => view.rerender(card(draft(next))) };
}

const heading = () => screen.getByRole('heading', { name: 'Versions' });

describe('Saved versions', { timeout: 30_000 }, () => {
  it('shows when each was saved in local time, not UTC', () => {
    setup([first, second]);
    const rows = within(screen.getByRole('table', { name: 'Saved versions' })).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('Second try2026-10-02 10:30');
    expect(rows[1]).toHaveTextContent('First try2026-10-01 04:00');
  });

  it('cancels the restore question with Escape and gives focus back to its Restore button', async () => {
    const { user, onRestore } = setup([first]);
    await user.click(screen.getByRole('button', { name: 'Restore First try' }));
    expect(screen.getByRole('button', { name: 'Replace the draft with “First try”' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Replace the draft with “First try”' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore First try' })).toHaveFocus();
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('after a restore, puts focus on the Versions heading rather than the top of the page', async () => {
    const { user, onRestore } = setup([first]);
    await user.click(screen.getByRole('button', { name: 'Restore First try' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith('v1'));
    await waitFor(() => expect(heading()).toHaveFocus());
  });

  it('keeps the question open when the restore fails, without an unhandled rejection', async () => {
    const { user, onRestore } = setup([first]);
    onRestore.mockRejectedValueOnce(new Error('disk full'));
    await user.click(screen.getByRole('button', { name: 'Restore First try' }));
    await user.click(screen.getByRole('button', { name: 'Replace the draft with “First try”' }));
    await waitFor(() => expect(onRestore).toHaveBeenCalled());
    expect(screen.getByRole('button', { name: 'Replace the draft with “First try”' })).toBeInTheDocument();
  });

  it('deletes a version from its row, leaving focus on the Versions heading', async () => {
    const { user, onDelete } = setup([first, second]);
    await user.click(screen.getByRole('button', { name: 'Delete Second try' }));
    expect(onDelete).toHaveBeenCalledWith(second);
    expect(heading()).toHaveFocus();
  });
});

describe('Side by side', { timeout: 30_000 }, () => {
  it('shows the newest version on the left once the first one is saved', () => {
    const { rerender } = setup([]);
    rerender([first]);
    expect(screen.getByLabelText('Left side', { selector: 'input' })).toHaveValue('First try');
    expect(screen.getByLabelText('Left text')).toHaveTextContent('An older draft.');
    // A version deleted while shown: the side falls back rather than going blank.
    rerender([]);
    expect(screen.getByLabelText('Left side', { selector: 'input' })).toHaveValue('Current draft');
  });

  it('shows the draft as typed in the editor, saved or not', () => {
    const { keeper } = setup([first]);
    expect(screen.getByLabelText('Right text')).toHaveTextContent('The current draft.');
    act(() => keeper.keep('The current draft.', 'The current draft, with a new closing line.'));
    expect(screen.getByLabelText('Right text')).toHaveTextContent('The current draft, with a new closing line.');
    expect(screen.getByLabelText('Right side', { selector: 'input' })).toHaveValue('Current draft (not saved yet)');
  });
});
