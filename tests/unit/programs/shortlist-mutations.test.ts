import { describe, expect, it } from 'vitest';
import { emptyShortlist } from '../../../shared/programs/empty-shortlist';
import type { ProgramsCollections } from '../../../shared/programs/program-schema';
import {
  deleteProgram,
  restoreProgram,
  restoredProgramName,
  saveProgram,
  setRankOrder,
  setSignal,
} from '../../../shared/programs/shortlist-mutations';
import { AppFailure } from '../../../shared/result';
import { makeProgram } from './program-fixture';

/** Three programs saved in order a, b, c, with a gold signal on b. */
function shortlistOfThree(): ProgramsCollections {
  const [a, b, c] = ['Alpha', 'Bravo', 'Charlie'].map((name) => makeProgram(name, (p) => (p.id = name.toLowerCase())));
  const saved = [a!, b!, c!].reduce(saveProgram, emptyShortlist());
  return setSignal(saved, 'bravo', 'gold');
}

const failureCode = (run: () => unknown) => {
  try {
    run();
  } catch (caught) {
    return caught instanceof AppFailure ? caught.code : 'not-an-app-failure';
  }
  return 'did-not-throw';
};

describe('saveProgram', () => {
  it('appends a new program to the bottom of the rank order', () => {
    const shortlist = shortlistOfThree();
    const next = saveProgram(shortlist, makeProgram('Delta', (p) => (p.id = 'delta')));
    expect(next.rankOrder).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(next.programs.map((p) => p.id)).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(shortlist.rankOrder).toHaveLength(3);
  });

  it('replaces an existing program in place without touching the order', () => {
    const shortlist = setRankOrder(shortlistOfThree(), ['charlie', 'alpha', 'bravo']);
    const edited = { ...shortlist.programs[0]!, notes: 'Edited' };
    const next = saveProgram(shortlist, edited);
    expect(next.programs[0]!.notes).toBe('Edited');
    expect(next.programs).toHaveLength(3);
    expect(next.rankOrder).toEqual(['charlie', 'alpha', 'bravo']);
  });
});

describe('deleteProgram and restoreProgram', () => {
  it('puts a deleted program back at its rank with its signal', () => {
    const shortlist = setRankOrder(shortlistOfThree(), ['charlie', 'bravo', 'alpha']);
    const { next, removed } = deleteProgram(shortlist, 'bravo');
    expect(next.rankOrder).toEqual(['charlie', 'alpha']);
    expect(next.signals).toEqual([]);
    expect(removed).toMatchObject({ rankIndex: 1, signals: [{ programId: 'bravo', tier: 'gold' }] });

    const restored = restoreProgram(next, removed);
    expect(restored.rankOrder).toEqual(['charlie', 'bravo', 'alpha']);
    expect(restored.signals).toEqual([{ programId: 'bravo', tier: 'gold' }]);
    expect(restored.programs.map((p) => p.id).sort()).toEqual(['alpha', 'bravo', 'charlie']);
    // A second Undo changes nothing: no second copy, no second signal, no failure to offer again.
    expect(restoreProgram(restored, removed)).toBe(restored);
  });

  it('restores at the end when the list has shrunk below the old index', () => {
    const shortlist = shortlistOfThree();
    const { next: withoutCharlie, removed } = deleteProgram(shortlist, 'charlie');
    const { next: onlyAlpha } = deleteProgram(withoutCharlie, 'bravo');
    expect(restoreProgram(onlyAlpha, removed).rankOrder).toEqual(['alpha', 'charlie']);
  });

  it('brings a program back renamed beside one of the same name added since the delete', () => {
    const { next, removed } = deleteProgram(shortlistOfThree(), 'bravo');
    const namesake = makeProgram(' bravo ', (p) => (p.id = 'bravo-2'));
    const restored = restoreProgram(saveProgram(next, namesake), removed);
    expect(restored.programs.map((p) => [p.id, p.name])).toEqual([
      ['alpha', 'Alpha'],
      ['charlie', 'Charlie'],
      ['bravo-2', ' bravo '],
      ['bravo', 'Bravo (restored)'],
    ]);
    // Everything else the applicant recorded comes back with it.
    const back = restored.programs.find((p) => p.id === 'bravo')!;
    expect({ ...back, name: 'Bravo' }).toEqual(removed.program);
    expect(restored.signals).toEqual([{ programId: 'bravo', tier: 'gold' }]);
  });

  it('keeps its own name when no namesake was added', () => {
    const { next, removed } = deleteProgram(shortlistOfThree(), 'bravo');
    expect(restoreProgram(next, removed).programs.find((p) => p.id === 'bravo')!.name).toBe('Bravo');
  });
});

describe('restoredProgramName', () => {
  it('counts up when "(restored)" is taken too', () => {
    expect(restoredProgramName('Tie B', ['tie b', 'Tie B (restored)'])).toBe('Tie B (restored 2)');
    expect(restoredProgramName('Tie B', ['Tie B', 'Tie B (restored)', 'Tie B (restored 2)'])).toBe('Tie B (restored 3)');
  });

  it('shortens a long name so the result stays within the 200-character limit', () => {
    const long = 'L'.repeat(200);
    const name = restoredProgramName(long, [long]);
    expect(name).toHaveLength(200);
    expect(name.endsWith('L (restored)')).toBe(true);
  });
});

describe('deleteProgram and restoreProgram refusals', () => {
  it('refuses to delete a missing program, and leaves one that is back as it is', () => {
    const shortlist = shortlistOfThree();
    expect(failureCode(() => deleteProgram(shortlist, 'nope'))).toBe('not-found');
    const { removed } = deleteProgram(shortlist, 'alpha');
    expect(restoreProgram(shortlist, removed)).toBe(shortlist);
  });
});

describe('setRankOrder', () => {
  it('saves a complete order', () => {
    expect(setRankOrder(shortlistOfThree(), ['bravo', 'charlie', 'alpha']).rankOrder).toEqual(['bravo', 'charlie', 'alpha']);
  });

  it.each([
    ['a duplicate', ['alpha', 'alpha', 'bravo', 'charlie']],
    ['a missing program', ['alpha', 'bravo']],
    ['an unknown id', ['alpha', 'bravo', 'charlie', 'zulu']],
    ['an unknown id in place of a known one', ['alpha', 'bravo', 'zulu']],
  ])('refuses an order with %s', (_case, ids) => {
    const shortlist = shortlistOfThree();
    expect(failureCode(() => setRankOrder(shortlist, ids))).toBe('validation');
  });
});

describe('setSignal', () => {
  it('replaces a program’s signal rather than adding a second one', () => {
    const next = setSignal(shortlistOfThree(), 'bravo', 'silver');
    expect(next.signals).toEqual([{ programId: 'bravo', tier: 'silver' }]);
  });

  it('removes the signal with null and leaves others alone', () => {
    const withTwo = setSignal(shortlistOfThree(), 'alpha', 'gold');
    expect(setSignal(withTwo, 'bravo', null).signals).toEqual([{ programId: 'alpha', tier: 'gold' }]);
  });

  it('refuses a program that is not in the shortlist', () => {
    expect(failureCode(() => setSignal(shortlistOfThree(), 'zulu', 'gold'))).toBe('not-found');
  });
});
