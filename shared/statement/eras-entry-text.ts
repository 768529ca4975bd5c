import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from '../exposure/eras-experience-type';
import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from '../exposure/experience-schema';
import { hasStarted } from '../exposure/planned-experiences';
import { toErasPlainText } from './eras-plain-text';
import type { ErasEntry } from './statement-schema';
import { measureCharacters, type TextMeasure } from './text-counts';
import { formatCount } from '../format-count';
import { monthYear } from '../month-year';


export function erasDates(experience: Pick<Experience, 'startDate' | 'endDate' | 'ongoing'>): string {
  const end = experience.ongoing ? 'present' : experience.endDate ? monthYear(experience.endDate) : monthYear(experience.startDate);
  return `${monthYear(experience.startDate)} - ${end}`;
}

/** One description or reflection exactly as it goes into the copied block and the export: plain text, ends trimmed. */
export function erasFieldText(text: string): string {
  return toErasPlainText(text).text.trim();
}

/**
 * Counts what ERAS will receive, not what was typed: "…" goes as "..." (three
 * characters), so the counter and its over-limit warning agree with Copy and the export.
 */
export function measureErasField(text: string, limit: number): TextMeasure {
  return measureCharacters(erasFieldText(text), limit);
}

/** Shown in place of an empty description or reflection, so a gap is seen in the copy and the export instead of a bare label. */
export const NOT_WRITTEN_YET = '(not written yet)';

function fieldOrGap(text: string): string {
  return erasFieldText(text) || NOT_WRITTEN_YET;
}

/**
 * The ready-to-paste plain-text block for one ERAS entry: the fields ERAS asks for,
 * the description and, when most meaningful, the reflection, all cleaned to plain
 * text. Nothing is shortened: over-long text stays whole and the counter says so.
 */
export function erasEntryText(experience: Experience, entry: ErasEntry, today: string): string {
  const location = [experience.city, experience.region].filter(Boolean).join(', ');
  // A planned experience (starting after `today`) has worked no hours yet: the block claims none.
  const hours = hasStarted(experience, today) ? totalHours(experience) : 0;
  const lines = [
    `Experience: ${experience.title}`,
    `Experience type: ${ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(experience.kind)]} (${EXPERIENCE_KIND_LABELS[experience.kind]})`,
    ...(experience.organisation ? [`Organization: ${experience.organisation}`] : []),
    ...(location ? [`Location: ${location}`] : []),
    `Dates: ${erasDates(experience)}`,
    ...(hours > 0 ? [`Hours: ${formatCount(hours)}`] : []),
    ...(experience.supervisor ? [`Supervisor: ${experience.supervisor}`] : []),
    '',
    'Description:',
    fieldOrGap(entry.description),
  ];
  if (entry.mostMeaningful) lines.push('', 'Most meaningful - reflection:', fieldOrGap(entry.reflection));
  // Names and places too, not only the cleaned fields: an accent typed as a separate mark is joined
  // to its letter, so one name is written one way throughout the block.
  return `${lines.join('\n').normalize('NFC')}\n`;
}
