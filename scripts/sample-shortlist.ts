// The sample applicant's program shortlist, used by generate-sample.ts. Every program,
// person and number here is made up; the programs are chosen so each kind of claim the
// app reads (service volume only, strong resident totals, crowded services, early
// autonomy, evasive answers, PGY-2 starts) appears at least once.
import { CASE_MIX_CATEGORY_IDS, type CaseMixStrength } from '../shared/programs/case-mix-categories';
import {
  newProgramDraft,
  type InterviewAnswer,
  type Program,
  type ProgramStatus,
  type VolumeFigure,
} from '../shared/programs/program-schema';
import { DEFAULT_WEIGHTS } from '../shared/programs/ranking-weights';
import { DEFAULT_SIGNALS } from '../shared/programs/signals';
import type { ProgramsCollections } from '../shared/programs/program-schema';

type Draft = Omit<Program, 'id'>;
type Edit = (draft: Draft) => Partial<Draft>;

function program(id: string, name: string, edit: Edit): Program {
  const base: Draft = { ...newProgramDraft(name), volumeFigures: [] };
  return { ...base, ...edit(base), id };
}

/** Case mix in taxonomy order; letters keep the table below readable. */
function mix(code: string): Program['caseMix'] {
  const letters: Record<string, CaseMixStrength> = { S: 'strong', s: 'some', n: 'none', '?': 'unknown' };
  return Object.fromEntries(CASE_MIX_CATEGORY_IDS.map((id, i) => [id, letters[code[i]!]!])) as Program['caseMix'];
}

let figureCount = 0;
function figure(
  kind: VolumeFigure['kind'],
  value: number,
  source: VolumeFigure['source'],
  learnedOn: string,
  confidence: VolumeFigure['confidence'],
  note = '',
): VolumeFigure {
  figureCount += 1;
  return { id: `sample-figure-${figureCount}`, kind, value, source, learnedOn, confidence, note };
}

const answer = (
  questionId: string,
  clarity: InterviewAnswer['clarity'],
  text: string,
  date: string,
  answeredBy: InterviewAnswer['answeredBy'] = 'faculty',
): InterviewAnswer => ({ questionId, answer: text, answeredBy, clarity, date });

/** A status history that walks up to `status`, one step per date. */
function history(status: ProgramStatus, dates: string[]): Program['statusHistory'] {
  const path: ProgramStatus[] = ['researching', 'applied', 'interview-offered', 'interviewed'];
  const steps = status === 'withdrawn' ? ['researching', 'applied', 'withdrawn'] : path.slice(0, path.indexOf(status) + 1);
  return steps.slice(0, dates.length).map((s, i) => ({ status: s as ProgramStatus, date: dates[i]! }));
}

const context = (
  level1Trauma: boolean | null,
  nciCancerCenter: boolean | null,
  transplantCenter: boolean | null,
  tertiaryReferral: boolean | null,
  independentFellowship: boolean | null = null,
  fellowshipSinceYear: number | null = null,
  vaAffiliation: boolean | null = null,
): Program['institutionalContext'] => ({
  level1Trauma,
  nciCancerCenter,
  transplantCenter,
  tertiaryReferral,
  vaAffiliation,
  independentFellowship,
  fellowshipSinceYear,
});

