import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Program, ProgramDraft } from '../../../shared/programs/program-schema';
import { InterviewSheetPanel } from '../../../renderer/src/pages/programs/InterviewSheetPanel';
import { VolumeFiguresTable } from '../../../renderer/src/pages/programs/VolumeFiguresTable';
import type { VolumeFigureRow } from '../../../renderer/src/pages/programs/program-form-values';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const GRADUATION_QUESTION = 'Roughly how many IR procedures are in a typical graduate’s case log when they finish?';

function Figures() {
  const [figures, setFigures] = useState<VolumeFigureRow[]>([
    { key: 'a', kind: 'departmental-annual', value: 9000, source: 'program-website', learnedOn: '2026-01-10', confidence: 'medium', note: '' },
  ]);
  return <VolumeFiguresTable figures={figures} onAdd={() => {}} onReplace={() => {}} onRemove={(index) => setFigures(figures.filter((_, i) => i !== index))} />;
}

/** The sheet over a program that the save really changes, so answered questions move. */
function Sheet() {
  const [program, setProgram] = useState<Program>(() => makeProgram('Lakeshore IR'));
  const save = async (draft: ProgramDraft) => setProgram({ ...draft, id: program.id, volumeFigures: [] });
  return <InterviewSheetPanel program={program} onSave={save} onPrint={() => {}} />;
}

describe('keyboard focus after a change takes the focused button away', { timeout: 30_000 }, () => {
  it('goes to "Add volume figure" when a figure is removed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Figures />);
    await user.click(screen.getByRole('button', { name: 'Remove figure' }));
    expect(screen.queryByRole('table', { name: 'Volume figures' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add volume figure' })).toHaveFocus();
  });

  it('follows a question that a specific answer moves out of "Fill these gaps first"', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sheet />);
    const gaps = screen.getByRole('region', { name: 'Fill these gaps first' });
    await user.click(within(within(gaps).getByRole('article', { name: GRADUATION_QUESTION })).getByRole('button', { name: 'Record answer' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'What they said' }), 'About 1,800 by graduation.');
    await user.click(within(dialog).getByText('Specific'));
    await user.click(within(dialog).getByRole('button', { name: 'Save answer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const moved = screen.getByRole('article', { name: GRADUATION_QUESTION });
    expect(within(gaps).queryByRole('article', { name: GRADUATION_QUESTION })).not.toBeInTheDocument();
    await waitFor(() => expect(within(moved).getByRole('button', { name: 'Edit answer' })).toHaveFocus());
  });
});
