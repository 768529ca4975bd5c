import { describe, expect, it } from 'vitest';
import { formatHours } from '../../../renderer/src/pages/experiences/format';

// Pure functions; they sit with the experiences page's tests because they are that page's module.

describe('formatHours', () => {
  it('says "1 week" for one week', () => {
    expect(formatHours({ hours: { mode: 'weekly', perWeek: 40, weeks: 1 } })).toBe('40 h (40 h/week × 1 week)');
    expect(formatHours({ hours: { mode: 'weekly', perWeek: 40, weeks: 8 } })).toBe('320 h (40 h/week × 8 weeks)');
  });

  it('never shows a positive amount as "0 h"', () => {
    expect(formatHours({ hours: { mode: 'total', total: 0.04 } })).toBe('0.1 h');
    expect(formatHours({ hours: { mode: 'total', total: 0.4 } })).toBe('0.4 h');
  });
});
