import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newProgramDraft } from '../../../shared/programs/program-schema';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { CompareCard } from '../../../renderer/src/pages/ranking/CompareCard';
import { manyPrograms } from '../../unit/programs/many-programs';
import { render } from '../render';

describe('CompareCard', { timeout: 30_000 }, () => {
  it('gives programs with equal scores the shared place the ranking shows, not #1, #2, #3', async () => {
    // Three programs with nothing recorded score the same under any weights.
    const ranked = createProgramRanker(manyPrograms(3).map((p) => ({ ...newProgramDraft(p.name), id: p.id, volumeFigures: [] })), 'academic').rank(DEFAULT_WEIGHTS);
    render(<CompareCard ranked={ranked} />);
    const user = userEvent.setup({ delay: null });
    expect(screen.getByText('Pick two to four.')).toBeInTheDocument();
    for (const { program } of ranked) {
      await user.click(screen.getByRole('combobox', { name: 'Programs to compare' }));
      await user.click(screen.getByRole('option', { name: program.name }));
    }
    const scoreRow = within(screen.getByRole('table', { name: 'Program comparison' })).getByRole('row', { name: /Computed score/ });
    expect(within(scoreRow).getAllByText('(#1=)')).toHaveLength(3);
  });
});
