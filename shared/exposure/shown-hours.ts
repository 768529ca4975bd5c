/*
 * Hours as the app shows them: to the tenth, so 0.4 h reads "0.4" and a whole number
 * stays whole, and never a positive amount as 0. A total shown beside its parts is the
 * sum of the parts as shown, so a chart's rows always add up to its headline.
 */

/** 0.04 → 0.1, 0.44 → 0.4, 85 → 85. */
export function shownHours(hours: number): number {
  if (!(hours > 0)) return 0;
  return Math.max(1, Math.round(hours * 10)) / 10;
}

/** Adds shown amounts in whole tenths, so 0.1 + 0.2 is 0.3 and not 0.30000000000000004. */
export function addShownHours(values: readonly number[]): number {
  return values.reduce((tenths, value) => tenths + Math.round(value * 10), 0) / 10;
}
