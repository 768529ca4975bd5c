import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildInterviewSheet } from '../../../shared/programs/interview-questions';
import type { ChecklistAnswer, Program } from '../../../shared/programs/program-schema';
import { LeaveGuard, useConfirmLeave } from '../../../renderer/src/app/LeaveGuard';
import { unsavedEdits } from '../../../renderer/src/app/unsaved-changes';
import { ResidentChecklist } from '../../../renderer/src/pages/programs/ResidentChecklist';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const SLOW_DAYS = 'Quiet days with few cases come up often.';
const PHI = 'Patient Jane Doe, MRN 00123456';

/** The checklist as the page holds it: a save reloads the program, and a button leaves through the guard. */
function Harness({ onSave }: { onSave: (entries: ChecklistAnswer[], confirmed: boolean) => Promise<void> }) {
  const [program, setProgram] = useState<Program>(() => makeProgram('Lakeshore IR'));
  const [left, setLeft] = useState(false);
  const confirmLeave = useConfirmLeave();
  if (left) return <p>Left</p>;
  return (
    <>
      <button type="button" onClick={() => confirmLeave(() => setLeft(true))}>
        All programs
      </button>
      <ResidentChecklist
        program={program}
        checklist={buildInterviewSheet(program).checklist}
        onSave={async (entries, confirmed) => {
          await onSave(entries, confirmed);
          setProgram({ ...program, residentChecklist: entries });
        }}
      />
    </>
  );
}

function setup() {
  const onSave = vi.fn<(entries: ChecklistAnswer[], confirmed: boolean) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(
    <LeaveGuard>
      <Harness onSave={onSave} />
    </LeaveGuard>,
  );
  return { user, onSave };
}

async function answerSlowDays(user: ReturnType<typeof userEvent.setup>, note: string) {
  await user.click(within(screen.getByRole('radiogroup', { name: SLOW_DAYS })).getByRole('radio', { name: 'Yes' }));
  await user.click(screen.getByRole('textbox', { name: `Note: ${SLOW_DAYS}` }));
  await user.paste(note);
}

describe('ResidentChecklist', { timeout: 30_000 }, () => {
  it('asks before leaving with an unsaved answer, and keeps it when the user stays', async () => {
    const { user } = setup();
    await answerSlowDays(user, 'Two residents said Fridays are empty');
    await user.click(screen.getByRole('button', { name: 'All programs' }));
    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toHaveTextContent(
      'Your changes to the warning-signs checklist are not saved',
    );
    await user.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(screen.queryByText('Left')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Note: ${SLOW_DAYS}` })).toHaveValue('Two residents said Fridays are empty');
  });

  it('leaves at once after the checklist is saved', async () => {
    const { user, onSave } = setup();
    await answerSlowDays(user, 'Two residents said Fridays are empty');
    await user.click(screen.getByRole('button', { name: 'Save checklist' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ itemId: 'slow-days', answer: 'yes', note: 'Two residents said Fridays are empty' }], false));
    // The save settles after the call returns; only then is nothing unsaved.
    await waitFor(() => expect(unsavedEdits()).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'All programs' }));
    expect(await screen.findByText('Left')).toBeInTheDocument();
  });

  it('holds back a note that looks like patient data until the user confirms it', async () => {
    const { user, onSave } = setup();
    await answerSlowDays(user, PHI);
    await user.click(screen.getByRole('button', { name: 'Save checklist' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(`Warning-sign note: ${SLOW_DAYS} — patient name, medical record or ID number`);
    expect(onSave).not.toHaveBeenCalled();

    await user.click(within(warning).getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await user.click(screen.getByRole('button', { name: 'Save checklist' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ itemId: 'slow-days', answer: 'yes', note: PHI }], true));
  });
});
