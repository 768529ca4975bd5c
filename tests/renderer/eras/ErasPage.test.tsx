import { ModalsProvider } from '@mantine/modals';
import { notifications, Notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { emptyExposureCollections } from '../../../shared/exposure/exposure-collections';
import { emptyShortlist } from '../../../shared/programs/empty-shortlist';
import type { LimitOverrides } from '../../../shared/statement/eras-limits';
import { emptyStatement, type ErasEntry } from '../../../shared/statement/statement-schema';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { discardKeptEdits } from '../../../renderer/src/app/edit-keeper';
import { ErasPage } from '../../../renderer/src/pages/eras/ErasPage';
import { makeExperience } from '../../unit/exposure/fixtures';
import { render } from '../render';

const experiences = [
  makeExperience({ id: 'obs', title: 'IR observership' }),
  makeExperience({ id: 'research', kind: 'research-project', title: 'TACE response review' }),
  makeExperience({ id: 'qi', kind: 'qi-project', title: 'Contrast reaction QI' }),
  makeExperience({ id: 'extra', title: 'Vascular clinic', description: 'From the tracker.' }),
];
const entry = (experienceId: string, overrides: Partial<ErasEntry> = {}): ErasEntry => ({
  experienceId,
  description: `Saved words about ${experienceId}.`,
  mostMeaningful: false,
  reflection: '',
  talkingPointId: null,
  ...overrides,
});
const SAVED = [entry('obs'), entry('research', { mostMeaningful: true, reflection: 'Saved reflection.' }), entry('qi')];

/** The channels the page calls, over a saved list the test can read back. */
function stubApi(erasEntries: ErasEntry[] = SAVED, limits: LimitOverrides = {}) {
  const stored = { erasEntries };
  const saveEras = vi.fn(async ({ entries }: { entries: ErasEntry[] }) => {
    stored.erasEntries = entries;
    return { ok: true as const, value: entries };
  });
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'statement:get': async () => ({ ok: true as const, value: { ...emptyStatement(), erasEntries: stored.erasEntries, limits } }),
    'exposure:get': async () => ({ ok: true as const, value: { ...emptyExposureCollections(), experiences } }),
    'profile:get': async () => ({ ok: true as const, value: null }),
    'shortlist:get': async () => ({ ok: true as const, value: emptyShortlist() }),
    'statement:save-eras': saveEras,
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  return { saveEras, stored };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
  act(() => notifications.clean());
  discardKeptEdits();
});

/** The page as the app shows it, with a way to open another section and come back. */
function App() {
  const [open, setOpen] = useState(true);
  return (
    <AppInfoProvider>
      <Notifications />
      <ModalsProvider>
        <button type="button" onClick={() => setOpen((current) => !current)}>
          {open ? 'Open another section' : 'Back to ERAS'}
        </button>
        {open ? <ErasPage /> : null}
      </ModalsProvider>
    </AppInfoProvider>
  );
}

async function setup(...args: Parameters<typeof stubApi>) {
  const backend = stubApi(...args);
  const user = userEvent.setup({ delay: null });
  const view = render(<App />);
  await screen.findByRole('list', { name: 'ERAS entries' });
  // Looked up each time: the list is drawn afresh after a save.
  const list = () => screen.getByRole('list', { name: 'ERAS entries' });
  const card = (title: string) => within(list()).getByRole('listitem', { name: title });
  const heading = (title: string) => within(list()).getByRole('heading', { name: new RegExp(`^\\d+\\. ${title}$`) });
  const titles = () => within(list()).queryAllByRole('heading').map((node) => node.textContent);
  return { ...backend, ...view, user, card, heading, titles };
}

const unsavedBadge = () => screen.queryByText('Unsaved changes');

