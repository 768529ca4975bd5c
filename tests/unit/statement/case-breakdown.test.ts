import { describe, expect, it } from 'vitest';
import { listInWords } from '../../../shared/in-words';
import { caseBreakdown } from '../../../shared/statement/case-breakdown';
import { makeExperience } from '../exposure/fixtures';

const experiences = new Map([
  ['exp-a', makeExperience({ id: 'exp-a', organisation: 'Riverbend Cancer Institute' })],
  ['exp-b', makeExperience({ id: 'exp-b', organisation: ' riverbend cancer institute ' })],
  ['exp-c', makeExperience({ id: 'exp-c', organisation: 'Lakeshore Medical Center' })],
]);

describe('caseBreakdown', () => {
  it('counts each site and each role separately, and keeps unknown sites apart', () => {
    const breakdown = caseBreakdown(
      [
        { role: 'assisted', experienceId: 'exp-c' },
        { role: 'observed', experienceId: 'exp-a' },
        { role: 'observed', experienceId: 'exp-b' },
        { role: 'observed', experienceId: 'exp-a' },
        { role: 'observed', experienceId: null },
        { role: 'scrubbed', experienceId: 'exp-missing' },
      ],
      experiences,
    );
    expect(breakdown).toEqual({
      sites: [
        { phrase: 'at Riverbend Cancer Institute', count: 3, experienceIds: ['exp-a', 'exp-b'] },
        { phrase: 'at Lakeshore Medical Center', count: 1, experienceIds: ['exp-c'] },
      ],
      unlinked: 2,
      roles: [
        { role: 'observed', count: 4 },
        { role: 'assisted', count: 1 },
        { role: 'scrubbed', count: 1 },
      ],
    });
  });
});

describe('listInWords', () => {
  it('joins a list the way a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
