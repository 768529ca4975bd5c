import { describe, expect, it } from 'vitest';
import { CASE_VOLUME_BENCHMARKS } from '../../../shared/programs/case-volume';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { UNKNOWN_FACTOR_VALUE, factorValues } from '../../../shared/programs/scoring';
import { PER_YEAR_TO_TOTAL, graduationTotalValue, perCoreYearValue } from '../../../shared/programs/volume-scale';
import { figure, makeProgram } from './program-fixture';

const { floor, strongFrom, strongTypicalUpTo } = CASE_VOLUME_BENCHMARKS.graduationTotal;
const { busyFrom, busyUpTo } = CASE_VOLUME_BENCHMARKS.perCoreIrYear;

const volumeOf = (kind: 'resident-graduation-total' | 'resident-per-core-year', value: number) =>
  factorValues(evaluateProgram(makeProgram(`${kind} ${value}`, (p) => (p.volumeFigures = [figure(kind, value)]))), 'undecided')
    .residentVolume!;

describe('one scale for a graduation total and a per-core-year figure', () => {
  it('scores the same place in either band alike', () => {
    expect(perCoreYearValue(busyFrom)).toBeCloseTo(graduationTotalValue(strongFrom), 10);
    expect(perCoreYearValue(busyUpTo)).toBeCloseTo(graduationTotalValue(strongTypicalUpTo), 10);
    expect(perCoreYearValue((busyFrom + busyUpTo) / 2)).toBeCloseTo(graduationTotalValue((strongFrom + strongTypicalUpTo) / 2), 10);
    expect(perCoreYearValue(floor * PER_YEAR_TO_TOTAL)).toBeCloseTo(graduationTotalValue(floor), 10);
  });

  it('no longer ranks a per-year figure above a total at a higher place in its band', () => {
    // 250 a core year is the start of the busy band, as 1,500 is the start of the strong one.
    expect(volumeOf('resident-per-core-year', 250)).toBeCloseTo(volumeOf('resident-graduation-total', 1500), 10);
    expect(volumeOf('resident-per-core-year', 250)).toBeGreaterThan(volumeOf('resident-graduation-total', 1000));
    // 401 is just past the top of the busy band: level with 2,500 by graduation, not with 1,500.
    expect(volumeOf('resident-per-core-year', 401)).toBeCloseTo(volumeOf('resident-graduation-total', 2500), 10);
    expect(volumeOf('resident-per-core-year', 200)).toBeLessThan(volumeOf('resident-graduation-total', 1500));
  });

  it('rises steadily with no step at the floor, and a known adequate figure beats knowing nothing', () => {
    let previous = -1;
    for (let total = 0; total <= 3000; total += 50) {
      const value = graduationTotalValue(total);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(graduationTotalValue(floor) - graduationTotalValue(floor - 1)).toBeLessThan(0.001);
    expect(volumeOf('resident-graduation-total', 1000)).toBeGreaterThan(UNKNOWN_FACTOR_VALUE);
    expect(volumeOf('resident-graduation-total', 850)).toBeLessThan(UNKNOWN_FACTOR_VALUE);
  });

  it('stays between 0 and 1', () => {
    expect(graduationTotalValue(0)).toBe(0);
    expect(graduationTotalValue(7000)).toBe(1);
    expect(perCoreYearValue(0)).toBe(0);
    expect(perCoreYearValue(1100)).toBe(1);
  });
});
