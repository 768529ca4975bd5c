import Papa from 'papaparse';
import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from './eras-experience-type';
import { EXPERIENCE_KIND_LABELS, totalHours, type Experience } from './experience-schema';
import { GUIDANCE_LABELS, ROLE_LABELS, SETTING_LABELS, type ProcedureEntry } from './procedure-schema';
import { experienceLabel } from './experience-label';
import { findCategory, procedureIndex, type CustomProcedure } from './taxonomy';

/*
 * CSV export of the procedure log and the experiences, for spreadsheets.
 * (Import, with column mapping and row checks, is in procedure-csv.ts.)
 */

/** Spreadsheet apps run cells starting with these as formulas; exported text gets a leading ' instead. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** How an exported formula-like cell looks; import takes the ' back off. */
export const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

export const PROCEDURE_CSV_HEADERS = [
  'Date',
  'Category',
  'Procedure',
  'Role',
  'Guidance',
  'Setting',
  'Experience',
  'Attending',
  'Learned',
  'Patient care',
  'Complication',
  'Notes',
] as const;

function toCsv(fields: readonly string[], data: string[][]): string {
  return Papa.unparse(
    { fields: [...fields], data },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/**
 * The procedure log as CSV, oldest case first, with names and labels rather than ids. The
 * experience is written as the app shows it, "Title · Organisation", so two observerships with
 * the same title come back to the right one on import.
 */
export function proceduresToCsv(
  procedures: readonly ProcedureEntry[],
  customProcedures: readonly CustomProcedure[],
  experiences: readonly Pick<Experience, 'id' | 'title' | 'organisation'>[],
): string {
  const index = procedureIndex(customProcedures);
  const experienceLabels = new Map(experiences.map((e) => [e.id, experienceLabel(e)]));
  const sorted = [...procedures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const data = sorted.map((entry) => {
    const procedure = index.get(entry.procedureId);
    return [
      entry.date,
      procedure ? findCategory(procedure.categoryId).label : '',
      procedure?.name ?? entry.procedureId,
      ROLE_LABELS[entry.role],
      entry.guidance.map((g) => GUIDANCE_LABELS[g]).join('; '),
      SETTING_LABELS[entry.setting],
      entry.experienceId ? (experienceLabels.get(entry.experienceId) ?? '') : '',
      entry.attending,
      entry.learned,
      entry.patientCare,
      entry.complication,
      entry.notes,
    ];
  });
  return toCsv(PROCEDURE_CSV_HEADERS, data);
}

export const EXPERIENCE_CSV_HEADERS = [
  'Kind',
  'ERAS experience type',
  'Title',
  'Organisation',
  'City',
  'State or country',
  'US-based',
  'Start date',
  'End date',
  'Ongoing',
  'Hours',
  'Supervisor',
  'Supervisor contact',
  'Can write a letter',
  'IR-related',
  'Description',
  'Tags',
] as const;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function experiencesToCsv(experiences: readonly Experience[]): string {
  const data = experiences.map((e) => [
    EXPERIENCE_KIND_LABELS[e.kind],
    ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(e.kind)],
    e.title,
    e.organisation,
    e.city,
    e.region,
    yesNo(e.usBased),
    e.startDate,
    e.endDate ?? '',
    yesNo(e.ongoing),
    e.hours.mode === 'none' ? '' : String(totalHours(e)),
    e.supervisor,
    e.supervisorContact,
    yesNo(e.canWriteLetter),
    yesNo(e.irRelated),
    e.description,
    e.tags.join('; '),
  ]);
  return toCsv(EXPERIENCE_CSV_HEADERS, data);
}

