import { describe, expect, it } from 'vitest';
import { procedureEntryInputSchema } from '../../../shared/exposure/procedure-schema';
import { isRealCalendarDay } from '../../../shared/schema/common';
import { makeProcedure } from './fixtures';

describe('isRealCalendarDay', () => {
  it('accepts real days of any year, the first century included', () => {
    for (const day of ['0001-01-01', '0026-03-04', '0099-12-31', '0004-02-29', '1950-01-01', '2024-02-29']) {
      expect(isRealCalendarDay(day), day).toBe(true);
    }
  });

  it('refuses days that do not exist', () => {
    for (const day of ['0026-02-30', '0001-13-01', '2025-02-29', '2025-04-31', '2025-00-10', '2025-1-5']) {
      expect(isRealCalendarDay(day), day).toBe(false);
    }
  });

  it('lets quick entry explain a year typed as 0026 as before 1950, not as a day that does not exist', () => {
    const { id: _id, ...entry } = makeProcedure();
    for (const date of ['0026-03-04', '0001-01-01']) {
      const result = procedureEntryInputSchema.safeParse({ ...entry, date });
      expect(result.success, date).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message), date).toEqual([
        'That date is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)',
      ]);
    }
  });
});
