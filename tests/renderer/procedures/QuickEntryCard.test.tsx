import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QuickEntryCard } from '../../../renderer/src/pages/procedures/QuickEntryCard';
import type { Experience } from '../../../shared/exposure/experience-schema';
import type { ProcedureEntry, ProcedureEntryInput } from '../../../shared/exposure/procedure-schema';
import { render } from '../render';

const observership: Experience = {
  id: 'exp-lake',
  kind: 'observership',
  title: 'Interventional radiology observership',
  organisation: 'Lakeshore University Medical Center',
  city: 'Chicago',
  region: 'Illinois',
  usBased: true,
  startDate: '2026-01-05',
  endDate: '2026-02-27',
  ongoing: false,
  hours: { mode: 'none' },
  supervisor: '',
  supervisorContact: '',
  canWriteLetter: false,
  irRelated: true,
  description: '',
  tags: [],
};

type AddArgs = { entries: ProcedureEntryInput[]; confirmedNotPatientData: boolean };

function setup() {
  const add = vi.fn(async ({ entries }: AddArgs) => ({
    ok: true as const,
    value: entries.map((entry, i): ProcedureEntry => ({ ...entry, id: `new-${i}` })),
  }));
  Object.defineProperty(window, 'api', { value: { 'procedures:add': add }, configurable: true });
  const onLogged = vi.fn(async () => {});
  const user = userEvent.setup({ delay: null });
  render(
    <QuickEntryCard customProcedures={[]} experiences={[observership]} onLogged={onLogged} onAddCustomProcedure={() => {}} onManageCustomProcedures={() => {}} />,
  );
  return { user, add, onLogged };
}

const logCase = (user: UserEvent) => user.click(screen.getByRole('button', { name: /^Log (case|\d+ cases)$/ }));

async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function fillRequired(user: UserEvent) {
  await user.click(screen.getByRole('combobox', { name: 'Procedure' }));
  await user.click(await screen.findByRole('option', { name: /^Chemoembolization/ }));
  await user.click(screen.getByRole('radio', { name: 'Observed' }));
}

async function writeLearned(user: UserEvent, text: string) {
  await user.click(screen.getByRole('button', { name: /Reflections and notes/ }));
  await enter(user, await screen.findByRole('textbox', { name: 'What I learned' }), text);
}


// Mantine re-renders the whole form per event; jsdom makes that slow.
describe('QuickEntryCard', { timeout: 30_000 }, () => {
  beforeEach(() => window.localStorage.clear());

  it('says at each field what is missing and sends nothing', async () => {
    const { user, add } = setup();
    await user.clear(screen.getByRole('textbox', { name: 'Date' }));
    await logCase(user);

    expect(await screen.findByText('Choose a procedure')).toBeInTheDocument();
    expect(screen.getByText('Choose your role in the case')).toBeInTheDocument();
    expect(screen.getByText('Enter the date as YYYY-MM-DD')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Date' })).toHaveAttribute('aria-invalid', 'true');
    expect(add).not.toHaveBeenCalled();
  });

  it('rejects a date that is not a real day, or in the future', async () => {
    const { user, add } = setup();
    await fillRequired(user);
    const date = screen.getByRole('textbox', { name: 'Date' });
    await enter(user, date, '2026-02-30');
    await logCase(user);
    expect(await screen.findByText('That day does not exist')).toBeInTheDocument();
    await enter(user, date, '2999-01-01');
    await logCase(user);
    expect(await screen.findByText(/That date is in the future/)).toBeInTheDocument();
    expect(add).not.toHaveBeenCalled();
  });

  it('keeps an out-of-range count visible with a message instead of clamping it', async () => {
    const { user, add } = setup();
    await fillRequired(user);
    const count = screen.getByRole('textbox', { name: /How many cases/ });

    await enter(user, count, '60');
    await logCase(user);
    expect(await screen.findByText('At most 50 cases in one entry; split a longer list into several')).toBeInTheDocument();
    expect(count).toHaveValue('60');

    await enter(user, count, '0');
    await logCase(user);
    expect(await screen.findByText('Enter how many cases, from 1 to 50')).toBeInTheDocument();
    expect(add).not.toHaveBeenCalled();
  });

  it('warns about a patient identifier and saves only once the user confirms', async () => {
    const { user, add } = setup();
    await fillRequired(user);
    await writeLearned(user, 'pt John Smith, MRN 1234567');
    await logCase(user);

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify a patient');
    expect(warning).toHaveTextContent(/patient name/);
    expect(warning).toHaveTextContent(/medical record or ID number/);
    expect(add).not.toHaveBeenCalled();

    // Saving again without ticking the box is still refused.
    await logCase(user);
    expect(add).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await logCase(user);
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add.mock.calls[0]?.[0].confirmedNotPatientData).toBe(true);
    expect(add.mock.calls[0]?.[0].entries[0]?.learned).toBe('pt John Smith, MRN 1234567');
  });

  it('logs a clean reflection as several cases without asking, then clears for the next case', async () => {
    const { user, add, onLogged } = setup();
    await fillRequired(user);
    await enter(user, screen.getByRole('textbox', { name: /How many cases/ }), '3');
    await user.click(screen.getByRole('combobox', { name: 'During which experience' }));
    await user.click(await screen.findByRole('option', { name: /Interventional radiology observership/ }));
    await enter(user, screen.getByRole('textbox', { name: 'Attending' }), 'Dr. Whitford');
    await writeLearned(user, 'a 65-year-old with HCC underwent TACE on 3 March');
    await user.click(screen.getByRole('button', { name: 'Log 3 cases' }));

    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const { entries, confirmedNotPatientData } = add.mock.calls[0]![0];
    expect(confirmedNotPatientData).toBe(false);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      procedureId: 'tace',
      role: 'observed',
      setting: 'scheduled',
      experienceId: 'exp-lake',
      attending: 'Dr. Whitford',
      learned: 'a 65-year-old with HCC underwent TACE on 3 March',
    });
    await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));

    // The procedure and reflection are cleared; the experience is kept and remembered.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Procedure' })).toHaveValue(''));
    expect(screen.getByRole('combobox', { name: 'During which experience' })).toHaveValue(
      'Interventional radiology observership · Lakeshore University Medical Center',
    );
    expect(window.localStorage.getItem('irmp.procedure-log.last-experience')).toBe('exp-lake');
  });
});
