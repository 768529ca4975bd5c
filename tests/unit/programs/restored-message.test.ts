import { describe, expect, it } from 'vitest';
import { restoredProgramMessage } from '../../../shared/programs/restored-message';
import { restoredProgramName } from '../../../shared/programs/shortlist-mutations';

describe('restoredProgramMessage', () => {
  it('says a program came back under its own name plainly', () => {
    expect(restoredProgramMessage('Harbor Twin A', 'Harbor Twin A', ['Metro IR', 'Harbor Twin A'])).toBe('Harbor Twin A is back');
  });

  it('names the other program as it is written, not as the deleted one was', () => {
    const names = ['Metro IR', 'harbor  twin a'];
    const back = restoredProgramName('Harbor Twin A', names);
    expect(restoredProgramMessage('Harbor Twin A', back, [...names, back])).toBe(
      'Harbor Twin A is back as “Harbor Twin A (restored)”, because another program is now called “harbor  twin a”',
    );
  });

  it('keeps the exact-name wording when the other program is written the same', () => {
    expect(restoredProgramMessage('Tie B', 'Tie B (restored)', ['Tie B', 'Tie B (restored)'])).toBe(
      'Tie B is back as “Tie B (restored)”, because another program is now called “Tie B”',
    );
  });
});
