import { ModalsProvider } from '@mantine/modals';
import { notifications, Notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutlineSection, TalkingPoint } from '../../../shared/statement/statement-schema';
import { discardKeptEdits, editKeeper } from '../../../renderer/src/app/edit-keeper';
import { OutlineTab } from '../../../renderer/src/pages/statement/OutlineTab';
import { render } from '../render';

const point = (id: string, text: string): TalkingPoint => ({ id, text, promptId: null, evidence: [], strength: 'solid' });
const POINTS = [point('tace', 'TACE taught me patient selection.'), point('clinic', 'Clinic showed me IR is longitudinal care.'), point('path', 'My path as an IMG.')];
const SAVED: OutlineSection[] = [
  { id: 'opening', title: 'Opening', talkingPointIds: ['tace'] },
  { id: 'middle', title: 'What I saw', talkingPointIds: ['clinic'] },
  { id: 'closing', title: 'Why IR, why now', talkingPointIds: ['path'] },
];

// As the Statement page keeps it: unsaved edits survive the outline leaving the screen.
const keeper = editKeeper<readonly OutlineSection[]>('the statement outline');

afterEach(() => {
  act(() => notifications.clean());
  discardKeptEdits();
});

/** The outline as the page shows it: drawn afresh from each save, and gone while another section of the app is open. */
function Page({ onSave, points }: { onSave: (sections: OutlineSection[]) => void; points: readonly TalkingPoint[] }) {
  const [saved, setSaved] = useState(SAVED);
  const [open, setOpen] = useState(true);
  return (
    <>
      <Notifications />
      <ModalsProvider>
        <button type="button" onClick={() => setOpen((current) => !current)}>
          {open ? 'Open another section' : 'Back to the outline'}
        </button>
        {open ? (
          <OutlineTab
            key={JSON.stringify(saved)}
            outline={saved}
            points={points}
            keeper={keeper}
            onSave={async (sections) => {
              onSave(sections);
              setSaved(sections);
            }}
          />
        ) : null}
      </ModalsProvider>
    </>
  );
}

function setup(points: readonly TalkingPoint[] = POINTS) {
  const user = userEvent.setup({ delay: null });
  const onSave = vi.fn<(sections: OutlineSection[]) => void>();
  const view = render(<Page onSave={onSave} points={points} />);
  const section = (position: number) => screen.getByLabelText(`Section ${position}`, { selector: 'div' });
  const title = (position: number) => within(section(position)).getByRole('textbox', { name: 'Section title' });
  // The chips of the points placed in a section (its dropdown lists every point, so its text is no guide).
  const placed = (position: number) => [...section(position).querySelectorAll('.mantine-Pill-label')].map((pill) => pill.textContent);
  const titles = () => screen.getAllByRole('textbox', { name: 'Section title' }).map((field) => (field as HTMLInputElement).value);
  const saveButton = () => screen.getByRole('button', { name: 'Save outline' });
  return { ...view, user, onSave, section, placed, title, titles, saveButton };
}

describe('OutlineTab: adding a section', { timeout: 30_000 }, () => {
  it('puts focus in the new section’s title, selected, so typing names it', async () => {
    const { user, title, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(title(4)).toHaveFocus();
    await user.keyboard('Research year');
    expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now', 'Research year']);
  });
});

describe('OutlineTab: removing a section', { timeout: 30_000 }, () => {
  it('offers Undo, which puts the section back in its place with its title and talking points, still unsaved', async () => {
    const { user, placed, title, titles, saveButton } = setup();
    await user.clear(title(2));
    await user.paste('What I saw in clinic');
    await user.click(screen.getByRole('button', { name: 'Remove What I saw in clinic' }));
    expect(titles()).toEqual(['Opening', 'Why IR, why now']);
    expect(screen.getByText('Removed “What I saw in clinic” from the outline')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw in clinic', 'Why IR, why now']));
    expect(placed(2)).toEqual(['Clinic showed me IR is longitudinal care.']);
    // The notice has gone with its button: focus is on the section that came back.
    expect(title(2)).toHaveFocus();
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
  });

  it('leaves focus on the next section’s Remove button, where Ctrl+Z undoes the removal', async () => {
    const { user, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Opening' }));
    expect(screen.getByRole('button', { name: 'Remove What I saw' })).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
  });

  it('brings a saved section back saved: nothing is left to save or discard after Undo', async () => {
    const { user, titles, saveButton } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Opening' }));
    expect(saveButton()).not.toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
  });

  it('takes back a talking point placed in another section since the removal, as it was before', async () => {
    const { user, section, placed, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Opening' }));
    await user.click(within(section(1)).getAllByLabelText('Talking points in this section').find((node) => node.tagName === 'INPUT')!);
    await user.click(await screen.findByRole('option', { name: 'TACE taught me patient selection.' }));
    expect(placed(1)).toEqual(['Clinic showed me IR is longitudinal care.', 'TACE taught me patient selection.']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
    expect(placed(1)).toEqual(['TACE taught me patient selection.']);
    expect(placed(2)).toEqual(['Clinic showed me IR is longitudinal care.']);
  });

  it('undoes a removal after Save outline, bringing the section and its point back to be saved again', async () => {
    const { user, onSave, placed, titles, saveButton } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Opening' }));
    await user.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([SAVED[1], SAVED[2]]));
    await waitFor(() => expect(titles()).toEqual(['What I saw', 'Why IR, why now']));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
    expect(placed(1)).toEqual(['TACE taught me patient selection.']);
    await user.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(SAVED));
  });

  it('still undoes after the user has looked at another section of the app', async () => {
    const { user, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Why IR, why now' }));
    await user.click(screen.getByRole('button', { name: 'Open another section' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Back to the outline' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
  });

  it('leaves out a talking point deleted since the removal', async () => {
    const { user, rerender, placed, titles } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Opening' }));
    const onSave = vi.fn<(sections: OutlineSection[]) => void>();
    rerender(<Page onSave={onSave} points={POINTS.slice(1)} />);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
    expect(placed(1)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ ...SAVED[0], talkingPointIds: [] }, SAVED[1], SAVED[2]]));
  });
});

describe('OutlineTab: discarding changes', { timeout: 30_000 }, () => {
  it('asks first, then returns to the saved outline and puts focus on the Outline heading', async () => {
    const { user, placed, title, titles, onSave } = setup();
    const discard = screen.getByRole('button', { name: 'Discard changes' });
    expect(discard).toBeDisabled();

    await user.clear(title(1));
    await user.paste('A new opening');
    await user.click(screen.getByRole('button', { name: 'Move Why IR, why now up' }));
    await user.click(screen.getByRole('button', { name: 'Remove What I saw' }));
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(titles()).toEqual(['A new opening', 'Why IR, why now', 'New section']);

    await user.click(discard);
    await user.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(titles()).toEqual(['A new opening', 'Why IR, why now', 'New section']);

    await user.click(discard);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the outline?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(titles()).toEqual(['Opening', 'What I saw', 'Why IR, why now']));
    expect(placed(2)).toEqual(['Clinic showed me IR is longitudinal care.']);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Outline' })).toHaveFocus());
    expect(discard).toBeDisabled();
    expect(onSave).not.toHaveBeenCalled();
  });
});
