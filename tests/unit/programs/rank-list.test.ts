import { describe, expect, it } from 'vitest';
import { compareWithComputed, completeRankOrder, countPlacedElsewhere, moveRankItem, yourListPlaces } from '../../../shared/programs/rank-list';
import { tiedPlaces } from '../../../shared/programs/tied-places';

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

/** Computed entries from ids and scores, placed as the ranking card places them. */
const computed = (entries: [string, number][]) => {
  const places = tiedPlaces(entries.map(([, score]) => score));
  return entries.map(([id], index) => ({ id, place: places[index]! }));
};

describe('compareWithComputed', () => {
  it('gives both places and how many places higher the computed order puts each program', () => {
    const differences = compareWithComputed(['a', 'b', 'c'], computed([['c', 90], ['a', 80], ['b', 70]]));
    expect(differences.get('a')).toEqual({ yourRank: 1, computedPlace: 2, tied: false, placesHigherInComputed: -1 });
    expect(differences.get('c')).toEqual({ yourRank: 3, computedPlace: 1, tied: false, placesHigherInComputed: 2 });
  });

  it('counts places among the programs the computed ranking holds, so a withdrawn one shifts nothing and is not counted', () => {
    const differences = compareWithComputed(['a', 'withdrawn', 'b', 'c'], computed([['a', 90], ['b', 80], ['c', 70]]));
    expect(differences.has('withdrawn')).toBe(false);
    expect([...differences.values()].map((difference) => difference.placesHigherInComputed)).toEqual([0, 0, 0]);
    expect(countPlacedElsewhere(differences)).toBe(0);
    expect(differences.size).toBe(3);
  });

  it('lets tied programs sit in any order among the places they share (four tied at #2= cover 2 to 5)', () => {
    const ranking = computed([['top', 80], ['w', 50], ['x', 50], ['y', 50], ['z', 50], ['last', 10]]);
    const differences = compareWithComputed(['top', 'z', 'y', 'x', 'w', 'last'], ranking);
    expect(differences.get('z')).toEqual({ yourRank: 2, computedPlace: 2, tied: true, placesHigherInComputed: 0 });
    expect(countPlacedElsewhere(differences)).toBe(0);
  });

  it('counts a tied program as elsewhere only by how far it sits outside its shared places', () => {
    const ranking = computed([['top', 80], ['w', 50], ['x', 50], ['last', 10]]);
    // "w" and "x" share places 2 to 3; here "x" is 4th, one below them, and "last" 2nd, two above its place.
    const differences = compareWithComputed(['top', 'last', 'w', 'x'], ranking);
    expect(differences.get('x')?.placesHigherInComputed).toBe(1);
    expect(differences.get('w')?.placesHigherInComputed).toBe(0);
    expect(differences.get('last')?.placesHigherInComputed).toBe(-2);
    expect(countPlacedElsewhere(differences)).toBe(2);
  });

  it('treats scores that differ by less than the shown tenth as tied', () => {
    const differences = compareWithComputed(['b', 'a'], computed([['a', 72.04], ['b', 71.96]]));
    expect(differences.get('b')).toMatchObject({ computedPlace: 1, tied: true, placesHigherInComputed: 0 });
  });
});

describe('yourListPlaces', () => {
  it('numbers the programs in the match and leaves a withdrawn one unnumbered, as the comparison counts them', () => {
    const order = ['a', 'b', 'withdrawn', 'c', 'd'];
    const places = yourListPlaces(order, (id) => id === 'withdrawn');
    expect([...places.values()]).toEqual([1, 2, null, 3, 4]);
    // The QA case: d is 4th on screen and computed #2, so two places higher, not three.
    const differences = compareWithComputed(order, computed([['a', 90], ['d', 80], ['b', 70], ['c', 60]]));
    expect(differences.get('d')).toMatchObject({ yourRank: places.get('d'), placesHigherInComputed: 2 });
    expect(differences.get('c')).toMatchObject({ yourRank: places.get('c'), placesHigherInComputed: -1 });
  });
});
