import { CASE_MIX_CATEGORY_IDS, type CaseMixCategoryId } from './case-mix-categories';
import type { ProgramPathway, VolumeFigureKind } from './program-schema';

/*
 * The columns of the program spreadsheet: the field each fills, the header we write,
 * and headers people commonly use for it. Export and import (program-csv.ts) share them.
 */

type CaseMixField = `caseMix:${CaseMixCategoryId}`;
type PathwayField = `positions:${ProgramPathway}`;
type VolumeField = 'residentGraduationTotal' | 'residentPerCoreYear' | 'departmentalAnnual';
/** Where the best figure of a kind came from, when it was noted and how sure the applicant was. */
export type VolumeDetail = 'source' | 'learnedOn' | 'confidence';
export type VolumeDetailField = `${VolumeField}:${VolumeDetail}`;

export type ProgramCsvField =
  | 'name'
  | 'institution'
  | 'city'
  | 'state'
  | 'website'
  | 'status'
  | PathwayField
  | 'integratedStartsPgy2'
  | 'level1Trauma'
  | 'nciCancerCenter'
  | 'transplantCenter'
  | 'tertiaryReferral'
  | 'vaAffiliation'
  | 'independentFellowship'
  | 'fellowshipSinceYear'
  | 'irResidentsPerClass'
  | 'independentFellows'
  | 'esirResidents'
  | 'apps'
  | 'primaryOperatorFromPgy'
  | 'residentsOnlyAssistAdvanced'
  | CaseMixField
  | 'currentImgResidents'
  | 'imgsInterviewedOrMatchedRecently'
  | 'usceRequired'
  | 'serviceSlow'
  | 'personalRating'
  | 'locationPreference'
  | 'traineeSharePercent'
  | VolumeField
  | VolumeDetailField
  | 'notes';

const VOLUME_DETAIL_HEADERS: Record<VolumeDetail, string> = { source: 'source', learnedOn: 'date learned', confidence: 'confidence' };

/** The columns beside a volume number that keep its source, date and confidence through a round trip. */
function volumeDetailColumns(field: VolumeField, header: string): { field: VolumeDetailField; header: string }[] {
  return (['source', 'learnedOn', 'confidence'] as const).map((detail) => ({
    field: `${field}:${detail}`,
    header: `${header}: ${VOLUME_DETAIL_HEADERS[detail]}`,
  }));
}

/** Header we write, and other headers people commonly use for the same thing. */
export const COLUMNS: { field: ProgramCsvField; header: string; synonyms?: string[] }[] = [
  { field: 'name', header: 'Program', synonyms: ['name', 'program name', 'programme'] },
  { field: 'institution', header: 'Institution', synonyms: ['hospital', 'sponsoring institution', 'sponsor'] },
  { field: 'city', header: 'City' },
  { field: 'state', header: 'State', synonyms: ['st', 'province'] },
  { field: 'website', header: 'Website', synonyms: ['url', 'web', 'web site', 'link'] },
  { field: 'status', header: 'Status', synonyms: ['application status'] },
  { field: 'positions:integrated-ir', header: 'Integrated IR positions', synonyms: ['integrated positions', 'ir positions'] },
  { field: 'positions:esir', header: 'ESIR positions', synonyms: ['esir'] },
  { field: 'positions:independent-ir', header: 'Independent IR positions', synonyms: ['independent positions'] },
  { field: 'integratedStartsPgy2', header: 'Starts at PGY-2 (needs prelim/TY)', synonyms: ['advanced', 'starts pgy2', 'needs prelim'] },
  { field: 'level1Trauma', header: 'Level I trauma', synonyms: ['trauma', 'level 1 trauma'] },
  { field: 'nciCancerCenter', header: 'NCI cancer center', synonyms: ['nci', 'cancer center'] },
  { field: 'transplantCenter', header: 'Transplant center', synonyms: ['transplant'] },
  { field: 'tertiaryReferral', header: 'Tertiary referral', synonyms: ['tertiary'] },
  { field: 'vaAffiliation', header: 'VA affiliation', synonyms: ['va'] },
  { field: 'independentFellowship', header: 'Independent IR fellowship', synonyms: ['fellowship'] },
  { field: 'fellowshipSinceYear', header: 'Fellowship since', synonyms: ['fellowship year', 'fellowship started'] },
  { field: 'irResidentsPerClass', header: 'IR residents per class', synonyms: ['residents per class', 'class size'] },
  { field: 'independentFellows', header: 'Independent IR fellows', synonyms: ['fellows', 'independent fellows'] },
  { field: 'esirResidents', header: 'ESIR residents' },
  { field: 'apps', header: 'APPs', synonyms: ['advanced practice providers', 'np pa', 'midlevels'] },
  { field: 'primaryOperatorFromPgy', header: 'Primary operator from PGY', synonyms: ['primary operator pgy'] },
  { field: 'residentsOnlyAssistAdvanced', header: 'Residents assist but do not lead advanced cases', synonyms: ['residents only assist', 'residents only assist on advanced cases'] },
  ...CASE_MIX_CATEGORY_IDS.map((id) => ({ field: `caseMix:${id}` as const, header: `Case mix: ${id}` })),
  { field: 'currentImgResidents', header: 'Current IMG residents', synonyms: ['img residents', 'imgs'] },
  { field: 'imgsInterviewedOrMatchedRecently', header: 'IMGs interviewed or matched recently', synonyms: ['takes imgs', 'img friendly'] },
  { field: 'usceRequired', header: 'USCE required', synonyms: ['usce'] },
  { field: 'serviceSlow', header: 'Slow service', synonyms: ['service slow', 'slow'] },
  { field: 'personalRating', header: 'My rating (0-5)', synonyms: ['rating', 'personal rating'] },
  { field: 'locationPreference', header: 'Location preference (0-5)', synonyms: ['location', 'location preference'] },
  { field: 'traineeSharePercent', header: 'Trainee share %', synonyms: ['trainee share', 'resident share'] },
  { field: 'residentGraduationTotal', header: 'Resident procedures by graduation', synonyms: ['resident total', 'graduate total', 'cases by graduation'] },
  ...volumeDetailColumns('residentGraduationTotal', 'Resident procedures by graduation'),
  { field: 'residentPerCoreYear', header: 'Resident procedures per core IR year', synonyms: ['per core year', 'resident per year'] },
  ...volumeDetailColumns('residentPerCoreYear', 'Resident procedures per core IR year'),
  { field: 'departmentalAnnual', header: 'Departmental procedures per year', synonyms: ['departmental annual', 'department volume', 'annual volume', 'ir volume', 'annual procedures'] },
  ...volumeDetailColumns('departmentalAnnual', 'Departmental procedures per year'),
  { field: 'notes', header: 'Notes', synonyms: ['comments'] },
];

export const PROGRAM_CSV_HEADERS = COLUMNS.map((c) => c.header);
/** Every field an import can fill, with the header we write for it (for a mapping UI). */
export const PROGRAM_CSV_FIELDS: readonly { field: ProgramCsvField; header: string }[] = COLUMNS.map(({ field, header }) => ({
  field,
  header,
}));
export const HEADER_OF = new Map(COLUMNS.map((c) => [c.field, c.header]));

export const VOLUME_FIELDS: Record<VolumeField, VolumeFigureKind> = {
  residentGraduationTotal: 'resident-graduation-total',
  residentPerCoreYear: 'resident-per-core-year',
  departmentalAnnual: 'departmental-annual',
};

