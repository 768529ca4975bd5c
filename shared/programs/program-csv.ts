import Papa from 'papaparse';
import { clipForMessage } from '../clip-for-message';
import { CASE_MIX_CATEGORY_IDS, CASE_MIX_STRENGTHS, type CaseMixStrength } from './case-mix-categories';
import { bestVolumeFigures } from './case-volume';
import { localToday } from '../local-today';
import { readImportDate } from '../exposure/procedure-vocabulary';
import {
  CONFIDENCE_LEVELS,
  PROGRAM_PATHWAYS,
  PROGRAM_STATUSES,
  PROGRAM_STATUS_LABELS,
  newProgramDraft,
  programDraftSchema,
  type Program,
  type ProgramDraft,
  type ProgramStatus,
  type Confidence,
  type TriState,
  type VolumeFigure,
  type VolumeFigureKind,
  type VolumeSource,
  VOLUME_SOURCES,
} from './program-schema';

import { COLUMNS, HEADER_OF, PROGRAM_CSV_HEADERS, VOLUME_FIELDS, type ProgramCsvField, type VolumeDetailField } from './program-csv-columns';
import { programNameKey } from './program-names';

export { PROGRAM_CSV_FIELDS, PROGRAM_CSV_HEADERS, type ProgramCsvField } from './program-csv-columns';

// ---- Export ---------------------------------------------------------------------------

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

type VolumeField = keyof typeof VOLUME_FIELDS;
const volumeFields = () => Object.entries(VOLUME_FIELDS) as [VolumeField, VolumeFigureKind][];

/** The best figure's number with where it came from, when and how sure, so a re-import keeps its weight. */
function volumeCells(field: VolumeField, figure: VolumeFigure | undefined): Partial<Record<ProgramCsvField, string>> {
  return {
    [field]: num(figure?.value),
    [`${field}:source`]: figure?.source ?? '',
    [`${field}:learnedOn`]: figure?.learnedOn ?? '',
    [`${field}:confidence`]: figure?.confidence ?? '',
  };
}

function programToRow(program: Program): Record<string, string> {
  const ctx = program.institutionalContext;
  const learners = program.competingLearners;
  const best = bestVolumeFigures(program);
  const values: Partial<Record<ProgramCsvField, string>> = {
    name: program.name,
    institution: program.institution,
    city: program.city,
    state: program.state,
    website: program.website ?? '',
    status: program.status,
    integratedStartsPgy2: yesNo(program.integratedStartsPgy2),
    level1Trauma: yesNo(ctx.level1Trauma),
    nciCancerCenter: yesNo(ctx.nciCancerCenter),
    transplantCenter: yesNo(ctx.transplantCenter),
    tertiaryReferral: yesNo(ctx.tertiaryReferral),
    vaAffiliation: yesNo(ctx.vaAffiliation),
    independentFellowship: yesNo(ctx.independentFellowship),
    fellowshipSinceYear: num(ctx.fellowshipSinceYear),
    irResidentsPerClass: num(learners.irResidentsPerClass),
    independentFellows: num(learners.independentFellows),
    esirResidents: num(learners.esirResidents),
    apps: num(learners.apps),
    primaryOperatorFromPgy: num(program.autonomy.primaryOperatorFromPgy),
    residentsOnlyAssistAdvanced: yesNo(program.autonomy.residentsOnlyAssistAdvanced),
    currentImgResidents: num(program.imgFriendliness.currentImgResidents),
    imgsInterviewedOrMatchedRecently: program.imgFriendliness.imgsInterviewedOrMatchedRecently,
    usceRequired: program.imgFriendliness.usceRequired,
    serviceSlow: yesNo(program.serviceSlow),
    personalRating: num(program.personalRating),
    locationPreference: num(program.locationPreference),
    traineeSharePercent: num(program.traineeSharePercent),
    notes: program.notes,
  };
  for (const [field, kind] of volumeFields()) Object.assign(values, volumeCells(field, best[kind]));
  for (const pathway of PROGRAM_PATHWAYS) {
    const offer = program.pathways.find((p) => p.pathway === pathway);
    values[`positions:${pathway}`] = offer === undefined ? '' : offer.positionsPerYear === null ? 'unknown' : String(offer.positionsPerYear);
  }
  for (const id of CASE_MIX_CATEGORY_IDS) values[`caseMix:${id}`] = program.caseMix[id];
  return Object.fromEntries(COLUMNS.map((c) => [c.header, values[c.field] ?? '']));
}

