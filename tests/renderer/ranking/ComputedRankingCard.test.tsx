import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { newProgramDraft } from '../../../shared/programs/program-schema';
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

describe('ComputedRankingCard with equal scores', { timeout: 30_000 }, () => {
  it('gives programs with the same score one place and says so', () => {
    // Three programs with nothing recorded score the same under any weights.
    const ranked = createProgramRanker(manyPrograms(3).map((p) => ({ ...newProgramDraft(p.name), id: p.id, volumeFigures: [] })), 'academic').rank(DEFAULT_WEIGHTS);
    render(<ComputedRankingCard ranked={ranked} />);
    expect(screen.getAllByRole('button', { name: /^#1 \(tied\)/ })).toHaveLength(3);
    expect(screen.getByTestId('ties-note')).toHaveTextContent('Every program has the same score under these weights');
  });

  it('marks only the programs that share a place', () => {
    const all = createProgramRanker(manyPrograms(40), 'academic').rank(DEFAULT_WEIGHTS);
    const scores = all.map((entry) => entry.score.total.toFixed(1));
    render(<ComputedRankingCard ranked={all} />);
    const sharedFirst = scores.filter((score) => score === scores[0]).length;
    expect(screen.getAllByRole('button', { name: sharedFirst > 1 ? /^#1 \(tied\)/ : /^#1 [^(]/ })).toHaveLength(sharedFirst);
  });
});
