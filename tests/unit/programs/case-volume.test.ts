import { describe, expect, it } from 'vitest';
import {
  CASE_VOLUME_BENCHMARKS,
  bestVolumeFigures,
  classifyCaseVolume,
} from '../../../shared/programs/case-volume';
import { figure } from './program-fixture';

describe('classifyCaseVolume', () => {
  // The floor is a ballpark: within a tenth of it either side reads as near the floor, not as a hard line.
  it.each([
    [899, 'below-floor'],
    [900, 'near-floor'],
    [999, 'near-floor'],
    [1000, 'near-floor'],
    [1099, 'near-floor'],
    [1100, 'adequate'],
    [1499, 'adequate'],
    [1500, 'strong'],
    [0, 'below-floor'],
  ] as const)('a graduation total of %i is %s', (graduateTotal, level) => {
    expect(classifyCaseVolume({ graduateTotal })).toEqual({ level, basis: 'resident', perYearLevel: 'unknown' });
  });

  it.each([
    [249, 'low'],
    [250, 'busy'],
    [400, 'busy'],
    [401, 'high'],
  ] as const)('%i per core IR year is %s, with no level from it alone', (perCoreIrYear, perYearLevel) => {
    expect(classifyCaseVolume({ perCoreIrYear })).toEqual({ level: 'unknown', basis: 'resident', perYearLevel });
  });

  it('reads both resident figures together', () => {
    expect(classifyCaseVolume({ graduateTotal: 1800, perCoreIrYear: 420, departmentalAnnual: 12000 })).toEqual({
      level: 'strong',
      basis: 'resident',
      perYearLevel: 'high',
    });
  });

  it('never gives a departmental figure alone a level', () => {
    expect(classifyCaseVolume({ departmentalAnnual: 10_000 })).toEqual({
      level: 'unknown',
      basis: 'service-only',
      perYearLevel: 'unknown',
    });
  });

  it('says there is nothing to go on when no figure is given', () => {
    expect(classifyCaseVolume({})).toEqual({ level: 'unknown', basis: 'none', perYearLevel: 'unknown' });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws on %s, naming the field', (bad) => {
    expect(() => classifyCaseVolume({ graduateTotal: bad })).toThrow(/graduateTotal/);
    expect(() => classifyCaseVolume({ perCoreIrYear: bad })).toThrow(/perCoreIrYear/);
    expect(() => classifyCaseVolume({ departmentalAnnual: bad })).toThrow(/departmentalAnnual/);
  });

  it('keeps the benchmarks as sourced data marked as ballpark', () => {
    for (const benchmark of Object.values(CASE_VOLUME_BENCHMARKS)) {
      expect(benchmark.source).toMatch(/guidance article/);
      expect(benchmark.year).toBe(2026);
      expect(benchmark.note).toMatch(/ballpark/i);
    }
  });
});

describe('bestVolumeFigures', () => {
  it('prefers higher confidence, then the more recent figure', () => {
    const oldHigh = figure('resident-graduation-total', 1200, { confidence: 'high', learnedOn: '2025-01-01' });
    const newHigh = figure('resident-graduation-total', 1300, { confidence: 'high', learnedOn: '2025-06-01' });
    const newestLow = figure('resident-graduation-total', 2000, { confidence: 'low', learnedOn: '2026-01-01' });
    const departmental = figure('departmental-annual', 9000);
    const best = bestVolumeFigures({ volumeFigures: [oldHigh, newestLow, newHigh, departmental] });
    expect(best['resident-graduation-total']).toBe(newHigh);
    expect(best['departmental-annual']).toBe(departmental);
    expect(best['resident-per-core-year']).toBeUndefined();
  });
});
