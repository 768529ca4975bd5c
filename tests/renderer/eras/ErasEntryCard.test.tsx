import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../../shared/statement/eras-limits';
import type { ErasEntry } from '../../../shared/statement/statement-schema';
import { ErasEntryCard } from '../../../renderer/src/pages/eras/ErasEntryCard';
import { makeExperience } from '../../unit/exposure/fixtures';
import { render } from '../render';

// Small limits so a short text crosses them.
const limits: Limits = { ...DEFAULT_LIMITS, descriptionChars: 40, reflectionChars: 20 };
const experience = makeExperience();
const POINT_OPTIONS = [
  { value: 'tp-1', label: 'TACE taught me that patient selection decides the outcome' },
  { value: 'tp-2', label: 'Following a patient from consent to the next-day check' },
];
const blank: ErasEntry = { experienceId: experience.id, description: '', mostMeaningful: false, reflection: '', talkingPointId: null };

/** The card with its entry held in state, as the page holds it. */
function Harness({ initial, canMarkMeaningful, onChange }: { initial: ErasEntry; canMarkMeaningful: boolean; onChange: (entry: ErasEntry) => void }) {
  const [entry, setEntry] = useState(initial);
  return (
    <ol>
      <ErasEntryCard
        position={1}
        count={1}
        experience={experience}
        entry={entry}
        limits={limits}
        canMarkMeaningful={canMarkMeaningful}
        toldInStatement={[]}
        pointOptions={POINT_OPTIONS}
        onChange={(next) => {
          setEntry(next);
          onChange(next);
        }}
        onMove={() => {}}
        onRemove={() => {}}
        today="2026-11-30"
      />
    </ol>
  );
}

function setup(initial: ErasEntry = blank, canMarkMeaningful = true) {
  const onChange = vi.fn<(entry: ErasEntry) => void>();
  const user = userEvent.setup({ delay: null });
  render(<Harness initial={initial} canMarkMeaningful={canMarkMeaningful} onChange={onChange} />);
  const description = screen.getByRole('textbox', { name: `Description of ${experience.title}` });
  const counter = () => screen.getByLabelText(`Description length of ${experience.title}`);
  return { user, onChange, description, counter };
}

