import { localToday } from './local-today';

/**
 * "2030-06-15T14-05-09-042": the date and time on the user's own clock (what they see when they
 * look for the file), safe in a file name on every system, and sorting in time order.
 */
export function localFileStamp(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const time = [pad(date.getHours()), pad(date.getMinutes()), pad(date.getSeconds()), pad(date.getMilliseconds(), 3)];
  return `${localToday(date)}T${time.join('-')}`;
}
