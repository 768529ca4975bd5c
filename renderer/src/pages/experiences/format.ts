import { totalHours, type Experience } from '../../../../shared/exposure/experience-schema';

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
  const total = `${formatNumber(totalHours(experience))} h`;
  return hours.mode === 'weekly' ? `${total} (${formatNumber(hours.perWeek)} h/week × ${formatNumber(hours.weeks)} weeks)` : total;
}
