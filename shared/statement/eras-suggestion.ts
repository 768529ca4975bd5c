import { totalHours, type Experience } from '../exposure/experience-schema';
import { hasStarted } from '../exposure/planned-experiences';
import { formatCount } from '../format-count';
import { monthYear } from '../month-year';

export interface ExperienceSuggestion {
  experienceId: string;
  score: number;
  /** Not started yet: offered last, and its entry must say it is upcoming. */
  planned: boolean;
  /** Why it ranks where it does, in words the applicant can check. */
  reasons: string[];
}

const RECENT_YEARS = 3;

function yearsAgo(date: string, today: string): number {
  return (Date.parse(today) - Date.parse(date)) / (365.25 * 24 * 3600 * 1000);
}

function suggest(experience: Experience, today: string): ExperienceSuggestion {
  const reasons: string[] = [];
  let score = 0;
  if (experience.irRelated) {
    score += 100;
    reasons.push('IR-related');
  }
  if (experience.usBased) {
    score += 50;
    reasons.push('in the US');
  }
  // A planned experience is still offered: ERAS may list a confirmed, upcoming one if its
  // description says it has not happened yet, and leaving it out would hide it from the
  // applicant. But none of it has happened, so it earns nothing for recency or hours and is
  // named as planned; it ranks below every started experience (see the sort below).
  if (!hasStarted(experience, today)) {
    reasons.push(`planned, starts ${monthYear(experience.startDate)}`);
    return { experienceId: experience.id, score, planned: true, reasons };
  }
  const end = experience.ongoing ? today : (experience.endDate ?? experience.startDate);
  const age = yearsAgo(end, today);
  if (age <= RECENT_YEARS) {
    // An end date still ahead means it is under way: as current as an ongoing one.
    score += 25 * (1 - Math.max(0, age) / RECENT_YEARS) + 5;
    reasons.push(experience.ongoing || age < 0 ? 'ongoing' : 'recent');
  }
  const hours = totalHours(experience);
  if (hours > 0) {
    score += Math.min(20, hours / 50);
    reasons.push(`${formatCount(hours)} h`);
  }
  return { experienceId: experience.id, score: Math.round(score * 10) / 10, planned: false, reasons };
}

/**
 * Orders experiences for the ERAS slots: IR-related first, then US-based, then
 * recent (ongoing or ended in the last three years), then hours; experiences that
 * have not started yet come after all the others. Deterministic.
 */
export function suggestErasExperiences(experiences: readonly Experience[], today: string): ExperienceSuggestion[] {
  return experiences
    .map((experience) => suggest(experience, today))
    .sort((a, b) => Number(a.planned) - Number(b.planned) || b.score - a.score || a.experienceId.localeCompare(b.experienceId));
}
