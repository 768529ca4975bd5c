import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { programToDraft } from '../../../shared/programs/program-draft';
import { programDraftSchema, type ProgramDraft } from '../../../shared/programs/program-schema';
import { ProgramEditor } from '../../../renderer/src/pages/programs/ProgramEditor';
import { formToDraftInput, programToForm } from '../../../renderer/src/pages/programs/program-form-values';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const prelim = { id: 'prelim-1', program: 'Mercy TY', kind: 'transitional', status: 'applied' } as const;

describe('formToDraftInput drops what the editor hides', () => {
  it('sends no fellowship year unless the fellowship is "yes"', () => {
    const program = makeProgram('Lakeshore IR');
    const base = programToDraft(program);
    const values = programToForm(program);
    for (const [fellowship, year] of [['no', null], ['unknown', null], ['yes', 1995]] as const) {
      const input = formToDraftInput({ ...values, institutionalContext: { ...values.institutionalContext, independentFellowship: fellowship, fellowshipSinceYear: 1995 } }, base);
      expect(programDraftSchema.parse(input).institutionalContext.fellowshipSinceYear).toBe(year);
    }
  });

  it('does not check a hidden out-of-range fellowship year', () => {
    const program = makeProgram('Lakeshore IR');
    const values = programToForm(program);
    const hidden = { ...values, institutionalContext: { ...values.institutionalContext, independentFellowship: 'no' as const, fellowshipSinceYear: 1950 } };
    expect(programDraftSchema.safeParse(formToDraftInput(hidden, programToDraft(program))).success).toBe(true);
    const shown = { ...hidden, institutionalContext: { ...hidden.institutionalContext, independentFellowship: 'yes' as const } };
    const refused = programDraftSchema.safeParse(formToDraftInput(shown, programToDraft(program)));
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['The fellowship start must be 1960 or later']);
  });

  it('sends prelim applications only while the PGY-2 start is on, and then checks them', () => {
    const program = makeProgram('Lakeshore IR');
    const base = programToDraft(program);
    const values = { ...programToForm(program), prelimApplications: [prelim, { ...prelim, id: 'prelim-2', program: '' }] };
    expect(programDraftSchema.parse(formToDraftInput({ ...values, integratedStartsPgy2: false }, base)).prelimApplications).toEqual([]);
    const on = programDraftSchema.safeParse(formToDraftInput({ ...values, integratedStartsPgy2: true }, base));
    expect(on.error?.issues.map((issue) => issue.message)).toEqual(['Name the preliminary or transitional program']);
    const named = formToDraftInput({ ...values, integratedStartsPgy2: true, prelimApplications: [prelim] }, base);
    expect(programDraftSchema.parse(named).prelimApplications).toEqual([prelim]);
  });
});

describe('ProgramEditor with a hidden field', { timeout: 30_000 }, () => {
  it('saves after a bad fellowship year is hidden by answering "No", and does not keep the year', async () => {
    const onSave = vi.fn<(draft: ProgramDraft, confirmed: boolean) => Promise<void>>(async () => {});
    const user = userEvent.setup({ delay: null });
    render(<ProgramEditor program={makeProgram('Lakeshore IR')} onSave={onSave} otherNames={[]} />);
    const fellowship = screen.getByRole('radiogroup', { name: 'Independent IR fellowship or residency' });
    await user.click(within(fellowship).getByText('Yes'));
    await user.type(screen.getByRole('textbox', { name: 'Fellowship running since' }), '1950');
    await user.click(within(fellowship).getByText('No'));
    expect(screen.queryByRole('textbox', { name: 'Fellowship running since' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save program' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].institutionalContext).toMatchObject({ independentFellowship: false, fellowshipSinceYear: null });
    expect(screen.queryByText('The fellowship start must be 1960 or later')).not.toBeInTheDocument();
  });
});