/**
 * One row per program with the best figure of each volume kind. Interview answers,
 * status history and prelim applications stay in the app: they do not fit a flat sheet.
 */
export function programsToCsv(programs: readonly Program[]): string {
  // Cells that start like a formula are prefixed so a spreadsheet shows them as text. The byte
  // order mark tells Excel the file is UTF-8, so "St. Brigid’s" does not turn into "St. Brigidâ€™s".
  return `\uFEFF${Papa.unparse({ fields: PROGRAM_CSV_HEADERS, data: programs.map(programToRow) }, { escapeFormulae: true })}`;
}

// ---- Import ---------------------------------------------------------------------------

export type CsvRow = Record<string, string | undefined>;

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  /** About the file as a whole; rows these name are not in `rows`. */
  problems: string[];
  /** Rows that are in `rows` but cannot be read safely: pass them to validateProgramRows, which holds them back. */
  rowProblems: RowErrors[];
}

/** What Papa keeps of the cells beyond the header's columns. */
type PapaRow = CsvRow & { __parsed_extra?: string[] };

/**
 * Reads the file's header and rows. A one-column file (no delimiter to find) and rows whose last
 * cells are left off (read as blank) are fine, as in the procedure import. A row with more filled
 * cells than the header has columns is held back: its values may sit under the wrong columns.
 * A quoted cell that is never closed runs to the end of the file, swallowing every line after it
 * into one cell; that row is held back (with the lines it swallowed) and said so, rather than
 * imported as one program whose notes hold the rest.
 */
export function parseProgramCsv(text: string): ParsedCsv {
  const result = Papa.parse<PapaRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const headers = result.meta.fields ?? [];
  const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
  const data = unclosedQuote ? result.data.slice(0, -1) : result.data;
  const rowProblems: RowErrors[] = [];
  const rows = data.map((row, index) => {
    const { __parsed_extra: extra, ...cells } = row;
    const filledExtra = (extra ?? []).filter((cell) => cell.trim() !== '').length;
    if (filledExtra > 0) rowProblems.push({ row: index + 2, messages: [extraCellsProblem(filledExtra)] });
    return Object.fromEntries(headers.map((header) => [header, cells[header] ?? ''])) as CsvRow;
  });
  const problems = unclosedQuote && result.data.length > 0 ? [unclosedQuoteProblem(result.data.length + 1)] : [];
  return { headers, rows, problems, rowProblems };
}

function extraCellsProblem(extra: number): string {
  return (
    `This row has ${extra === 1 ? 'a filled cell' : `${extra} filled cells`} beyond the file’s last column, so its values may sit under the wrong columns ` +
    '(a comma inside a name or note that is not in quotes does this). Fix the row in the file and choose it again.'
  );
}

function unclosedQuoteProblem(row: number): string {
  return (
    `Row ${row} and every line below it will not be imported: a cell there opens with a quote mark (") that is never closed, ` +
    'so the rest of the file reads as one cell. Close the quote in the file and choose it again.'
  );
}

