import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreBreakdown } from '../../../renderer/src/pages/ranking/ScoreBreakdown';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { scoreProgram } from '../../../shared/programs/scoring';
import { dominantProgram, figure } from '../../unit/programs/program-fixture';
import { render } from '../render';

describe('ScoreBreakdown with a disputed graduation total', () => {
  it('says beside the volume factor that it counts halfway because another figure disagrees', () => {
    const program = dominantProgram('Disputed');
    program.volumeFigures.push(figure('resident-graduation-total', 700, { source: 'resident-interview', learnedOn: '2026-10-02' }));
    render(<ScoreBreakdown score={scoreProgram(program, DEFAULT_WEIGHTS, 'undecided')} label="Breakdown" />);
    expect(screen.getByRole('row', { name: /Cases residents log/ })).toHaveTextContent(
      'Another figure of the same kind disagrees, so it counts halfway toward unknown.',
    );
  });
});