describe('ErasEntryCard', { timeout: 30_000 }, () => {
  it('shows the experience, its ERAS type and the dates', () => {
    setup();
    expect(screen.getByText('1. IR observership')).toBeInTheDocument();
    expect(screen.getByText('University Hospital · June 2025 - June 2025')).toBeInTheDocument();
    expect(screen.getByText('ERAS: Education / training')).toBeInTheDocument();
  });

  it('counts the description live and shows text over the limit as over, keeping every character', async () => {
    const { user, description, counter } = setup();
    expect(counter()).toHaveTextContent('0 / 40 characters');
    await user.click(description);
    await user.paste('Scrubbed in on TACE.');
    expect(counter()).toHaveTextContent('20 / 40 characters');
    expect(counter()).not.toHaveTextContent('over');

    const long = 'Scrubbed in on TACE and Y90 cases, then followed patients in clinic.';
    await user.clear(description);
    await user.paste(long);
    expect(description).toHaveValue(long);
    expect(counter()).toHaveTextContent(`${long.length} / 40 characters — ${long.length - 40} over`);
  });

  it('counts the description as ERAS will receive it, so the counter agrees with the copied text', async () => {
    const { user, description, counter } = setup();
    // 39 characters as typed; the ellipsis goes to ERAS as three dots and the quotes as straight ones: 41.
    const typed = `${'x'.repeat(34)}“ok”…`;
    await user.click(description);
    await user.paste(typed);
    expect(description).toHaveValue(typed);
    expect(counter()).toHaveTextContent('41 / 40 characters — 1 over');

    await user.click(screen.getByRole('button', { name: `Copy ${experience.title} as plain text` }));
    const copied = (await navigator.clipboard.readText()).split('Description:\n')[1]?.trimEnd() ?? '';
    expect(copied).toBe(`${'x'.repeat(34)}"ok"...`);
    expect(copied).toHaveLength(41);
  });

  it('lists what plain text will not keep and replaces the description with the cleaned text on request', async () => {
    const { user, onChange, description } = setup();
    await user.click(description);
    await user.paste('I “saw” TIPS — twice 🙂');
    const panel = screen.getByRole('group', { name: `Plain-text check: description of ${experience.title}` });
    expect(panel).toHaveTextContent('Curly quotes made straight (2, e.g. “)');
    expect(panel).toHaveTextContent('Long dashes turned into hyphens');
    expect(panel).toHaveTextContent('Emoji and symbols removed');

    await user.click(screen.getByRole('button', { name: 'Use plain text' }));
    expect(description).toHaveValue('I "saw" TIPS - twice');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ description: 'I "saw" TIPS - twice' }));
    expect(screen.queryByRole('group', { name: /Plain-text check/ })).not.toBeInTheDocument();
  });

  it('shows no plain-text panel for text ERAS keeps as typed', async () => {
    const { user, description } = setup();
    await user.click(description);
    await user.paste('Café rounds with the IR team - 3 weeks.');
    expect(screen.queryByRole('group', { name: /Plain-text check/ })).not.toBeInTheDocument();
  });

  it('reveals a reflection with its own counter when marked most meaningful', async () => {
    const { user } = setup();
    expect(screen.queryByRole('textbox', { name: /was most meaningful/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: `Most meaningful: ${experience.title}` }));
    const reflection = screen.getByRole('textbox', { name: `Why ${experience.title} was most meaningful` });
    await user.click(reflection);
    await user.paste('It showed me IR as a clinical specialty.');
    expect(screen.getByLabelText(`Reflection length of ${experience.title}`)).toHaveTextContent('40 / 20 characters — 20 over');
    expect(reflection).toHaveValue('It showed me IR as a clinical specialty.');
  });

  it('refuses a further most meaningful mark once the limit is reached, and says why', () => {
    setup(blank, false);
    expect(screen.getByRole('checkbox', { name: `Most meaningful: ${experience.title}` })).toBeDisabled();
    expect(screen.getByText('Already 3 marked: unmark one first')).toBeInTheDocument();
  });

  it('links a most meaningful reflection to the talking point it tells', async () => {
    const { user, onChange } = setup();
    expect(screen.queryByRole('combobox', { name: /Talking point the reflection/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: `Most meaningful: ${experience.title}` }));
    const point = screen.getByRole('combobox', { name: `Talking point the reflection on ${experience.title} tells` });
    await user.click(point);
    await user.click(await screen.findByRole('option', { name: 'Following a patient from consent to the next-day check' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ mostMeaningful: true, talkingPointId: 'tp-2' }));
    expect(point).toHaveValue('Following a patient from consent to the next-day check');
  });
});

describe('ErasEntryCard for a planned experience', { timeout: 30_000 }, () => {
  const planned = makeExperience({ id: 'planned', title: 'IR observership', startDate: '2027-02-01', endDate: '2027-03-01' });
  const entry: ErasEntry = { ...blank, experienceId: planned.id, description: 'Four weeks with the IR service.' };
  const renderCard = (today: string) =>
    render(
      <ol>
        <ErasEntryCard position={1} count={1} experience={planned} entry={entry} limits={limits} canMarkMeaningful toldInStatement={[]} pointOptions={[]} onChange={() => {}} onMove={() => {}} onRemove={() => {}} today={today} />
      </ol>,
    );

  it('marks it planned, asks for it to be described as upcoming, and copies it without hours', async () => {
    renderCard('2026-11-30');
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.getByText(/This starts in February 2027 and has not happened yet\. Say in the description that it is upcoming/)).toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Copy IR observership as plain text' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Dates: February 2027 - March 2027');
    expect(copied).not.toContain('Hours');
  });

  it('copies the hours once it has started, with no planned mark', async () => {
    renderCard('2027-02-01');
    expect(screen.queryByText('Planned')).not.toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Copy IR observership as plain text' }));
    expect(await navigator.clipboard.readText()).toContain('Hours: 160');
  });
});
