import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { figure, makeProgram } from './program-fixture';

const asOf = '2026-11-28';

describe('a low graduation total that another figure contradicts', () => {
  // The QA case: both high confidence, the resident's lower figure newer, so it is the one in use.
  const program = () =>
    makeProgram('Disputed low', (p) => {
      p.volumeFigures = [
        figure('resident-graduation-total', 1800, { source: 'faculty-interview', confidence: 'high', learnedOn: '2026-10-01' }),
        figure('resident-graduation-total', 700, { source: 'resident-interview', confidence: 'high', learnedOn: '2026-11-20' }),
      ];
    });

  it('raises one red flag, the disagreement naming both figures, not a statement that residents finish low', () => {
    const evaluation = evaluateProgram(program(), { asOf });
    expect(evaluation.caseVolume.level).toBe('below-floor');
    const red = evaluation.flags.red.map((f) => f.id);
    expect(red).not.toContain('below-floor');
    expect(red).toContain('volume-figures-disagree');
    expect(evaluation.flags.red.find((f) => f.id === 'volume-figures-disagree')?.reason).toMatch(/1,800.*700|700.*1,800/);
    expect(evaluation.flags.red.map((f) => f.reason).join(' ')).not.toContain('Residents here finish with fewer than about 1,000');
  });

  it('still states a low total no one contradicts', () => {
    const p = makeProgram('Low', (q) => {
      q.volumeFigures = [figure('resident-graduation-total', 700, { source: 'faculty-interview', confidence: 'high', learnedOn: '2026-11-20' })];
    });
    const evaluation = evaluateProgram(p, { asOf });
    expect(evaluation.flags.red.find((f) => f.id === 'below-floor')?.reason).toBe(
      'Residents here finish with fewer than about 1,000 logged procedures.',
    );
    expect(evaluation.flags.red.map((f) => f.id)).not.toContain('volume-figures-disagree');
  });
});