describe('ErasPage: removing an entry', { timeout: 30_000 }, () => {
  it('offers Undo that puts the entry back where it was, with its text, reflection and mark, still unsaved', async () => {
    const { user, card, heading, titles } = await setup();
    const research = card('TACE response review');
    const description = within(research).getByRole('textbox', { name: 'Description of TACE response review' });
    await user.clear(description);
    await user.paste('My own words.');
    const reflection = within(research).getByRole('textbox', { name: 'Why TACE response review was most meaningful' });
    await user.click(reflection);
    await user.paste(' Edited.');

    await user.click(within(research).getByRole('button', { name: 'Remove TACE response review from ERAS' }));
    expect(titles()).toEqual(['1. IR observership', '2. Contrast reaction QI']);
    // Focus goes to the entry that took its place, not the top of the page.
    expect(heading('Contrast reaction QI')).toHaveFocus();

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['1. IR observership', '2. TACE response review', '3. Contrast reaction QI']));
    const back = card('TACE response review');
    expect(within(back).getByRole('textbox', { name: 'Description of TACE response review' })).toHaveValue('My own words.');
    expect(within(back).getByRole('checkbox', { name: 'Most meaningful: TACE response review' })).toBeChecked();
    expect(within(back).getByRole('textbox', { name: 'Why TACE response review was most meaningful' })).toHaveValue('Saved reflection. Edited.');
    expect(heading('TACE response review')).toHaveFocus();
    expect(unsavedBadge()).toBeInTheDocument();
  });

  it('brings a saved entry back saved: nothing is left unsaved after Undo', async () => {
    const { user, card, titles } = await setup();
    await user.click(within(card('IR observership')).getByRole('button', { name: 'Remove IR observership from ERAS' }));
    expect(unsavedBadge()).toBeInTheDocument();
    expect(screen.getByText('Removed “IR observership” from ERAS')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()[0]).toBe('1. IR observership'));
    expect(unsavedBadge()).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save ERAS experiences' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('focuses the entry before when the last is removed, and the page title when none is left', async () => {
    const { user, card, heading } = await setup([entry('obs'), entry('qi')]);
    await user.click(within(card('Contrast reaction QI')).getByRole('button', { name: 'Remove Contrast reaction QI from ERAS' }));
    expect(heading('IR observership')).toHaveFocus();
    await user.click(within(card('IR observership')).getByRole('button', { name: 'Remove IR observership from ERAS' }));
    expect(screen.getByRole('heading', { name: 'ERAS experiences' })).toHaveFocus();
    expect(screen.getByText(/Nothing chosen yet/)).toBeInTheDocument();
  });

  it('still undoes after the user has looked at another section', async () => {
    const { user, card, titles } = await setup();
    await user.click(within(card('IR observership')).getByRole('button', { name: 'Remove IR observership from ERAS' }));
    await user.click(screen.getByRole('button', { name: 'Open another section' }));
    expect(screen.queryByRole('list', { name: 'ERAS entries' })).not.toBeInTheDocument();
    // The notification outlives the page: Undo now puts the entry back when the page opens again.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Back to ERAS' }));
    await screen.findByRole('list', { name: 'ERAS entries' });
    await waitFor(() => expect(titles()).toEqual(['1. IR observership', '2. TACE response review', '3. Contrast reaction QI']));
    expect(unsavedBadge()).not.toBeInTheDocument();
  });

  it('undoes a removal after a save, bringing the entry back as unsaved', async () => {
    const { user, card, titles, saveEras, stored } = await setup();
    await user.click(within(card('IR observership')).getByRole('button', { name: 'Remove IR observership from ERAS' }));
    await user.click(screen.getByRole('button', { name: 'Save ERAS experiences' }));
    await waitFor(() => expect(saveEras).toHaveBeenCalledTimes(1));
    expect(stored.erasEntries.map((item) => item.experienceId)).toEqual(['research', 'qi']);
    await screen.findByText('ERAS experiences saved');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['1. IR observership', '2. TACE response review', '3. Contrast reaction QI']));
    expect(unsavedBadge()).toBeInTheDocument();
  });
});

