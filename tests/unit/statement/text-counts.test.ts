import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, limitStatus, measureCharacters, measureWords } from '../../../shared/statement/text-counts';

describe('counters', () => {
  it('counts characters as typed, spaces and line breaks included, a Windows line break once', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('IR is clinical.')).toBe(15);
    expect(countCharacters('a\nb')).toBe(3);
    expect(countCharacters('a\r\nb')).toBe(3);
    expect(countCharacters('café')).toBe(4);
  });

  it('counts words, including hyphenated words and contractions as one', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('I saw 4 TIPS cases.')).toBe(5);
    expect(countWords('image-guided work isn’t only procedures')).toBe(5);
    expect(countWords('Line one.\n\nLine two — after a dash')).toBe(7);
  });

  it('reads a count against a limit: empty, under, near (90%), over', () => {
    expect(limitStatus(0, 750)).toBe('empty');
    expect(limitStatus(674, 750)).toBe('under');
    expect(limitStatus(675, 750)).toBe('near');
    expect(limitStatus(750, 750)).toBe('near');
    expect(limitStatus(751, 750)).toBe('over');
  });

  it('reports text over the limit as over by how much, without changing it', () => {
    const text = 'x'.repeat(760);
    expect(measureCharacters(text, 750)).toEqual({ count: 760, limit: 750, status: 'over', overBy: 10 });
    expect(text).toHaveLength(760);
    expect(measureWords('one two three', 800)).toEqual({ count: 3, limit: 800, status: 'under', overBy: -797 });
  });
});
