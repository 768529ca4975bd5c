import { totalHours, type Experience } from '../../../../shared/exposure/experience-schema';
import { shownHours } from '../../../../shared/exposure/shown-hours';
import { plural } from '../../../../shared/in-words';

const DAY = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

// Dates are stored as YYYY-MM-DD; formatting in UTC keeps the day from shifting with the user's time zone.
const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export const formatDay = (isoDate: string) => DAY.format(asUtc(isoDate));

export function formatDateRange(experience: Pick<Experience, 'startDate' | 'endDate' | 'ongoing'>): string {
  const start = MONTH.format(asUtc(experience.startDate));
  if (experience.ongoing) return `${start} – ongoing`;
  if (experience.endDate === null) return start;
  const end = MONTH.format(asUtc(experience.endDate));
  return start === end ? start : `${start} – ${end}`;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
export const formatNumber = (value: number) => NUMBER.format(value);

export function formatHours(experience: Pick<Experience, 'hours'>): string {
  const { hours } = experience;
  if (hours.mode === 'none') return 'Hours not counted';
  // shownHours: a positive amount never reads "0 h".
  const total = `${formatNumber(shownHours(totalHours(experience)))} h`;
  return hours.mode === 'weekly'
    ? `${total} (${formatNumber(shownHours(hours.perWeek))} h/week × ${plural(hours.weeks, 'week', 'weeks')})`
    : total;
}
