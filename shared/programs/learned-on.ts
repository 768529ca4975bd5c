/**
 * The date a volume figure was learned. A figure is learned on or before today, so a later
 * date is a typo in the year; left alone it would win "newest" over every real figure.
 */

/** Today as YYYY-MM-DD in the user's own time zone (toISOString would give UTC's day). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ISO dates compare correctly as strings, so calendar days compare without time zones.
export function isLearnedInFuture(learnedOn: string, today: string = localToday()): boolean {
  return learnedOn > today;
}

export function futureLearnedOnMessage(learnedOn: string): string {
  return `Date learned ${learnedOn} is in the future: use today's date or an earlier one`;
}
