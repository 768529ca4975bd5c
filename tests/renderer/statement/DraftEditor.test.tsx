import { ModalsProvider } from '@mantine/modals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../../shared/statement/eras-limits';
import { DraftEditor } from '../../../renderer/src/pages/statement/DraftEditor';
import { render } from '../render';

// Small limits so a short text crosses them.
const limits: Limits = { ...DEFAULT_LIMITS, statementChars: 40, onePageWords: 5 };

function setup(saved = '') {
  const onSave = vi.fn<(text: string, confirmed: boolean) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(
    <ModalsProvider>
      <DraftEditor saved={saved} limits={limits} onSave={onSave} />
    </ModalsProvider>,
  );
  const draft = screen.getByRole('textbox', { name: /Personal statement/ });
  return { user, onSave, draft };
}

const characters = () => screen.getByLabelText('Characters against the ERAS limit');
const words = () => screen.getByLabelText('Words against about one page');

describe('DraftEditor', { timeout: 30_000 }, () => {
  it('counts characters and words live against the limits', async () => {
    const { user, draft } = setup();
    expect(characters()).toHaveTextContent('0 / 40 characters');
    expect(words()).toHaveTextContent('0 / 5 words');

    await user.click(draft);
    await user.paste('IR is clinical medicine.');
    expect(characters()).toHaveTextContent('24 / 40 characters');
    expect(words()).toHaveTextContent('4 / 5 words');
    expect(characters()).not.toHaveTextContent('over');
  });

  it('counts the characters ERAS will receive, not the ones typed', async () => {
    const { user, draft } = setup();
    // "…" goes into ERAS as three dots: 12 typed, 14 received.
    await user.click(draft);
    await user.paste('Twice… done.');
    expect(characters()).toHaveTextContent('14 / 40 characters');
    expect(draft).toHaveValue('Twice… done.');
  });

  it('shows text over the limit as over and keeps every character', async () => {
    const { user, onSave, draft } = setup();
    const long = 'Interventional radiology joins imaging and hands-on care for patients.';
    await user.click(draft);
    await user.paste(long);

    expect(draft).toHaveValue(long);
    expect(characters()).toHaveTextContent(`${long.length} / 40 characters — ${long.length - 40} over`);
    expect(words()).toHaveTextContent('9 / 5 words — 4 over');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(long, false));
    expect(draft).toHaveValue(long);
  });

  it('notes what ERAS will convert or drop, without blocking the save', async () => {
    const { user, onSave, draft } = setup();
    const text = 'I “saw” it — twice… 🙂 • done';
    await user.click(draft);
    await user.paste(text);

    const notice = screen.getByRole('note', { name: 'ERAS takes plain text' });
    expect(notice).toHaveTextContent('Curly quotes made straight (2, e.g. “)');
    expect(notice).toHaveTextContent('Long dashes turned into hyphens (1, e.g. —)');
    expect(notice).toHaveTextContent('Ellipsis character written as three dots (1, e.g. …)');
    expect(notice).toHaveTextContent('Emoji and symbols removed (1, e.g. 🙂)');
    expect(notice).toHaveTextContent('Bullet symbols turned into hyphens (1, e.g. •)');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(text, false));
    expect(draft).toHaveValue(text);
  });

  it('shows no plain-text notice for text ERAS keeps as typed', async () => {
    const { user, draft } = setup('Café rounds with the IR team - "hands-on" care...');
    expect(screen.queryByRole('note', { name: 'ERAS takes plain text' })).not.toBeInTheDocument();
    await user.click(draft);
    await user.paste(' More.');
    expect(screen.queryByRole('note', { name: 'ERAS takes plain text' })).not.toBeInTheDocument();
  });

  it('holds back a draft that may name a patient until the user confirms, losing nothing', async () => {
    const { user, onSave, draft } = setup();
    const text = 'pt John Smith MRN 1234567 taught me about consent.';
    await user.click(draft);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This may identify a patient');
    expect(onSave).not.toHaveBeenCalled();
    expect(draft).toHaveValue(text);

    await user.click(screen.getByRole('checkbox', { name: /not patient-identifying/ }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(text, true));
  });
  it('asks before discarding typed text, keeps it on "Keep editing", and clears the patient-data warning on discard', async () => {
    const { user, onSave, draft } = setup('Saved opening.');
    await user.clear(draft);
    await user.paste('I met pt John Smith before his TIPS.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('This may identify a patient')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(draft).toHaveValue('I met pt John Smith before his TIPS.');

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the draft?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    expect(draft).toHaveValue('Saved opening.');
    expect(screen.queryByText('This may identify a patient')).not.toBeInTheDocument();
  });
  it('does not ask again about a saved paragraph when another paragraph is edited', async () => {
    const { user, onSave, draft } = setup('I followed pt John Smith after his TIPS.');
    await user.click(draft);
    await user.keyboard('{Control>}{End}{/Control}');
    await user.paste('\n\nA new closing paragraph.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('I followed pt John Smith after his TIPS.\n\nA new closing paragraph.', false));
    expect(screen.queryByText('This may identify a patient')).not.toBeInTheDocument();
  });
});
