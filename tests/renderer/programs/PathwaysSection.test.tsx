import { useForm } from '@mantine/form';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Program } from '../../../shared/programs/program-schema';
import { PathwaysSection } from '../../../renderer/src/pages/programs/PathwaysSection';
import { programToForm, type ProgramFormValues } from '../../../renderer/src/pages/programs/program-form-values';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const PGY2 = /^Integrated positions start at PGY-2 \(advanced\)/;

function Harness({ program }: { program: Program }) {
  const form = useForm<ProgramFormValues>({ mode: 'controlled', initialValues: programToForm(program) });
  return <PathwaysSection form={form} />;
}

const offering = (pathways: Program['pathways'][number]['pathway'][], edit: (p: Program) => void = () => {}) =>
  makeProgram('Lakeshore IR', (p) => {
    p.pathways = pathways.map((pathway) => ({ pathway, positionsPerYear: null }));
    edit(p);
  });

describe('PathwaysSection', () => {
  it('offers no PGY-2 start to a program with only independent IR, or with no pathway listed', () => {
    const { unmount } = render(<Harness program={offering(['independent-ir'])} />);
    expect(screen.queryByRole('switch', { name: PGY2 })).not.toBeInTheDocument();
    unmount();
    render(<Harness program={offering([])} />);
    expect(screen.queryByRole('switch', { name: PGY2 })).not.toBeInTheDocument();
  });

  it('offers the PGY-2 start and its prelim applications once the program lists an integrated pathway', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness program={offering(['esir', 'integrated-ir'])} />);
    const toggle = screen.getByRole('switch', { name: PGY2 });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Add prelim / TY application' })).toBeInTheDocument();
  });

  it('keeps a PGY-2 start left on without an integrated pathway in view, saying it does not fit', () => {
    render(<Harness program={offering(['independent-ir'], (p) => (p.integratedStartsPgy2 = true))} />);
    expect(screen.getByRole('switch', { name: PGY2 })).toBeChecked();
    expect(screen.getByText(/This program lists no integrated pathway: turn this off/)).toBeInTheDocument();
  });
});
