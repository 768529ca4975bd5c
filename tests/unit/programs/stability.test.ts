import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { mulberry32, stabilityTest } from '../../../shared/programs/stability';
import { manyPrograms } from './many-programs';
import { dominantProgram } from './program-fixture';

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
    expect(a.programs.map((p) => p.baseRank)).toEqual(programs.map((_, i) => i + 1));
  });

  it('keeps a program that wins on every factor at rank 1 in every run', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 1000, spread: 0.5, seed: 3 });
    expect(report.programs[0]).toEqual({
      id: programs[0]!.id,
      baseRank: 1,
      keptBaseRankShare: 1,
      minRank: 1,
      maxRank: 1,
    });
  });

  it('reports rank ranges that contain the base rank', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 300, seed: 5 });
    for (const p of report.programs) {
      expect(p.minRank).toBeLessThanOrEqual(p.baseRank);
      expect(p.maxRank).toBeGreaterThanOrEqual(p.baseRank);
      expect(p.keptBaseRankShare).toBeGreaterThanOrEqual(0);
      expect(p.keptBaseRankShare).toBeLessThanOrEqual(1);
    }
    expect(report.programs.some((p) => p.keptBaseRankShare < 1)).toBe(true);
  });

  it('does not move anything when the spread is zero', () => {
    const report = stabilityTest(matrix, DEFAULT_WEIGHTS, { runs: 10, spread: 0, seed: 1 });
    expect(report.programs.every((p) => p.keptBaseRankShare === 1)).toBe(true);
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
      expect(program.minRank).toBeGreaterThanOrEqual(1);
      expect(program.maxRank).toBeLessThanOrEqual(400);
    }
  });
});
