import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '../../renderer/src/pages/profile/ProfileForm';
import type { Profile } from '../../shared/schema/profile';
import { render } from './render';

const saved = (): Profile => ({
  fullName: 'Maya Castellano',
  medicalSchool: 'Saint Aldric University',
  country: 'Grenada',
  graduationYear: 2026,
  ecfmgStatus: 'in-progress',
  step1: 'pass',
  step2ckScore: 252,
  targetMatchYear: 2027,
  pathways: ['integrated-ir', 'dr-esir'],
  careerInterest: 'academic',
});

function setup(initial: Profile | null = null) {
  const onSave = vi.fn<(profile: Profile) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<ProfileForm initial={initial} onSave={onSave} />);
  return { user, onSave };
}

const save = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Save profile' }));

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Types by pasting: one input event per field keeps the test fast in jsdom. */
async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function fillValid(user: UserEvent, step2: string) {
  await enter(user, screen.getByRole('textbox', { name: 'Full name' }), 'Ada Applicant');
  await enter(user, screen.getByRole('textbox', { name: 'Medical school' }), 'University of Somewhere');
  await enter(user, screen.getByRole('textbox', { name: 'Country of the medical school' }), 'Ireland');
  await enter(user, screen.getByRole('textbox', { name: 'Graduation year' }), '2024');
  await choose(user, 'ECFMG certification', 'Certified');
  await choose(user, 'USMLE Step 1', 'Pass');
  if (step2) await enter(user, screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ }), step2);
  await enter(user, screen.getByRole('textbox', { name: 'Target match year' }), '2027');
  await choose(user, 'Career interest', 'Community practice');
  await user.click(screen.getByRole('checkbox', { name: 'Diagnostic radiology with ESIR' }));
}

// Mantine re-renders the whole form per event; jsdom makes that slow.
describe('ProfileForm', { timeout: 30_000 }, () => {
  it('shows what is missing at each field and does not save an empty form', async () => {
    const { user, onSave } = setup();
    await save(user);

    // Each required field says so in the words of its label.
    expect(await screen.findByText('Full name is required')).toBeInTheDocument();
    expect(screen.getByText('Medical school is required')).toBeInTheDocument();
    expect(screen.getByText('Country of the medical school is required')).toBeInTheDocument();
    expect(screen.getByText('Graduation year is required')).toBeInTheDocument();
    expect(screen.getByText('Choose an ECFMG certification status')).toBeInTheDocument();
    expect(screen.getByText('Choose a Step 1 result')).toBeInTheDocument();
    expect(screen.getByText('Target match year is required')).toBeInTheDocument();
    expect(screen.getByText('Choose a career interest')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one pathway')).toBeInTheDocument();

    // Each message belongs to its field, so a screen reader reads it with the input.
    const name = screen.getByRole('textbox', { name: 'Full name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Full name is required/);
    // Step 2 CK is optional: empty is not an error.
    expect(screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ })).not.toHaveAttribute('aria-invalid', 'true');

    expect(onSave).not.toHaveBeenCalled();
  });

  it('rejects an out-of-range Step 2 CK score without saving', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '301');
    await save(user);

    const step2 = screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ });
    expect(await screen.findByText('Step 2 CK score must be between 100 and 300')).toBeInTheDocument();
    expect(step2).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Full name is required')).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a two-digit Step 2 CK score as a typo, then saves the corrected one', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '25');
    await save(user);
    expect(await screen.findByText('Step 2 CK score must be between 100 and 300')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    const step2 = screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ });
    await user.clear(step2);
    await enter(user, step2, '255');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].step2ckScore).toBe(255);
  });

  it('keeps pasted text that is not plain digits as pasted and refuses it, instead of cutting it to a number', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '2.5e2');
    const step2 = screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ });
    expect(step2).toHaveValue('2.5e2');
    await save(user);
    expect(await screen.findByText('Type digits only, for example 255: “2.5e2” is not a whole number')).toBeInTheDocument();
    expect(step2).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('opens a saved profile holding a two-digit score, showing it, and asks for it to be corrected on save', async () => {
    const { user, onSave } = setup({ ...saved(), step2ckScore: 25 });
    expect(screen.getByRole('textbox', { name: /USMLE Step 2 CK score/ })).toHaveValue('25');
    await save(user);
    expect(await screen.findByText('Step 2 CK score must be between 100 and 300')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a match year before graduation, and points out one that has passed without refusing it', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '');
    const year = screen.getByRole('textbox', { name: 'Target match year' });
    await user.clear(year);
    await enter(user, year, '2021');
    expect(screen.getByText('The 2021 match has already taken place: is this the year you are aiming for?')).toBeInTheDocument();
    await save(user);
    expect(await screen.findByText('The match year cannot come before your graduation (2024)')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(year);
    await enter(user, year, '2025');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ targetMatchYear: 2025, graduationYear: 2024 })));
  });

  it('saves a valid profile once, with numbers as numbers and an empty Step 2 as null', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '');
    await save(user);

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({
      fullName: 'Ada Applicant',
      medicalSchool: 'University of Somewhere',
      country: 'Ireland',
      graduationYear: 2024,
      ecfmgStatus: 'certified',
      step1: 'pass',
      step2ckScore: null,
      targetMatchYear: 2027,
      pathways: ['dr-esir'],
      careerInterest: 'community',
    } satisfies Profile);
  });

  it('saves a typed Step 2 score as a number', async () => {
    const { user, onSave } = setup();
    await fillValid(user, '248');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].step2ckScore).toBe(248);
  });

  it('starts from a saved profile and saves it back unchanged', async () => {
    const { user, onSave } = setup(saved());
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Maya Castellano');
    expect(screen.getByRole('combobox', { name: 'USMLE Step 1' })).toHaveValue('Pass');
    expect(screen.getByRole('checkbox', { name: 'Integrated IR residency' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Independent IR residency (after DR)' })).not.toBeChecked();
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(saved());
  });

  it('clears an error once the field is fixed and saved again', async () => {
    const { user, onSave } = setup({ ...saved(), fullName: '' });
    await save(user);
    expect(await screen.findByText('Full name is required')).toBeInTheDocument();
    await enter(user, screen.getByRole('textbox', { name: 'Full name' }), 'Fixed Name');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Full name is required')).not.toBeInTheDocument();
    expect(onSave.mock.calls[0]?.[0].fullName).toBe('Fixed Name');
  });

  it('lists the options of a select as a listbox', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('combobox', { name: 'ECFMG certification' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Certified',
      'In progress',
      'Not started',
    ]);
  });
});
