import { z } from 'zod';

/** Entity ids are opaque strings made by the main process (crypto.randomUUID). */
export const idSchema = z.string().min(1, 'Missing id').max(100);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as `YYYY-MM-DD`, checked to be a real day (no 2025-02-30). */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, { error: 'Use a date like 2026-03-14', abort: true })
  .refine((value) => isRealCalendarDay(value), 'That day does not exist');

export function isRealCalendarDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // Not Date.UTC: it reads years 0–99 as 1900–1999, so 0026-03-04 would not round-trip.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Free text with a sane upper bound so a pasted novel cannot bloat the data file. */
export const longTextSchema = z.string().max(20_000, 'Keep this under 20,000 characters');
export const shortTextSchema = z.string().trim().max(200, 'Keep this under 200 characters');
