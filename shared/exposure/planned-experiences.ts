import type { Experience } from './experience-schema';
import { monthYear } from '../month-year';

/*
 * An experience whose start date lies after today is planned: it shows where the
 * applicant is heading, but none of it has happened, so totals and gap checks leave
 * it out. One that has started counts in full, ended or not: its hours are what the
 * applicant entered, not derived from the dates, so there is nothing to pro-rate.
 * `today` is passed in (YYYY-MM-DD, see local-today.ts) to keep callers pure.
 */

type Dated = Pick<Experience, 'startDate'>;

// ISO dates compare correctly as strings.
export const hasStarted = (experience: Dated, today: string): boolean => experience.startDate <= today;

export function splitByStart<T extends Dated>(experiences: readonly T[], today: string): { started: T[]; planned: T[] } {
  const started: T[] = [];
  const planned: T[] = [];
  for (const experience of experiences) (hasStarted(experience, today) ? started : planned).push(experience);
  return { started, planned };
}

/** "Planned: IR observership, June 2030", the soonest first, "and 2 more" for the rest; null for none. */
export function plannedNote(planned: readonly Pick<Experience, 'title' | 'startDate'>[]): string | null {
  const [soonest, ...rest] = [...planned].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  if (!soonest) return null;
  return `Planned: ${soonest.title}, ${monthYear(soonest.startDate)}${rest.length > 0 ? `, and ${rest.length} more` : ''}`;
}

