import { describe, expect, it } from 'vitest';
import { tiedPlaces } from '../../../shared/programs/tied-places';

describe('tiedPlaces', () => {
  it('gives scores equal to the shown tenth one place, and the next score the place after them', () => {
    expect(tiedPlaces([80, 72.04, 71.96, 60, 60, 60, 10])).toEqual([
      { place: 1, tied: false },
      { place: 2, tied: true },
      { place: 2, tied: true },
      { place: 4, tied: true },
      { place: 4, tied: true },
      { place: 4, tied: true },
      { place: 7, tied: false },
    ]);
  });

  it('keeps distinct places for scores that differ in the shown tenth, and handles an empty list', () => {
    expect(tiedPlaces([50.1, 50])).toEqual([
      { place: 1, tied: false },
      { place: 2, tied: false },
    ]);
    expect(tiedPlaces([])).toEqual([]);
  });
});
