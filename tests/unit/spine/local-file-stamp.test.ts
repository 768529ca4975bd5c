import { describe, expect, it } from 'vitest';
import { localFileStamp } from '../../../shared/local-file-stamp';

describe('localFileStamp', () => {
  it('gives the date and time on the user’s own clock, not UTC', () => {
    // Built from local parts, so the expected text is the same in every time zone.
    expect(localFileStamp(new Date(2030, 0, 2, 3, 4, 5, 6))).toBe('2030-01-02T03-04-05-006');
    expect(localFileStamp(new Date(2030, 11, 31, 23, 59, 59, 999))).toBe('2030-12-31T23-59-59-999');
  });

  it('is safe in a file name and sorts in time order', () => {
    const earlier = localFileStamp(new Date(2030, 8, 9, 10, 0, 0, 0));
    const later = localFileStamp(new Date(2030, 9, 1, 9, 0, 0, 0));
    expect(earlier).not.toMatch(/[:\\/ ]/);
    expect(earlier < later).toBe(true);
  });
});
