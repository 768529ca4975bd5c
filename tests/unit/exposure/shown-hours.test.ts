import { describe, expect, it } from 'vitest';
import { addShownHours, shownHours } from '../../../shared/exposure/shown-hours';

describe('shownHours', () => {
  it('keeps a tenth where there is one and whole numbers whole', () => {
    expect(shownHours(0.4)).toBe(0.4);
    expect(shownHours(85.44)).toBe(85.4);
    expect(shownHours(40)).toBe(40);
    expect(shownHours(0)).toBe(0);
  });

  it('never turns a positive amount into 0', () => {
    expect(shownHours(0.04)).toBe(0.1);
  });
});

describe('addShownHours', () => {
  it('adds the shown rows exactly, so the headline matches them', () => {
    // QA repro: rows rounded one by one summed to 170 under a headline of 171.
    const rows = [85.4, 85.4].map(shownHours);
    expect(addShownHours(rows)).toBe(170.8);
    expect(addShownHours([0.1, 0.2])).toBe(0.3);
  });
});
