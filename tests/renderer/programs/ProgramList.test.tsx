import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgramList } from '../../../renderer/src/pages/programs/ProgramList';
import { manyPrograms } from '../../unit/programs/many-programs';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

describe('ProgramList with a long shortlist', { timeout: 30_000 }, () => {
  // jsdom lays nothing out; give the scroll box the height it has in the app.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(58);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('puts only the rows in view in the page, and search still reaches the last program', async () => {
    const onOpen = vi.fn();
    render(<ProgramList programs={manyPrograms(400)} applicantPathways={[]} onOpen={onOpen} onDelete={() => {}} />);
    const table = screen.getByRole('table', { name: 'Programs' });
    const rendered = within(table).getAllByRole('row').length - 1; // minus the header
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);

    await userEvent.setup({ delay: null }).type(screen.getByRole('textbox', { name: 'Search programs' }), 'Program 399');
    await userEvent.click(within(table).getByRole('button', { name: 'Program 399' }));
    expect(onOpen).toHaveBeenCalledWith(expect.any(String));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});

describe('ProgramList and the applicant’s pathways', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(58);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const esirOnly = makeProgram('St. Elsewhere DR/ESIR', (p) => {
    p.pathways = [{ pathway: 'esir', positionsPerYear: 2 }];
  });
  const integrated = makeProgram('Lakeview Integrated IR', (p) => {
    p.pathways = [{ pathway: 'integrated-ir', positionsPerYear: 1 }];
  });
  const rowOf = (name: string) => screen.getByRole('button', { name }).closest('tr')!;

  it('marks a program that offers none of the pathways in the profile, and says what it offers', () => {
    render(<ProgramList programs={[esirOnly, integrated]} applicantPathways={['integrated-ir']} onOpen={() => {}} onDelete={() => {}} />);
    expect(within(rowOf('St. Elsewhere DR/ESIR')).getByLabelText(/^Not your pathway/)).toHaveAccessibleName(
      'Not your pathway: Lists DR with Early Specialization in IR (ESIR); your profile says you apply to Integrated IR residency.',
    );
    expect(within(rowOf('Lakeview Integrated IR')).queryByText('Not your pathway')).not.toBeInTheDocument();
  });

  it('marks nothing while the profile names no pathway', () => {
    render(<ProgramList programs={[esirOnly, integrated]} applicantPathways={[]} onOpen={() => {}} onDelete={() => {}} />);
    expect(screen.queryByText('Not your pathway')).not.toBeInTheDocument();
  });
});
