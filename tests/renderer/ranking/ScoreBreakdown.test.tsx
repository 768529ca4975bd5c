import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreBreakdown } from '../../../renderer/src/pages/ranking/ScoreBreakdown';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { scoreProgram } from '../../../shared/programs/scoring';
import { dominantProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

describe('ScoreBreakdown', () => {
  it('says beside a factor why a warning sign lowered it', () => {
    const program = dominantProgram('Thin on complex work');
    program.residentChecklist = [{ itemId: 'leave-without-complex', answer: 'yes', note: '' }];
    render(<ScoreBreakdown score={scoreProgram(program, DEFAULT_WEIGHTS, 'undecided')} label="Breakdown" />);
    const row = screen.getByRole('row', { name: /Advanced \(high-yield\) work/ });
    expect(row).toHaveTextContent('Lowered: residents say recent graduates finished with few complex embolizations, ablations or TIPS.');
    expect(within(row).getByText('40%')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Cases residents log/ })).not.toHaveTextContent('Lowered');
  });
});
