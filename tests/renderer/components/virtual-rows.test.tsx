import { describe, expect, it } from 'vitest';
import { withKeptIndex } from '../../../renderer/src/components/virtual-rows';

describe('withKeptIndex', () => {
  it('leaves the rows in view alone when nothing is kept, or the kept row is among them', () => {
    expect(withKeptIndex([3, 4, 5], null, 10)).toEqual([3, 4, 5]);
    expect(withKeptIndex([3, 4, 5], 4, 10)).toEqual([3, 4, 5]);
  });

  it('reaches a kept row below or above the rows in view, with every row between', () => {
    expect(withKeptIndex([3, 4, 5], 8, 10)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(withKeptIndex([6, 7], 2, 10)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('ignores a kept row that is not in the list (the list got shorter)', () => {
    expect(withKeptIndex([0, 1], 12, 10)).toEqual([0, 1]);
    expect(withKeptIndex([], 3, 10)).toEqual([]);
  });
});
