/**
 * The date a volume figure was learned. A figure is learned on or before today, so a later
 * date is a typo in the year; left alone it would win "newest" over every real figure.
 */
import { localToday } from '../local-today';

// ISO dates compare correctly as strings, so calendar days compare without time zones.
export function isLearnedInFuture(learnedOn: string, today: string = localToday()): boolean {
  return learnedOn > today;
}

export function futureLearnedOnMessage(learnedOn: string): string {
  return `Date learned ${learnedOn} is in the future: use today's date or an earlier one`;
}
