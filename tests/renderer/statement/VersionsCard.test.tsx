import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../shared/statement/statement-schema';
import { VersionsCard } from '../../../renderer/src/pages/statement/VersionsCard';
import { render } from '../render';

const draft: Draft = {
  text: 'The current draft.',
  updatedAt: '2026-11-01T10:00:00.000Z',
  versions: [{ id: 'v1', name: 'First try', text: 'An older draft.', savedAt: '2026-10-01T09:00:00.000Z' }],
  variants: [],
};

function setup(draftDirty: boolean) {
  const onRestore = vi.fn<(id: string) => Promise<void>>(async () => {});
  const onSaveVersion = vi.fn<(name: string) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<VersionsCard draft={draft} draftDirty={draftDirty} onSaveVersion={onSaveVersion} onRestore={onRestore} />);
  return { user, onRestore, onSaveVersion };
}

describe('VersionsCard', { timeout: 30_000 }, () => {
  it('restores a version only after a confirmation, and shows it beside the current draft', async () => {
    const { user, onRestore } = setup(false);
    expect(screen.getByLabelText('Left text')).toHaveTextContent('An older draft.');
    expect(screen.getByLabelText('Right text')).toHaveTextContent('The current draft.');

    await user.click(screen.getByRole('button', { name: 'Restore First try' }));
    expect(onRestore).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Replace the draft with “First try”' }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith('v1'));
  });

  it('holds versions and restores back while the editor has unsaved text', async () => {
    const { user, onSaveVersion } = setup(true);
    expect(screen.getByText(/Save or discard your draft changes first/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore First try' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Version name' }), 'Second');
    expect(screen.getByRole('button', { name: 'Save as version' })).toBeDisabled();
    expect(onSaveVersion).not.toHaveBeenCalled();
  });
});
