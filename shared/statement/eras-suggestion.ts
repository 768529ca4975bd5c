import { totalHours, type Experience } from '../exposure/experience-schema';
import { formatCount } from '../format-count';

export interface ExperienceSuggestion {
  experienceId: string;
  score: number;
  /** Why it ranks where it does, in words the applicant can check. */
  reasons: string[];
}

const RECENT_YEARS = 3;

function yearsAgo(date: string, today: string): number {
  return (Date.parse(today) - Date.parse(date)) / (365.25 * 24 * 3600 * 1000);
}

/**
 * Orders experiences for the ERAS slots: IR-related first, then US-based, then
 * recent (ongoing or ended in the last three years), then hours. Deterministic.
 */
export function suggestErasExperiences(experiences: readonly Experience[], today: string): ExperienceSuggestion[] {
  return experiences
    .map((experience) => {
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
      const end = experience.ongoing ? today : (experience.endDate ?? experience.startDate);
      const age = yearsAgo(end, today);
      if (age <= RECENT_YEARS) {
        score += 25 * (1 - Math.max(0, age) / RECENT_YEARS) + 5;
        reasons.push(experience.ongoing ? 'ongoing' : 'recent');
      }
      const hours = totalHours(experience);
      if (hours > 0) {
        score += Math.min(20, hours / 50);
        reasons.push(`${formatCount(hours)} h`);
      }
      return { experienceId: experience.id, score: Math.round(score * 10) / 10, reasons };
    })
    .sort((a, b) => b.score - a.score || a.experienceId.localeCompare(b.experienceId));
}