export interface ProgramColumnMapping {
  /** Which file header feeds each field; unmapped fields keep their "unknown" default. */
  columns: Partial<Record<ProgramCsvField, string>>;
  /** Where imported volume numbers came from; sets the figures' source and confidence. */
  volumeSource: 'other' | 'sir-directory';
}

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Matches headers by name, ignoring case, spaces and punctuation; each header is used once. */
export function suggestProgramColumnMapping(headers: readonly string[]): ProgramColumnMapping {
  const byNormal = new Map<string, string>();
  for (const h of headers) if (!byNormal.has(normalize(h))) byNormal.set(normalize(h), h);
  const used = new Set<string>();
  const columns: ProgramColumnMapping['columns'] = {};
  for (const column of COLUMNS) {
    const candidates = [column.header, column.field, ...(column.synonyms ?? [])].map(normalize);
    const match = candidates.map((c) => byNormal.get(c)).find((h) => h !== undefined && !used.has(h));
    if (match !== undefined) {
      columns[column.field] = match;
      used.add(match);
    }
  }
  const volumeSource = headers.some((h) => /\bsir\b/i.test(h)) ? 'sir-directory' : 'other';
  return { columns, volumeSource };
}

class RowReader {
  readonly messages: string[] = [];
  constructor(
    private readonly row: CsvRow,
    private readonly mapping: ProgramColumnMapping,
  ) {}

  raw(field: ProgramCsvField): string | undefined {
    const header = this.mapping.columns[field];
    if (header === undefined) return undefined;
    const value = (this.row[header] ?? '').trim();
    // Undo the text prefix our own export adds to formula-like cells.
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
  }

  private label(field: ProgramCsvField) {
    return this.mapping.columns[field] ?? HEADER_OF.get(field) ?? field;
  }

  private isBlank(value: string | undefined) {
    return value === undefined || value === '' || /^(unknown|n\/?a|\?|-)$/i.test(value);
  }

  count(field: ProgramCsvField): number | null | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (this.isBlank(value)) return null;
    const n = Number(value.replace(/[,\s]/g, '').replace(/\+$/, ''));
    if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) {
      this.messages.push(`${this.label(field)}: "${clipForMessage(value)}" is not a whole number of 0 or more.`);
      return null;
    }
    return n;
  }

  decimal(field: ProgramCsvField): number | null | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (this.isBlank(value)) return null;
    const n = Number(value.replace(/%$/, '').trim());
    if (!Number.isFinite(n)) {
      this.messages.push(`${this.label(field)}: "${clipForMessage(value)}" is not a number.`);
      return null;
    }
    return n;
  }

  yesNo(field: ProgramCsvField): boolean | null | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (this.isBlank(value)) return null;
    if (/^(yes|y|true|1)$/i.test(value)) return true;
    if (/^(no|n|false|0)$/i.test(value)) return false;
    this.messages.push(`${this.label(field)}: use yes or no, or leave it blank if unknown (found "${clipForMessage(value)}").`);
    return null;
  }

  tri(field: ProgramCsvField): TriState | undefined {
    const answer = this.yesNo(field);
    return answer === undefined ? undefined : answer === null ? 'unknown' : answer ? 'yes' : 'no';
  }

  strength(field: ProgramCsvField): CaseMixStrength | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (value === '') return 'unknown';
    const match = CASE_MIX_STRENGTHS.find((s) => s === value.toLowerCase());
    if (match) return match;
    this.messages.push(`${this.label(field)}: use none, some, strong or unknown (found "${clipForMessage(value)}").`);
    return 'unknown';
  }

  /** A detail beside a volume number; blank or absent means "as the import would set it". */
  private detail(field: VolumeDetailField): string | undefined {
    const value = this.raw(field);
    return value === undefined || this.isBlank(value) ? undefined : value;
  }

  volumeSource(field: VolumeDetailField): VolumeSource | undefined {
    const value = this.detail(field);
    if (value === undefined) return undefined;
    const match = VOLUME_SOURCES.find((source) => normalize(source) === normalize(value));
    if (match) return match;
    this.messages.push(`${this.label(field)}: "${clipForMessage(value)}" is not one of ${VOLUME_SOURCES.join(', ')}.`);
    return undefined;
  }

  confidence(field: VolumeDetailField): Confidence | undefined {
    const value = this.detail(field);
    if (value === undefined) return undefined;
    const match = CONFIDENCE_LEVELS.find((level) => level === value.toLowerCase());
    if (match) return match;
    this.messages.push(`${this.label(field)}: use low, medium or high (found "${clipForMessage(value)}").`);
    return undefined;
  }

  date(field: VolumeDetailField): string | undefined {
    const value = this.detail(field);
    if (value === undefined) return undefined;
    const reading = readImportDate(value);
    if (reading.ok) return reading.value;
    this.messages.push(`${this.label(field)}: ${reading.message.replace(/^date /, '')}.`);
    return undefined;
  }

  status(): ProgramStatus | undefined {
    const value = this.raw('status');
    if (value === undefined || value === '') return undefined;
    const match = PROGRAM_STATUSES.find(
      (s) => normalize(s) === normalize(value) || normalize(PROGRAM_STATUS_LABELS[s]) === normalize(value),
    );
    if (match) return match;
    this.messages.push(`Status: "${clipForMessage(value)}" is not one of ${PROGRAM_STATUSES.join(', ')}.`);
    return undefined;
  }
}

