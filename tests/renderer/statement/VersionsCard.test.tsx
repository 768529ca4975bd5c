import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_VERSIONS, type Draft, type DraftVersion } from '../../../shared/statement/statement-schema';
import { VersionsCard } from '../../../renderer/src/pages/statement/VersionsCard';
import { render } from '../render';

const draft: Draft = {
  text: 'The current draft.',
  updatedAt: '2026-11-01T10:00:00.000Z',
  versions: [{ id: 'v1', name: 'First try', text: 'An older draft.', savedAt: '2026-10-01T09:00:00.000Z' }],
  variants: [],
};

function setup(draftDirty: boolean, shown: Draft = draft) {
  const onRestore = vi.fn<(id: string) => Promise<void>>(async () => {});
  const onSaveVersion = vi.fn<(name: string, confirmed: boolean) => Promise<void>>(async () => {});
  const onDelete = vi.fn<(version: DraftVersion) => void>();
  const user = userEvent.setup({ delay: null });
  const card = (dirty: boolean, current: Draft) => <VersionsCard draft={current} draftDirty={dirty} onSaveVersion={onSaveVersion} onRestore={onRestore} onDelete={onDelete} />;
  const { rerender } = render(card(draftDirty, shown));
  return { user, onRestore, onSaveVersion, onDelete, rerenderWith: (dirty: boolean, current: Draft) => rerender(card(dirty, current)) };
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

  it('holds back a version name that looks like patient data until confirmed, then clears the name and the warning', async () => {
    const { user, onSaveVersion } = setup(false);
    const name = screen.getByRole('textbox', { name: 'Version name' });
    await user.type(name, 'Before Mrs. Garcia read it');
    await user.click(screen.getByRole('button', { name: 'Save as version' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Version name — patient nameBefore Mrs. Garcia read it');
    expect(onSaveVersion).not.toHaveBeenCalled();
    await user.click(within(warning).getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await user.click(screen.getByRole('button', { name: 'Save as version' }));
    await waitFor(() => expect(onSaveVersion).toHaveBeenCalledWith('Before Mrs. Garcia read it', true));
    await waitFor(() => expect(name).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the typed name when the save fails', async () => {
    const { user, onSaveVersion } = setup(false);
    onSaveVersion.mockRejectedValueOnce(new Error('disk full'));
    await user.type(screen.getByRole('textbox', { name: 'Version name' }), 'Second try');
    await user.click(screen.getByRole('button', { name: 'Save as version' }));
    await waitFor(() => expect(onSaveVersion).toHaveBeenCalledWith('Second try', false));
    expect(screen.getByRole('textbox', { name: 'Version name' })).toHaveValue('Second try');
  });

  it('holds versions and restores back while the editor has unsaved text', async () => {
    const { user, onSaveVersion } = setup(true);
    expect(screen.getByText(/Save or discard your draft changes first/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as version' })).toHaveAccessibleDescription(/^Save or discard your draft changes first/);
    expect(screen.getByRole('button', { name: 'Restore First try' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Version name' }), 'Second');
    expect(screen.getByRole('button', { name: 'Save as version' })).toHaveAttribute('aria-disabled', 'true');
    expect(onSaveVersion).not.toHaveBeenCalled();
  });

  it('holds back a version of an empty draft and says why, until the draft has text', async () => {
    const { user, onSaveVersion, rerenderWith } = setup(false, { ...draft, text: ' \n\n ' });
    await user.type(screen.getByRole('textbox', { name: 'Version name' }), 'Blank page');
    const save = screen.getByRole('button', { name: 'Save as version' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription('The draft is empty. Write and save some text first: a version keeps a copy of it.');
    await user.click(save);
    expect(onSaveVersion).not.toHaveBeenCalled();

    rerenderWith(false, { ...draft, text: 'A first paragraph.' });
    expect(screen.queryByText(/The draft is empty/)).not.toBeInTheDocument();
    expect(save).not.toHaveAttribute('aria-disabled');
    expect(save).not.toHaveAccessibleDescription();
  });

  it('refuses a name already used, in words, before anything is saved', async () => {
    const { user, onSaveVersion } = setup(false);
    const name = screen.getByRole('textbox', { name: 'Version name' });
    await user.type(name, ' first TRY ');
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription('You already have a version called “First try”. Choose another name.');
    expect(screen.getByRole('button', { name: 'Save as version' })).toHaveAttribute('aria-disabled', 'true');
    expect(onSaveVersion).not.toHaveBeenCalled();
  });

  it('takes no more of a name than a version keeps, and says so', async () => {
    const { user } = setup(false);
    const name = screen.getByRole('textbox', { name: 'Version name' });
    await user.click(name);
    await user.paste('x'.repeat(150));
    expect(name).toHaveValue('x'.repeat(120));
    expect(name).toHaveAccessibleDescription('A version name takes at most 120 characters.');
    expect(screen.getByRole('button', { name: 'Save as version' })).not.toHaveAttribute('aria-disabled');
  });

  it('says when the versions are full of named ones, and holds the save back', () => {
    const version = (index: number): DraftVersion => ({ id: `v${index}`, name: `Take ${index}`, text: 'Text.', savedAt: '2026-10-01T09:00:00.000Z' });
    setup(false, { ...draft, versions: Array.from({ length: MAX_VERSIONS }, (_, index) => version(index)) });
    expect(screen.getByText(/You have 200 saved versions, the most the app keeps. Delete one you no longer need/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as version' })).toHaveAttribute('aria-disabled', 'true');
  });
});
