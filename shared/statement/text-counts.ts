/**
 * Counters for the draft editor and the ERAS builder. Characters are counted as
 * ERAS counts them: every character typed, spaces and line breaks included (a line
 * break is one character; "\r\n" pasted from Windows counts once). Text over a
 * limit is reported as over, never cut. ERAS experience fields are measured after
 * their plain-text conversion: see measureErasField in eras-entry-text.ts.
 */
import { formatCount } from '../format-count';

export type LimitStatus = 'empty' | 'under' | 'near' | 'over';

/** Share of a limit past which the counter turns to a warning. */
export const NEAR_LIMIT_SHARE = 0.9;

export function countCharacters(text: string): number {
  return [...text.replace(/\r\n/g, '\n')].length;
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function limitStatus(count: number, limit: number): LimitStatus {
  if (count === 0) return 'empty';
  if (count > limit) return 'over';
  if (count >= Math.ceil(limit * NEAR_LIMIT_SHARE)) return 'near';
  return 'under';
}

export interface TextMeasure {
  count: number;
  limit: number;
  status: LimitStatus;
  /** Positive when over the limit, negative when there is room left. */
  overBy: number;
}

export function measureCharacters(text: string, limit: number): TextMeasure {
  const count = countCharacters(text);
  return { count, limit, status: limitStatus(count, limit), overBy: count - limit };
}

export function measureWords(text: string, limit: number): TextMeasure {
  const count = countWords(text);
  return { count, limit, status: limitStatus(count, limit), overBy: count - limit };
}

/**
 * Said under a field, before saving, when its text is longer than the data file takes (`what`
 * is e.g. "a talking point"). Counted as the schema counts: after trimming, in UTF-16 units.
 */
export function overLengthMessage(text: string, max: number, what: string): string | null {
  const length = text.trim().length;
  return length > max ? `Keep ${what} under ${formatCount(max)} characters; this one has ${formatCount(length)}.` : null;
}