describe('ErasPage: adding and discarding', { timeout: 30_000 }, () => {
  it('focuses the heading of an entry just added', async () => {
    const { user, heading } = await setup();
    await user.click(screen.getByRole('button', { name: 'Add Vascular clinic to ERAS' }));
    expect(heading('Vascular clinic')).toHaveFocus();
    expect(heading('Vascular clinic')).toHaveTextContent('4. Vascular clinic');
  });

  it('asks before discarding, naming how many entries would lose their changes', async () => {
    const { user, card, titles } = await setup();
    await user.click(within(card('IR observership')).getByRole('textbox', { name: 'Description of IR observership' }));
    await user.paste(' More.');
    await user.click(within(card('Contrast reaction QI')).getByRole('button', { name: 'Remove Contrast reaction QI from ERAS' }));
    await user.click(screen.getByRole('button', { name: 'Add Vascular clinic to ERAS' }));

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes to the ERAS entries?' });
    expect(dialog).toHaveTextContent('Unsaved changes to 3 entries: 1 edited, 1 added and 1 removed. They will be lost.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles()).toEqual(['1. IR observership', '2. TACE response review', '3. Vascular clinic']);

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(titles()).toEqual(['1. IR observership', '2. TACE response review', '3. Contrast reaction QI']));
    expect(within(card('IR observership')).getByRole('textbox', { name: 'Description of IR observership' })).toHaveValue('Saved words about obs.');
    expect(unsavedBadge()).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'ERAS experiences' })).toHaveFocus());
  });
});

describe('ErasPage with a limit of one', { timeout: 30_000 }, () => {
  it('writes one experience in the singular and never offers more marks than entries', async () => {
    await setup([entry('obs')], { experiences: 1 });
    expect(screen.getByText(/Choose up to 1 experience from your tracker/)).toHaveTextContent('and mark up to 1 as most meaningful');
    expect(screen.getByLabelText('Experiences chosen')).toHaveTextContent('1 / 1 experience');
    expect(screen.getByLabelText('Most meaningful chosen')).toHaveTextContent('0 / 1 most meaningful');
  });
});

describe('ErasPage: text that may identify a patient', { timeout: 30_000 }, () => {
  const FLAGGED = ' Followed Mrs. Garcia to clinic.';

  it('names the entry the warning is about and shows only its text', async () => {
    const { user, card, saveEras } = await setup();
    await user.click(within(card('TACE response review')).getByRole('textbox', { name: 'Description of TACE response review' }));
    await user.paste(FLAGGED);
    await user.click(screen.getByRole('button', { name: 'Save ERAS experiences' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(`TACE response review: Experience description — patient nameSaved words about research.${FLAGGED}`);
    expect(warning).not.toHaveTextContent('Saved words about obs.');
    expect(saveEras).not.toHaveBeenCalled();
  });

  it('does not ask again about a confirmed entry when another entry is edited and saved', async () => {
    const { user, card, saveEras } = await setup();
    await user.click(within(card('IR observership')).getByRole('textbox', { name: 'Description of IR observership' }));
    await user.paste(FLAGGED);
    await user.click(screen.getByRole('button', { name: 'Save ERAS experiences' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await user.click(screen.getByRole('button', { name: 'Save ERAS experiences' }));
    await waitFor(() => expect(saveEras).toHaveBeenCalledTimes(1));
    expect(saveEras.mock.calls[0]?.[0]).toMatchObject({ confirmedNotPatientData: true });
    await waitFor(() => expect(unsavedBadge()).not.toBeInTheDocument());

    await user.click(within(card('Contrast reaction QI')).getByRole('textbox', { name: 'Description of Contrast reaction QI' }));
    await user.paste(' Wrote the new protocol.');
    await user.click(screen.getByRole('button', { name: 'Save ERAS experiences' }));
    await waitFor(() => expect(saveEras).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('This may identify a patient')).not.toBeInTheDocument();
    expect(saveEras.mock.calls[1]?.[0].entries.map((saved) => saved.description)).toEqual([
      `Saved words about obs.${FLAGGED}`,
      'Saved words about research.',
      'Saved words about qi. Wrote the new protocol.',
    ]);
  });
});

describe('ErasPage: an entry whose experience was deleted', { timeout: 30_000 }, () => {
  it('shows what was written for it, and its mark does not use up one of the most meaningful', async () => {
    const orphan = entry('gone', { description: 'Words about a deleted rotation.', mostMeaningful: true, reflection: 'Why it mattered.' });
    await setup([entry('obs'), orphan], { mostMeaningful: 1 });
    const deleted = screen.getByRole('listitem', { name: 'Deleted experience' });
    expect(deleted).toHaveTextContent('Words about a deleted rotation.');
    expect(deleted).toHaveTextContent('Why it mattered.');
    expect(deleted).toHaveTextContent('copy what you wrote below first');
    expect(screen.getByText('0 / 1 most meaningful')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Most meaningful: IR observership' })).toBeEnabled();
  });
});
