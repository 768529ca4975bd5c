import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PersonalPrompt } from '../../../shared/statement/personal-prompts';
import { emptyStatement, type TalkingPointInput } from '../../../shared/statement/statement-schema';
import type { Workspace } from '../../../renderer/src/pages/statement/load-workspace';
import { TalkingPointForm } from '../../../renderer/src/pages/statement/TalkingPointForm';
import { FormDialog } from '../../../renderer/src/components/FormDialog';
import { makeExperience, makeProcedure } from '../../unit/exposure/fixtures';
import { render } from '../render';

const emptyLog = (): Workspace => ({ experiences: [], researchOutputs: [], procedures: [], customProcedures: [], profile: null, statement: emptyStatement(), programs: [] });

const loggedLog = (): Workspace => ({
  ...emptyLog(),
  experiences: [makeExperience({ id: 'exp-cancer', title: 'IR observership', organisation: 'Riverbend Cancer Institute' })],
  procedures: [makeProcedure({ id: 'tace-1', date: '2026-03-01', procedureId: 'tace', experienceId: 'exp-cancer' })],
});

const tacePrompt: PersonalPrompt = {
  id: 'advanced-tace',
  theme: 'procedures',
  text: 'You observed 1 case of Chemoembolization (TACE) at Riverbend Cancer Institute. What did it teach you?',
  citations: [
    { kind: 'procedure', id: 'tace-1' },
    { kind: 'experience', id: 'exp-cancer' },
  ],
} as PersonalPrompt;

const blank: TalkingPointInput = { text: '', promptId: null, evidence: [], strength: 'solid' };

function setup(workspace: Workspace, initial: TalkingPointInput = blank, prompts: PersonalPrompt[] = []) {
  const onSave = vi.fn<(input: TalkingPointInput, confirmed: boolean) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<TalkingPointForm workspace={workspace} prompts={prompts} initial={initial} editing={null} onSave={onSave} onCancel={() => {}} />);
  const form = screen.getByRole('form', { name: 'New talking point' });
  return { user, onSave, form };
}

async function write(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('textbox', { name: /Talking point/ }));
  await user.paste(text);
}

const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Save talking point' }));

describe('TalkingPointForm', { timeout: 30_000 }, () => {
  it('flags a point with no evidence as unsupported, and still saves it', async () => {
    const { user, onSave, form } = setup(emptyLog());
    expect(within(form).getByText('Unsupported')).toBeInTheDocument();

    await write(user, 'I want a specialty where I follow patients after the procedure.');
    await save(user);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ text: 'I want a specialty where I follow patients after the procedure.', promptId: null, evidence: [], strength: 'solid' }, false));
  });

  it('flags evidence that is no longer in the log', () => {
    const { form } = setup(emptyLog(), { ...blank, evidence: [{ kind: 'procedure', id: 'deleted-entry' }] });
    expect(within(form).getByText('Unsupported')).toBeInTheDocument();
  });

  it('starts from a prompt with its cited entries linked, not flagged', async () => {
    const { user, onSave, form } = setup(loggedLog(), { ...blank, promptId: tacePrompt.id, evidence: tacePrompt.citations }, [tacePrompt]);
    expect(form).toHaveTextContent(`Answers: ${tacePrompt.text}`);
    expect(within(form).queryByText('Unsupported')).not.toBeInTheDocument();

    await write(user, 'Tumour board taught me that IR decisions start before the angio suite.');
    await user.click(screen.getByRole('radio', { name: 'Strong' }));
    await save(user);
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        {
          text: 'Tumour board taught me that IR decisions start before the angio suite.',
          promptId: 'advanced-tace',
          // Kept as it reads today: the log, and so the prompt, will grow.
          promptText: tacePrompt.text,
          evidence: tacePrompt.citations,
          strength: 'strong',
        },
        false,
      ),
    );
  });

  it('clears the flag once an entry from the log is picked as evidence', async () => {
    const { user, form } = setup(loggedLog());
    expect(within(form).getByText('Unsupported')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Evidence from your log' }));
    await user.click(await screen.findByRole('option', { name: /2026-03-01/ }));
    expect(within(form).queryByText('Unsupported')).not.toBeInTheDocument();
  });

  it('asks for the point itself before saving', async () => {
    const { user, onSave } = setup(emptyLog());
    await save(user);
    expect(await screen.findByText('Write the point first')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says a point is too long in words as soon as it is, keeping every character typed', async () => {
    const { user, onSave } = setup(emptyLog());
    const long = 'x'.repeat(5_200);
    await write(user, long);
    const field = screen.getByRole('textbox', { name: /Talking point/ });
    expect(field).toHaveValue(long);
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Keep a talking point under 5,000 characters; this one has 5,200.'));
    await save(user);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('opens in a dialog with the cursor in the point, ready to type', async () => {
    render(
      <FormDialog opened onClose={() => {}} title="New talking point">
        <TalkingPointForm workspace={emptyLog()} prompts={[]} initial={blank} editing={null} onSave={async () => {}} onCancel={() => {}} />
      </FormDialog>,
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Talking point/ })).toHaveFocus());
  });
});