function assign<T>(current: T, next: T | undefined): T {
  return next === undefined ? current : next;
}

function rowToDraft(row: CsvRow, mapping: ProgramColumnMapping, learnedOn: string): { draft: { name: string }; messages: string[] } {
  const read = new RowReader(row, mapping);
  const draft = newProgramDraft(read.raw('name') ?? '');
  draft.institution = assign(draft.institution, read.raw('institution'));
  draft.city = assign(draft.city, read.raw('city'));
  draft.state = assign(draft.state, read.raw('state'));
  const website = read.raw('website');
  if (website) draft.website = website;
  draft.status = assign(draft.status, read.status());
  draft.notes = assign(draft.notes, read.raw('notes'));

  for (const pathway of PROGRAM_PATHWAYS) {
    const field = `positions:${pathway}` as const;
    const raw = read.raw(field);
    if (raw === undefined || raw === '') continue; // blank: pathway not offered
    const positionsPerYear = read.count(field) ?? null;
    draft.pathways.push({ pathway, positionsPerYear });
  }
  draft.integratedStartsPgy2 = read.yesNo('integratedStartsPgy2') ?? draft.integratedStartsPgy2;

  const ctx = draft.institutionalContext;
  ctx.level1Trauma = assign(ctx.level1Trauma, read.yesNo('level1Trauma'));
  ctx.nciCancerCenter = assign(ctx.nciCancerCenter, read.yesNo('nciCancerCenter'));
  ctx.transplantCenter = assign(ctx.transplantCenter, read.yesNo('transplantCenter'));
  ctx.tertiaryReferral = assign(ctx.tertiaryReferral, read.yesNo('tertiaryReferral'));
  ctx.vaAffiliation = assign(ctx.vaAffiliation, read.yesNo('vaAffiliation'));
  ctx.independentFellowship = assign(ctx.independentFellowship, read.yesNo('independentFellowship'));
  ctx.fellowshipSinceYear = assign(ctx.fellowshipSinceYear, read.count('fellowshipSinceYear'));
  // A start year says there is a fellowship; the editor shows the year only when the answer is yes.
  if (ctx.fellowshipSinceYear !== null && ctx.independentFellowship === null) ctx.independentFellowship = true;

  const learners = draft.competingLearners;
  learners.irResidentsPerClass = assign(learners.irResidentsPerClass, read.count('irResidentsPerClass'));
  learners.independentFellows = assign(learners.independentFellows, read.count('independentFellows'));
  learners.esirResidents = assign(learners.esirResidents, read.count('esirResidents'));
  learners.apps = assign(learners.apps, read.count('apps'));

  draft.autonomy.primaryOperatorFromPgy = assign(draft.autonomy.primaryOperatorFromPgy, read.count('primaryOperatorFromPgy'));
  draft.autonomy.residentsOnlyAssistAdvanced = assign(
    draft.autonomy.residentsOnlyAssistAdvanced,
    read.yesNo('residentsOnlyAssistAdvanced'),
  );
  for (const id of CASE_MIX_CATEGORY_IDS) {
    draft.caseMix[id] = assign(draft.caseMix[id], read.strength(`caseMix:${id}`));
  }

  const img = draft.imgFriendliness;
  img.currentImgResidents = assign(img.currentImgResidents, read.count('currentImgResidents'));
  img.imgsInterviewedOrMatchedRecently = assign(img.imgsInterviewedOrMatchedRecently, read.tri('imgsInterviewedOrMatchedRecently'));
  img.usceRequired = assign(img.usceRequired, read.tri('usceRequired'));

  draft.serviceSlow = assign(draft.serviceSlow, read.yesNo('serviceSlow'));
  draft.personalRating = assign(draft.personalRating, read.count('personalRating'));
  draft.locationPreference = assign(draft.locationPreference, read.count('locationPreference'));
  draft.traineeSharePercent = assign(draft.traineeSharePercent, read.decimal('traineeSharePercent'));

  for (const [field, kind] of volumeFields()) {
    const value = read.count(field);
    if (value === null || value === undefined) continue;
    const source = read.volumeSource(`${field}:source`) ?? mapping.volumeSource;
    draft.volumeFigures.push({
      kind,
      value,
      source,
      learnedOn: read.date(`${field}:learnedOn`) ?? learnedOn,
      // A directory figure is a published number; an unlabeled import is worth confirming.
      confidence: read.confidence(`${field}:confidence`) ?? (source === 'sir-directory' ? 'medium' : 'low'),
      note: 'Imported from a spreadsheet',
    });
  }
  return { draft, messages: read.messages };
}