export const SAMPLE_PROGRAMS: Program[] = [
  program('sample-northfield', 'Northfield University IR (fictional)', () => ({
    institution: 'Northfield University Hospital (fictional)',
    city: 'Minneapolis',
    state: 'MN',
    pathways: [
      { pathway: 'integrated-ir', positionsPerYear: 2 },
      { pathway: 'esir', positionsPerYear: 2 },
    ],
    institutionalContext: context(true, true, true, true, true, 2009),
    competingLearners: { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 1, apps: 4 },
    autonomy: { primaryOperatorFromPgy: 4, residentsOnlyAssistAdvanced: false },
    caseMix: mix('SSSSsSsS'),
    imgFriendliness: { currentImgResidents: 1, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'yes' },
    status: 'interviewed',
    statusHistory: history('interviewed', ['2026-07-02', '2026-09-24', '2026-10-15', '2026-11-06']),
    serviceSlow: false,
    personalRating: 5,
    locationPreference: 3,
    notes: 'Residents ran the morning list themselves; the PD pulled up real case-log averages on the screen.',
    volumeFigures: [
      figure('resident-graduation-total', 1800, 'resident-interview', '2026-11-06', 'high', 'Two senior residents, separately, both said about 1,800.'),
      figure('resident-per-core-year', 380, 'faculty-interview', '2026-11-06', 'high'),
    ],
    answers: [
      answer('faculty-graduation-total', 'specific', 'Recent graduates logged between 1,650 and 1,950; the PD showed the last three years.', '2026-11-06'),
      answer('faculty-autonomy-timeline', 'specific', 'Primary operator on embolizations from PGY-4, ablations from early PGY-5.', '2026-11-06'),
      answer('resident-fellow-competition', 'specific', 'The one fellow takes the night TIPS call; residents keep the daytime complex cases.', '2026-11-06', 'resident'),
    ],
  })),
  program('sample-lakeshore', 'Lakeshore University Medical Center IR (fictional)', () => ({
    institution: 'Lakeshore University Medical Center (fictional)',
    city: 'Chicago',
    state: 'IL',
    pathways: [
      { pathway: 'integrated-ir', positionsPerYear: 3 },
      { pathway: 'independent-ir', positionsPerYear: 2 },
    ],
    institutionalContext: context(true, true, false, true, true, 1998, true),
    competingLearners: { irResidentsPerClass: 3, independentFellows: 2, esirResidents: 2, apps: 6 },
    autonomy: { primaryOperatorFromPgy: 5, residentsOnlyAssistAdvanced: false },
    caseMix: mix('SsSSSSsS'),
    imgFriendliness: { currentImgResidents: 2, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'unknown' },
    status: 'interviewed',
    statusHistory: history('interviewed', ['2026-06-20', '2026-09-24', '2026-10-08', '2026-11-13']),
    serviceSlow: false,
    personalRating: 5,
    locationPreference: 5,
    notes: 'Where I did my observership. Strong mentorship; the research group wants me to continue the TACE project.',
    volumeFigures: [figure('resident-graduation-total', 2100, 'faculty-interview', '2026-11-13', 'medium')],
    answers: [
      answer('faculty-graduation-total', 'specific', 'Around 2,000 to 2,200 by graduation, with the case logs reviewed every quarter.', '2026-11-13'),
      answer('resident-wish-more', 'vague', 'Said the TIPS numbers are "fine" but could not say roughly how many.', '2026-11-13', 'resident'),
    ],
  })),
  program('sample-harbor-city', 'Harbor City Medical Center IR (fictional)', () => ({
    institution: 'Harbor City Medical Center (fictional)',
    city: 'Boston',
    state: 'MA',
    pathways: [
      { pathway: 'integrated-ir', positionsPerYear: 1 },
      { pathway: 'independent-ir', positionsPerYear: 3 },
    ],
    institutionalContext: context(true, true, true, true, true, 1991),
    competingLearners: { irResidentsPerClass: 1, independentFellows: 3, esirResidents: 1, apps: 8 },
    autonomy: { primaryOperatorFromPgy: null, residentsOnlyAssistAdvanced: null },
    caseMix: mix('SSSSSssS'),
    imgFriendliness: { currentImgResidents: 0, imgsInterviewedOrMatchedRecently: 'unknown', usceRequired: 'yes' },
    status: 'interviewed',
    statusHistory: history('interviewed', ['2026-06-20', '2026-09-24', '2026-10-20', '2026-11-18']),
    serviceSlow: false,
    personalRating: 3,
    locationPreference: 4,
    notes: 'Famous name and a huge service, but the residents I met mostly described holding wires for the fellows.',
    volumeFigures: [figure('departmental-annual', 14000, 'program-website', '2026-08-01', 'medium', 'Quoted on the department home page.')],
    traineeSharePercent: 15,
    answers: [
      answer('faculty-graduation-total', 'evasive', 'Answered with the department’s yearly total again and moved on.', '2026-11-18'),
      answer('faculty-competing-learners', 'vague', 'Said everyone “gets plenty” without a split between fellows and residents.', '2026-11-18'),
    ],
    residentChecklist: [{ itemId: 'only-assist-advanced', answer: 'yes', note: 'Fellows take the Y90 and TIPS cases.' }],
  })),
  program('sample-prairie-state', 'Prairie State University IR (fictional)', () => ({
    institution: 'Prairie State University Hospital (fictional)',
    city: 'Omaha',
    state: 'NE',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 1 }],
    institutionalContext: context(true, null, null, true),
    competingLearners: { irResidentsPerClass: 1, independentFellows: null, esirResidents: null, apps: null },
    caseMix: mix('s??s????'),
    imgFriendliness: { currentImgResidents: null, imgsInterviewedOrMatchedRecently: 'unknown', usceRequired: 'unknown' },
    status: 'applied',
    statusHistory: history('applied', ['2026-07-15', '2026-09-24']),
    locationPreference: 2,
    notes: 'Website only gives the department total. Ask what residents actually log if I get an interview.',
    volumeFigures: [figure('departmental-annual', 9500, 'program-website', '2026-07-15', 'medium')],
  })),
  program('sample-mesa-verde', 'Mesa Verde Regional IR (fictional)', () => ({
    institution: 'Mesa Verde Regional Medical Center (fictional)',
    city: 'Albuquerque',
    state: 'NM',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 2 }],
    // Advanced positions: the first year is a separate preliminary year.
    integratedStartsPgy2: true,
    prelimApplications: [
      { id: 'sample-prelim-mesa', program: 'Mesa Verde Regional Internal Medicine Preliminary (fictional)', kind: 'preliminary', status: 'interview-offered' },
      { id: 'sample-prelim-desert', program: 'High Desert Transitional Year (fictional)', kind: 'transitional', status: 'applied' },
    ],
    institutionalContext: context(true, false, false, false, false),
    competingLearners: { irResidentsPerClass: 2, independentFellows: 0, esirResidents: 0, apps: 2 },
    autonomy: { primaryOperatorFromPgy: 3, residentsOnlyAssistAdvanced: false },
    caseMix: mix('SsssSSsS'),
    imgFriendliness: { currentImgResidents: 3, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'no' },
    status: 'interviewed',
    statusHistory: history('interviewed', ['2026-07-01', '2026-09-24', '2026-10-12', '2026-11-02']),
    serviceSlow: false,
    personalRating: 4,
    locationPreference: 4,
    notes: 'No fellows at all. Residents take independent call from PGY-5 and run the embolization cases early.',
    volumeFigures: [figure('resident-graduation-total', 1650, 'resident-interview', '2026-11-02', 'medium')],
    answers: [
      answer('faculty-autonomy-timeline', 'specific', 'PGY-3 residents lead GI bleed embolizations with an attending scrubbed.', '2026-11-02'),
      answer('resident-independent-call', 'specific', 'Every recent graduate took solo call in their first attending job.', '2026-11-02', 'resident'),
    ],
  })),
  program('sample-coastal-bay', 'Coastal Bay University IR (fictional)', () => ({
    institution: 'Coastal Bay University Hospital (fictional)',
    city: 'Tampa',
    state: 'FL',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 1 }],
    integratedStartsPgy2: true,
    institutionalContext: context(false, true, true, true),
    competingLearners: { irResidentsPerClass: 1, independentFellows: 1, esirResidents: 0, apps: 2 },
    autonomy: { primaryOperatorFromPgy: 5, residentsOnlyAssistAdvanced: null },
    caseMix: mix('sSSs?sss'),
    imgFriendliness: { currentImgResidents: 0, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'yes' },
    status: 'interview-offered',
    statusHistory: history('interview-offered', ['2026-07-10', '2026-09-24', '2026-11-20']),
    locationPreference: 4,
    notes: 'Strong liver and oncology work. Advanced positions only, so I still need a preliminary year.',
    volumeFigures: [figure('resident-per-core-year', 320, 'faculty-interview', '2026-10-30', 'medium', 'From a virtual open house.')],
  })),
  program('sample-riverbend', 'Riverbend Health IR (fictional)', () => ({
    institution: 'Riverbend Health (fictional)',
    city: 'Louisville',
    state: 'KY',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 1 }],
    institutionalContext: context(false, false, false, false, false),
    competingLearners: { irResidentsPerClass: 1, independentFellows: 0, esirResidents: 1, apps: 2 },
    autonomy: { primaryOperatorFromPgy: 5, residentsOnlyAssistAdvanced: false },
    caseMix: mix('snsssSsS'),
    imgFriendliness: { currentImgResidents: 1, imgsInterviewedOrMatchedRecently: 'unknown', usceRequired: 'no' },
    status: 'interviewed',
    statusHistory: history('interviewed', ['2026-07-20', '2026-09-24', '2026-10-05', '2026-10-29']),
    serviceSlow: true,
    personalRating: 2,
    locationPreference: 3,
    notes: 'Friendly people. Afternoons in the angio suite were quiet on both days I visited.',
    volumeFigures: [figure('resident-graduation-total', 850, 'resident-interview', '2026-10-29', 'medium')],
    answers: [
      answer('faculty-graduation-total', 'vague', '“Our residents always meet the requirements.” No number given.', '2026-10-29'),
      answer('faculty-recent-shortfalls', 'vague', 'Said nobody has “really” fallen short lately.', '2026-10-29'),
      answer('resident-hands-on', 'specific', 'About four cases on a typical day, mostly drains and dialysis work.', '2026-10-29', 'resident'),
    ],
  })),
  program('sample-st-brigid', 'St. Brigid’s Medical Center DR/ESIR (fictional)', () => ({
    institution: 'St. Brigid’s Medical Center (fictional)',
    city: 'Philadelphia',
    state: 'PA',
    pathways: [{ pathway: 'esir', positionsPerYear: 2 }],
    institutionalContext: context(true, null, false, true),
    imgFriendliness: { currentImgResidents: 0, imgsInterviewedOrMatchedRecently: 'no', usceRequired: 'yes' },
    status: 'researching',
    statusHistory: history('researching', ['2026-08-10']),
    locationPreference: 3,
    notes: 'Backup route through diagnostic radiology with ESIR. Current residents list no international schools.',
  })),
  program('sample-granite-peaks', 'Granite Peaks University IR (fictional)', () => ({
    institution: 'Granite Peaks University Hospital (fictional)',
    city: 'Denver',
    state: 'CO',
    pathways: [
      { pathway: 'integrated-ir', positionsPerYear: 2 },
      { pathway: 'independent-ir', positionsPerYear: 1 },
    ],
    institutionalContext: context(false, null, true, true, true, 2018),
    competingLearners: { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 1, apps: 3 },
    autonomy: { primaryOperatorFromPgy: 5, residentsOnlyAssistAdvanced: false },
    caseMix: mix('sS?sSsss'),
    imgFriendliness: { currentImgResidents: 0, imgsInterviewedOrMatchedRecently: 'unknown', usceRequired: 'no' },
    status: 'interview-offered',
    statusHistory: history('interview-offered', ['2026-07-05', '2026-09-24', '2026-11-10']),
    personalRating: 3,
    locationPreference: 5,
    notes: 'Busy transplant program: lots of TIPS. Ask about oncology at the interview.',
    volumeFigures: [figure('resident-graduation-total', 1300, 'brochure', '2026-08-15', 'low', 'Recruitment brochure; unclear how recent.')],
  })),
  program('sample-summit-valley', 'Summit Valley Medical Center IR (fictional)', () => ({
    institution: 'Summit Valley Medical Center (fictional)',
    city: 'Salt Lake City',
    state: 'UT',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 1 }],
    institutionalContext: context(false, false, true, true),
    competingLearners: { irResidentsPerClass: 1, independentFellows: 0, esirResidents: 2, apps: 1 },
    caseMix: mix('ssSs?s?s'),
    imgFriendliness: { currentImgResidents: null, imgsInterviewedOrMatchedRecently: 'no', usceRequired: 'yes' },
    status: 'withdrawn',
    statusHistory: history('withdrawn', ['2026-07-01', '2026-09-24', '2026-10-25']),
    personalRating: 2,
    locationPreference: 2,
    notes: 'Withdrew: no IMG interviewed in five years, and the only case numbers offered were for the whole department.',
    volumeFigures: [figure('departmental-annual', 6000, 'faculty-interview', '2026-09-30', 'medium')],
    traineeSharePercent: 55,
  })),
  program('sample-evergreen', 'Evergreen Medical College IR (fictional)', () => ({
    institution: 'Evergreen Medical College (fictional)',
    city: 'Portland',
    state: 'OR',
    pathways: [
      { pathway: 'integrated-ir', positionsPerYear: 2 },
      { pathway: 'esir', positionsPerYear: 1 },
    ],
    institutionalContext: context(true, false, true, true, false, null, true),
    competingLearners: { irResidentsPerClass: 2, independentFellows: 0, esirResidents: 1, apps: 5 },
    autonomy: { primaryOperatorFromPgy: 4, residentsOnlyAssistAdvanced: false },
    caseMix: mix('SsssSSss'),
    imgFriendliness: { currentImgResidents: 1, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'unknown' },
    status: 'interview-offered',
    statusHistory: history('interview-offered', ['2026-07-08', '2026-09-24', '2026-11-16']),
    serviceSlow: false,
    personalRating: 4,
    locationPreference: 3,
    notes: 'VA and county hospital rotations; residents described plenty of venous and dialysis work.',
    volumeFigures: [figure('resident-graduation-total', 2400, 'resident-interview', '2026-10-02', 'medium', 'From a resident-run virtual social.')],
  })),
  program('sample-cedar-hollow', 'Cedar Hollow Community IR (fictional)', () => ({
    institution: 'Cedar Hollow Community Hospital (fictional)',
    city: 'Springfield',
    state: 'MO',
    pathways: [{ pathway: 'integrated-ir', positionsPerYear: 1 }],
    institutionalContext: context(false, false, false, false, false),
    competingLearners: { irResidentsPerClass: 1, independentFellows: 0, esirResidents: 0, apps: 1 },
    autonomy: { primaryOperatorFromPgy: 3, residentsOnlyAssistAdvanced: false },
    caseMix: mix('nnnnsSsS'),
    imgFriendliness: { currentImgResidents: 2, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'no' },
    status: 'applied',
    statusHistory: history('applied', ['2026-07-25', '2026-09-24']),
    personalRating: 2,
    locationPreference: 2,
    notes: 'Big numbers, but they come from ports, lines and simple drains; almost no embolization or oncology.',
    volumeFigures: [figure('resident-graduation-total', 2000, 'program-website', '2026-07-25', 'medium')],
  })),
];

/** The applicant's own order: it deliberately differs from the computed one in places. */
const RANK_ORDER = [
  'sample-lakeshore',
  'sample-northfield',
  'sample-mesa-verde',
  'sample-evergreen',
  'sample-coastal-bay',
  'sample-harbor-city',
  'sample-granite-peaks',
  'sample-riverbend',
  'sample-prairie-state',
  'sample-st-brigid',
  'sample-cedar-hollow',
  'sample-summit-valley',
];

export function sampleShortlist(): ProgramsCollections {
  return {
    programs: structuredClone(SAMPLE_PROGRAMS),
    rankOrder: [...RANK_ORDER],
    rankingWeights: { ...DEFAULT_WEIGHTS },
    signalSettings: structuredClone(DEFAULT_SIGNALS),
    signals: [
      { programId: 'sample-northfield', tier: 'gold' },
      { programId: 'sample-mesa-verde', tier: 'silver' },
    ],
  };
}
