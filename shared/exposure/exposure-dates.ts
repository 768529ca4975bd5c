import { localToday } from '../local-today';
import { isoDateSchema } from '../schema/common';

/*
 * The date rules for what a save or an import may write. The stored-document
 * schemas keep plain `isoDateSchema`, so a file saved before these rules
 * existed still opens and its odd dates can be fixed in the app.
 */

/**
 * No procedure or experience of a medical graduate's exposure predates this;
 * an older date is a typo in the year (1900, 0202) and would stretch the
 * cases-per-month chart across centuries.
 */
export const EARLIEST_EXPOSURE_DATE = '1950-01-01';

/** Read after "That date " or "date '…' ", so one wording serves forms and CSV rows. */
export const BEFORE_EARLIEST_REASON = 'is before 1950: use a date from 1950 on (an earlier year is almost surely a typo)';
export const FUTURE_PROCEDURE_REASON = 'is in the future: log cases once you have seen them';

// ISO dates compare correctly as strings; the format is checked before these run.

/** Why an experience date is refused, or null. Experiences may lie ahead (an upcoming rotation). */
export function experienceDateProblem(date: string): string | null {
  return date < EARLIEST_EXPOSURE_DATE ? BEFORE_EARLIEST_REASON : null;
}

/** Why a procedure date is refused, or null: a case is logged once it has been seen. */
export function procedureDateProblem(date: string, today: string = localToday()): string | null {
  return experienceDateProblem(date) ?? (date > today ? FUTURE_PROCEDURE_REASON : null);
}

export const experienceDateSchema = isoDateSchema.refine(
  (date) => experienceDateProblem(date) === null,
  `That date ${BEFORE_EARLIEST_REASON}`,
);

export const procedureDateSchema = isoDateSchema.superRefine((date, context) => {
  // Today is read at validation time, so a form left open past midnight still accepts the new day.
  const problem = procedureDateProblem(date);
  if (problem !== null) context.addIssue({ code: 'custom', message: `That date ${problem}`, input: date });
});
