import type { Experience } from './experience-schema';

/**
 * "Title · Organisation", the way an experience is named in selects, the log and the CSV export.
 * Two observerships may share a title; the organisation tells them apart.
 */
export function experienceLabel(experience: Pick<Experience, 'title' | 'organisation'>): string {
  return experience.organisation ? `${experience.title} · ${experience.organisation}` : experience.title;
}