export interface RowErrors {
  /** Spreadsheet row number: the header is row 1, the first program row 2. */
  row: number;
  messages: string[];
}

export interface ValidatedRows {
  valid: ProgramDraft[];
  errors: RowErrors[];
}

/**
 * Turns mapped rows into program drafts, or plain-word reasons why a row cannot be used. A row
 * naming a program already on the shortlist (`existingNames`), or one named earlier in the file,
 * is held back: importing the same export twice must not double the shortlist.
 */
export function validateProgramRows(
  rows: readonly CsvRow[],
  mapping: ProgramColumnMapping,
  options: { learnedOn?: string; existingNames?: readonly string[]; rowProblems?: readonly RowErrors[] } = {},
): ValidatedRows {
  const learnedOn = options.learnedOn ?? localToday();
  const valid: ProgramDraft[] = [];
  const errors: RowErrors[] = [];
  if (mapping.columns.name === undefined) {
    return { valid, errors: [{ row: 1, messages: ['Choose which column holds the program name.'] }] };
  }
  const existing = new Map((options.existingNames ?? []).map((name) => [programNameKey(name), name]));
  const earlierRows = new Map<string, number>();
  const readingProblems = new Map((options.rowProblems ?? []).map((problem) => [problem.row, problem.messages]));
  rows.forEach((row, index) => {
    const { draft, messages } = rowToDraft(row, mapping, learnedOn);
    messages.unshift(...(readingProblems.get(index + 2) ?? []));
    const parsed = programDraftSchema.safeParse(draft);
    if (!parsed.success) messages.push(...parsed.error.issues.map((issue) => `${issue.message}.`.replace(/\.\.$/, '.')));
    const key = programNameKey(draft.name);
    if (key !== '') {
      const onShortlist = existing.get(key);
      const earlierRow = earlierRows.get(key);
      if (onShortlist !== undefined) messages.push(`“${onShortlist}” is already on your shortlist: edit it there, or rename this row to add another program.`);
      else if (earlierRow !== undefined) messages.push(`Row ${earlierRow} has the same program name.`);
      else earlierRows.set(key, index + 2);
    }
    if (messages.length > 0 || !parsed.success) errors.push({ row: index + 2, messages: [...new Set(messages)] });
    else valid.push(parsed.data);
  });
  return { valid, errors };
}
