import { describe, expect, it } from 'vitest';
import { compareWithComputed, completeRankOrder, moveRankItem } from '../../../shared/programs/rank-list';

const programs = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('completeRankOrder', () => {
  it('keeps a complete order as it is', () => {
    expect(completeRankOrder(['d', 'b', 'a', 'c'], programs)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('drops unknown and repeated ids and appends programs the order is missing', () => {
    expect(completeRankOrder(['c', 'gone', 'c', 'a'], programs)).toEqual(['c', 'a', 'b', 'd']);
    expect(completeRankOrder([], programs)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('moveRankItem', () => {
  it('moves one item and keeps the rest in order', () => {
    expect(moveRankItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveRankItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('returns the same list when nothing can move', () => {
    const ids = ['a', 'b'];
    expect(moveRankItem(ids, 1, 2)).toBe(ids);
    expect(moveRankItem(ids, -1, 0)).toBe(ids);
    expect(moveRankItem(ids, 1, 1)).toBe(ids);
  });
});

describe('compareWithComputed', () => {
  it('gives both ranks and how many places higher the computed order puts each program', () => {
    const differences = compareWithComputed(['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(differences.get('a')).toEqual({ yourRank: 1, computedRank: 2, placesHigherInComputed: -1 });
    expect(differences.get('c')).toEqual({ yourRank: 3, computedRank: 1, placesHigherInComputed: 2 });
  });

  it('counts places among the programs the computed ranking holds, so a withdrawn one shifts nothing', () => {
    const differences = compareWithComputed(['a', 'withdrawn', 'b', 'c'], ['a', 'b', 'c']);
    expect(differences.has('withdrawn')).toBe(false);
    expect([...differences.values()].map((difference) => difference.placesHigherInComputed)).toEqual([0, 0, 0]);
  });
});
