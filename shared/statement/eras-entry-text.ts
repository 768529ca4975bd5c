import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from '../exposure/eras-experience-type';
import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from '../exposure/experience-schema';
import { toErasPlainText } from './eras-plain-text';
import type { ErasEntry } from './statement-schema';
import { formatCount } from '../format-count';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim();
}

export function erasDates(experience: Pick<Experience, 'startDate' | 'endDate' | 'ongoing'>): string {
  const end = experience.ongoing ? 'present' : experience.endDate ? monthYear(experience.endDate) : monthYear(experience.startDate);
  return `${monthYear(experience.startDate)} - ${end}`;
}

/**
 * The ready-to-paste plain-text block for one ERAS entry: the fields ERAS asks for,
 * the description and, when most meaningful, the reflection, all cleaned to plain
 * text. Nothing is shortened: over-long text stays whole and the counter says so.
 */
export function erasEntryText(experience: Experience, entry: ErasEntry): string {
  const place = [experience.organisation, experience.city, experience.region].filter(Boolean).join(', ');
  const hours = totalHours(experience);
  const lines = [
    `Experience: ${experience.title}`,
    `Experience type: ${ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(experience.kind)]} (${EXPERIENCE_KIND_LABELS[experience.kind]})`,
    ...(place ? [`Organisation: ${place}`] : []),
    `Dates: ${erasDates(experience)}`,
    ...(hours > 0 ? [`Hours: ${formatCount(hours)}`] : []),
    ...(experience.supervisor ? [`Supervisor: ${experience.supervisor}`] : []),
    '',
    'Description:',
    toErasPlainText(entry.description).text.trim(),
  ];
  if (entry.mostMeaningful) lines.push('', 'Most meaningful - reflection:', toErasPlainText(entry.reflection).text.trim());
  return `${lines.join('\n')}\n`;
}
