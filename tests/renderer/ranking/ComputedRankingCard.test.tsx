import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { ComputedRankingCard } from '../../../renderer/src/pages/ranking/ComputedRankingCard';
import { manyPrograms } from '../../unit/programs/many-programs';
import { render } from '../render';

describe('ComputedRankingCard with a long shortlist', { timeout: 30_000 }, () => {
  it('lists the top thirty, builds a breakdown when opened, and shows the rest on request', async () => {
    const ranked = createProgramRanker(manyPrograms(100), 'academic').rank(DEFAULT_WEIGHTS);
    render(<ComputedRankingCard ranked={ranked} />);
    const user = userEvent.setup({ delay: null });
    expect(screen.getAllByTestId('computed-row')).toHaveLength(30);
    expect(screen.queryAllByRole('table')).toHaveLength(0);

    const top = ranked[0]!;
    await user.click(screen.getByRole('button', { name: new RegExp(`^#1 ${top.program.name}`) }));
    expect(await screen.findByRole('table', { name: `Score breakdown for ${top.program.name}` })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the other 70 programs' }));
    expect(screen.getAllByTestId('computed-row')).toHaveLength(100);
    expect(screen.queryByRole('button', { name: /Show the other/ })).not.toBeInTheDocument();
  });
});
