import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../shared/format-count';

describe('formatCount', () => {
  it('writes numbers as en-US does, without Intl', () => {
    const values = [0, 7, 999, 1000, 1234, 20000, 123456, 1234567, 987654321012, 0.5, 1234.5, 1234.5678, 12.0004, -1, -4321.25];
    for (const value of values) expect(formatCount(value), String(value)).toBe(value.toLocaleString('en-US'));
  });

  it('keeps what cannot be grouped readable', () => {
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatCount(-0.0001)).toBe('0');
  });
});
