import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { mulberry32, stabilityTest } from '../../../shared/programs/stability';
import { tiedPlaces } from '../../../shared/programs/tied-places';
import { manyPrograms } from './many-programs';
import { dominantProgram, makeProgram } from './program-fixture';

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });
});

describe('stabilityTest', () => {
  const programs = [dominantProgram('Clear winner'), ...manyPrograms(40)];
  const { matrix } = createProgramRanker(programs, 'undecided');

  it('gives the same report for the same seed', () => {
    const a = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 200, seed: 99 });
    const b = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 200, seed: 99 });
    expect(a).toEqual(b);
    // The places the ranking card shows, ties shared.
    const ranked = createProgramRanker(programs, 'undecided').rank(DEFAULT_WEIGHTS);
    expect(a.programs.map((p) => p.id)).toEqual(ranked.map((r) => r.program.id));
    expect(a.programs.map((p) => ({ place: p.basePlace, tied: p.tied }))).toEqual(tiedPlaces(ranked.map((r) => r.score.total)));
  });

  it('keeps a program that wins on every factor at rank 1 in every run', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 1000, spread: 0.5, seed: 3 });
    expect(report.programs[0]).toEqual({
      id: programs[0]!.id,
      basePlace: 1,
      tied: false,
      keptBasePlaceShare: 1,
      minPlace: 1,
      maxPlace: 1,
    });
  });

  it('reports rank ranges that contain the base rank', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 300, seed: 5 });
    for (const p of report.programs) {
      expect(p.minPlace).toBeLessThanOrEqual(p.basePlace);
      expect(p.maxPlace).toBeGreaterThanOrEqual(p.basePlace);
      expect(p.keptBasePlaceShare).toBeGreaterThanOrEqual(0);
      expect(p.keptBasePlaceShare).toBeLessThanOrEqual(1);
    }
    expect(report.programs.some((p) => p.keptBasePlaceShare < 1)).toBe(true);
  });

  it('does not move anything when the spread is zero', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 10, spread: 0, seed: 1 });
    expect(report.programs.every((p) => p.keptBasePlaceShare === 1)).toBe(true);
  });

  it('refuses nonsense options', () => {
    expect(() => stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 0 })).toThrow(/runs/);
    expect(() => stabilityTest(matrix, DEFAULT_WEIGHTS, { spread: 2 })).toThrow(/spread/);
  });

  it('reports every one of 400 programs over 1,000 runs', () => {
    const big = createProgramRanker(manyPrograms(400), 'undecided').matrix;
    const report = stabilityTest(big, DEFAULT_WEIGHTS, { runs: 1000, seed: 1 });
    expect(report.programs).toHaveLength(400);
    for (const program of report.programs) {
      expect(program.minPlace).toBeGreaterThanOrEqual(1);
      expect(program.maxPlace).toBeLessThanOrEqual(400);
    }
  });

  it('gives tied programs their shared place, and counts keeping that place as keeping it', () => {
    const twins = [makeProgram('Twin B'), makeProgram('Twin A'), makeProgram('Twin C'), dominantProgram('Leader')];
    const report = stabilityTest(createProgramRanker(twins, 'undecided').matrix, DEFAULT_WEIGHTS, { runs: 200, seed: 7 });
    expect(report.programs.map((p) => [p.basePlace, p.tied])).toEqual([
      [1, false],
      [2, true],
      [2, true],
      [2, true],
    ]);
    // Identical programs stay tied in every run: always #2, never #3 or #4.
    expect(report.programs.slice(1).every((p) => p.keptBasePlaceShare === 1 && p.minPlace === 2 && p.maxPlace === 2)).toBe(true);
  });
});
