import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProgramDraft } from '../../../shared/programs/program-schema';
import { ProgramEditor } from '../../../renderer/src/pages/programs/ProgramEditor';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const PHI = 'Patient Jane Doe, MRN 00123456, DOB 03/14/1961';

function setup(notes = '', otherNames: readonly string[] = []) {
  const onSave = vi.fn<(draft: ProgramDraft, confirmed: boolean) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<ProgramEditor program={makeProgram('Lakeshore IR', (p) => (p.notes = notes))} onSave={onSave} otherNames={otherNames} />);
  return { user, onSave };
}

async function typeNotes(user: ReturnType<typeof userEvent.setup>, text: string) {
  const notes = screen.getByRole('textbox', { name: 'Notes' });
  await user.clear(notes);
  await user.click(notes);
  await user.paste(text);
  return notes;
}

const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Save program' }));

describe('ProgramEditor patient-data check', { timeout: 30_000 }, () => {
  it('holds back notes that look like patient data, shows what was found, and saves once confirmed', async () => {
    const { user, onSave } = setup();
    const notes = await typeNotes(user, PHI);
    await save(user);

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify a patient');
    expect(warning).toHaveTextContent('Notes — patient name, medical record or ID number, date of birth');
    expect([...warning.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Patient Jane Doe',
      'MRN 00123456',
      'DOB 03/14/1961',
    ]);
    expect(onSave).not.toHaveBeenCalled();
    expect(notes).toHaveValue(PHI);

    await user.click(within(warning).getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].notes).toBe(PHI);
    expect(onSave.mock.calls[0]![1]).toBe(true);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('checks edited text afresh after a confirmation', async () => {
    const { user, onSave } = setup();
    await typeNotes(user, PHI);
    await save(user);
    await user.click(await screen.findByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await typeNotes(user, `${PHI}; SSN 123-45-6789`);
    await save(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Social Security number');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves clean notes, and notes already saved, without asking', async () => {
    const { user, onSave } = setup(PHI);
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'Chicago');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ city: 'Chicago', notes: PHI }), false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('ProgramEditor name', { timeout: 30_000 }, () => {
  it('refuses a rename to another program on the shortlist, and saves under its own name', async () => {
    const { user, onSave } = setup('', ['Harbor City IR']);
    const name = screen.getByRole('textbox', { name: /Program name/ });
    await user.clear(name);
    await user.type(name, 'harbor city IR');
    await save(user);
    expect(await screen.findByText(/“Harbor City IR” is already on your shortlist/)).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(name);
    await user.type(name, 'Lakeshore IR');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });
});
