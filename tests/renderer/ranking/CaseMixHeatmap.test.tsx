import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaseMixHeatmap } from '../../../renderer/src/pages/ranking/CaseMixHeatmap';
import { CASE_MIX_CATEGORY_IDS } from '../../../shared/programs/case-mix-categories';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { manyPrograms } from '../../unit/programs/many-programs';
import { render } from '../render';

describe('CaseMixHeatmap with a long shortlist', { timeout: 30_000 }, () => {
  it('shows the thirty best-scoring programs, then the rest on request', async () => {
    const ranked = createProgramRanker(manyPrograms(80), 'academic').rank(DEFAULT_WEIGHTS);
    const exposure = CASE_MIX_CATEGORY_IDS.map((category) => ({ category, cases: 5, thin: false }));
    render(<CaseMixHeatmap ranked={ranked} exposure={exposure} />);
    // The legend reads the way the cells do: their own word first.
    expect(screen.getByLabelText('Legend')).toHaveTextContent('None: not done here');
    expect(screen.getByLabelText('Legend')).toHaveTextContent('?: not known yet');
    const heatmap = screen.getByRole('table', { name: 'Case mix heatmap' });
    const programRows = () => within(heatmap).getAllByRole('row').slice(1); // minus the header
    expect(programRows()).toHaveLength(30);
    expect(programRows()[0]).toHaveTextContent(ranked[0]!.program.name);
    expect(within(heatmap).queryByText(ranked[30]!.program.name)).not.toBeInTheDocument();

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Show the other 50 programs' }));
    expect(programRows()).toHaveLength(80);
    expect(within(heatmap).getByText(ranked[79]!.program.name)).toBeInTheDocument();
  });
});
