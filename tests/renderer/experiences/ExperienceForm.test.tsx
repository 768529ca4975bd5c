import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Experience, ExperienceInput } from '../../../shared/exposure/experience-schema';
import { ExperienceForm } from '../../../renderer/src/pages/experiences/ExperienceForm';
import { render } from '../render';


const stored = (): Experience => ({
  id: 'exp-1',
  kind: 'observership',
  title: 'IR observership',
  organisation: 'Fictional General Hospital',
  city: 'Boston',
  region: 'Massachusetts',
  usBased: true,
  startDate: '2026-01-05',
  endDate: '2026-02-27',
  ongoing: false,
  hours: { mode: 'weekly', perWeek: 40, weeks: 8 },
  supervisor: 'Dr. Example',
  supervisorContact: 'example@hospital.test',
  canWriteLetter: true,
  irRelated: true,
  description: 'Saw a TIPS and two Y90 mapping days.',
  tags: ['academic'],
});

function setup(initial: Experience | null = null) {
  const onSave = vi.fn<(input: ExperienceInput, confirmed: boolean) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<ExperienceForm initial={initial} onSave={onSave} onCancel={() => {}} />);
  return { user, onSave };
}

const save = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Save experience' }));

async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

// Date inputs take a whole value at once, as a browser's date picker gives it.
const setDate = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillValid(user: UserEvent, { description = '' } = {}) {
  await user.click(screen.getByRole('combobox', { name: 'Kind' }));
  await user.click(await screen.findByRole('option', { name: 'Observership' }));
  await enter(user, screen.getByRole('textbox', { name: /^Title/ }), 'Observership in IR');
  setDate(/^Start date/, '2026-03-02');
  await enter(user, screen.getByRole('textbox', { name: /^Total hours/ }), '120');
  if (description) await enter(user, screen.getByRole('textbox', { name: /^Description/ }), description);
}

describe('ExperienceForm', { timeout: 30_000 }, () => {
  it('says what is missing at each field and saves nothing', async () => {
    const { user, onSave } = setup();
    await save(user);

    expect(await screen.findByText('Title is required')).toBeInTheDocument();
    expect(screen.getByText('Start date is required')).toBeInTheDocument();
    expect(screen.getByText('Choose what kind of experience this was')).toBeInTheDocument();
    expect(screen.getByText('Enter the hours, or choose “Not counted”')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription(/Title is required/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses an end date before the start date, at the end date', async () => {
    const { user, onSave } = setup();
    await fillValid(user);
    setDate(/^End date/, '2026-02-01');
    await save(user);

    expect(await screen.findByText('The end date is before the start date')).toBeInTheDocument();
    expect(screen.getByLabelText(/^End date/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses hours over the maximum, in either way of counting', async () => {
    const { user, onSave } = setup();
    await fillValid(user);
    const total = screen.getByRole('textbox', { name: /^Total hours/ });
    await user.clear(total);
    await enter(user, total, '20001');
    await save(user);
    expect(await screen.findByText('Total hours looks too high (at most 20,000)')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Per week × weeks' }));
    await enter(user, screen.getByRole('textbox', { name: /^Hours per week/ }), '120');
    await enter(user, screen.getByRole('textbox', { name: /^Number of weeks/ }), '6');
    await save(user);
    expect(await screen.findByText('Hours per week looks too high (at most 100)')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('holds back text that looks like patient data until the user confirms it', async () => {
    const { user, onSave } = setup();
    await fillValid(user, { description: 'patient Maria Lopez, DOB 04/12/1961' });
    await save(user);

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify a patient');
    expect(warning).toHaveTextContent('Maria Lopez');
    expect(onSave).not.toHaveBeenCalled();

    // Saving again without confirming still holds it back.
    await save(user);
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[1]).toBe(true);
  });

  it('holds back a tag that looks like patient data, showing that tag alone', async () => {
    const { user, onSave } = setup();
    await fillValid(user);
    const tags = screen.getByPlaceholderText('Type a tag and press Enter');
    await user.type(tags, 'academic{Enter}');
    await user.type(tags, 'Mrs. Garcia follow-up{Enter}');
    await save(user);

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Tag — patient nameMrs. Garcia follow-up');
    expect(warning).not.toHaveTextContent('academic');
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ tags: ['academic', 'Mrs. Garcia follow-up'] }), true));
  });

  it('saves a new title without asking again about the description confirmed when it was saved', async () => {
    const confirmed = { ...stored(), description: 'Family asked me to call 312-555-0100.' };
    const { user, onSave } = setup(confirmed);
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await enter(user, title, 'IR observership, second month');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'IR observership, second month' }), false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks again once the confirmed description is edited', async () => {
    const { user, onSave } = setup({ ...stored(), description: 'Family asked me to call 312-555-0100.' });
    await enter(user, screen.getByRole('textbox', { name: /^Description/ }), ' Or 312-555-0199.');
    await save(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Description — phone number');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a clean clinical reflection without a warning', async () => {
    const { user, onSave } = setup();
    await fillValid(user, { description: 'a 65-year-old with HCC underwent TACE on 3 March' });
    await save(user);

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'observership',
        title: 'Observership in IR',
        startDate: '2026-03-02',
        endDate: null,
        hours: { mode: 'total', total: 120 },
        irRelated: true,
      }),
      false,
    );
  });

  it('starts from a saved experience and saves it back unchanged', async () => {
    const { user, onSave } = setup(stored());
    expect(screen.getByRole('textbox', { name: /^Hours per week/ })).toHaveValue('40');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const { id: _id, ...input } = stored();
    expect(onSave).toHaveBeenCalledWith(input, false);
  });
});
