// `npm run sample:generate`: rebuilds resources/sample/sample-applicant.json, the
// fictional applicant offered on first run. Deterministic (seeded), so the file
// only changes when this script does. Every name and place here is made up.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Experience } from '../shared/exposure/experience-schema';
import type { ProcedureEntry, ProcedureRole } from '../shared/exposure/procedure-schema';
import type { ResearchOutput } from '../shared/exposure/research-output-schema';
import { loadDocument } from '../shared/document-loading';
import { CURRENT_SCHEMA_VERSION, type AppDocument } from '../shared/schema/document';
import { sampleShortlist } from './sample-shortlist';
import { sampleStatement } from './sample-statement';

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20270315);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const experience = (id: string, fields: Partial<Experience> & Pick<Experience, 'kind' | 'title' | 'startDate'>): Experience => ({
  id,
  organisation: '',
  city: '',
  region: '',
  usBased: true,
  endDate: null,
  ongoing: false,
  hours: { mode: 'none' },
  supervisor: '',
  supervisorContact: '',
  canWriteLetter: false,
  irRelated: true,
  description: '',
  tags: [],
  ...fields,
});

const experiences: Experience[] = [
  experience('exp-obs-lakeshore', {
    kind: 'observership',
    title: 'Interventional radiology observership',
    organisation: 'Lakeshore University Medical Center (fictional)',
    city: 'Chicago',
    region: 'Illinois',
    startDate: '2026-01-05',
    endDate: '2026-02-27',
    hours: { mode: 'weekly', perWeek: 45, weeks: 8 },
    supervisor: 'Dr. Elena Whitford (fictional)',
    supervisorContact: 'IR division office',
    canWriteLetter: true,
    description:
      'Eight weeks with a busy academic IR service: morning case conference, procedures in the angio suites, inpatient consults and the IR clinic. Followed patients from consult to post-procedure check.',
    tags: ['academic', 'level I trauma'],
  }),
  experience('exp-obs-riverbend', {
    kind: 'observership',
    title: 'IR observership, cancer center',
    organisation: 'Riverbend Cancer Institute (fictional)',
    city: 'Houston',
    region: 'Texas',
    startDate: '2026-04-06',
    endDate: '2026-05-01',
    hours: { mode: 'total', total: 160 },
    supervisor: 'Dr. Samuel Okoye (fictional)',
    supervisorContact: 'Clinic coordinator',
    canWriteLetter: false,
    description: 'Four weeks focused on interventional oncology: tumour board, TACE and Y90 mapping days, and ablation clinic.',
    tags: ['oncology'],
  }),
  experience('exp-rotation-mercy', {
    kind: 'us-clinical-rotation',
    title: 'Sub-internship in vascular and interventional radiology',
    organisation: 'Mercy Valley Hospital (fictional)',
    city: 'Columbus',
    region: 'Ohio',
    startDate: '2025-09-01',
    endDate: '2025-09-28',
    hours: { mode: 'weekly', perWeek: 50, weeks: 4 },
    supervisor: 'Dr. Priscilla Anand (fictional)',
    canWriteLetter: true,
    description: 'Four-week hands-on rotation: pre-procedure assessments, consent discussions observed, scrubbing on drains and lines.',
  }),
  experience('exp-research-tace', {
    kind: 'research-project',
    title: 'Retrospective review of TACE response rates by tumour size',
    organisation: 'Lakeshore University Medical Center (fictional)',
    city: 'Chicago',
    region: 'Illinois',
    startDate: '2025-11-01',
    ongoing: true,
    hours: { mode: 'weekly', perWeek: 6, weeks: 40 },
    supervisor: 'Dr. Elena Whitford (fictional)',
    canWriteLetter: true,
    description: 'Remote chart-abstraction project with the IR faculty; I built the data dictionary and ran the descriptive statistics.',
  }),
  experience('exp-conf-sir', {
    kind: 'conference',
    title: 'Society of Interventional Radiology Annual Scientific Meeting',
    city: 'Nashville',
    region: 'Tennessee',
    startDate: '2026-03-14',
    endDate: '2026-03-19',
    hours: { mode: 'total', total: 30 },
    description: 'Attended the medical-student track and presented a poster.',
  }),
  experience('exp-virtual-cases', {
    kind: 'virtual-lecture',
    title: 'Weekly virtual IR case conference series',
    organisation: 'Online',
    usBased: false,
    startDate: '2025-06-01',
    ongoing: true,
    hours: { mode: 'weekly', perWeek: 1.5, weeks: 70 },
    description: 'Case-based evening sessions run by IR faculty for students; I present a case every few months.',
  }),
  experience('exp-teaching', {
    kind: 'teaching',
    title: 'Anatomy peer tutor',
    organisation: 'Saint Aldric University School of Medicine (fictional)',
    region: 'Grenada',
    usBased: false,
    irRelated: false,
    startDate: '2023-01-09',
    endDate: '2024-05-31',
    hours: { mode: 'weekly', perWeek: 3, weeks: 60 },
    description: 'Led small-group sessions on vascular anatomy for first-year students.',
  }),
];

const researchOutputs: ResearchOutput[] = [
  {
    id: 'out-abstract',
    experienceId: 'exp-research-tace',
    type: 'poster',
    status: 'published',
    title: 'Tumour size and early response after conventional TACE: a single-centre review',
    venue: 'SIR Annual Scientific Meeting 2026',
    date: '2026-03-16',
    authors: 'Castellano M, Whitford E (fictional)',
    doi: '',
    pmid: '',
    link: '',
  },
  {
    id: 'out-manuscript',
    experienceId: 'exp-research-tace',
    type: 'manuscript',
    status: 'submitted',
    title: 'Early radiologic response after TACE stratified by lesion size',
    venue: 'Journal under review',
    date: null,
    authors: 'Castellano M, Li R, Whitford E (fictional)',
    doi: '',
    pmid: '',
    link: '',
  },
];

// Weighted case mix per site: an academic trauma centre, a cancer centre, a community hospital.
const SITE_MIX: Record<string, [string, number][]> = {
  'exp-obs-lakeshore': [
    ['gi-bleed-embolization', 6], ['trauma-embolization', 4], ['peripheral-angioplasty-stenting', 6], ['ufe', 3],
    ['tace', 3], ['image-guided-biopsy', 6], ['dvt-thrombectomy-lysis', 3], ['ivc-filter-placement', 4],
    ['ivc-filter-removal-complex', 2], ['biliary-drainage', 4], ['nephrostomy', 5], ['complex-abscess-drainage', 4],
    ['tunneled-dialysis-catheter', 5], ['fistulogram', 4], ['port-placement', 9], ['picc', 6], ['vertebral-augmentation', 2],
  ],
  'exp-obs-riverbend': [
    ['tace', 8], ['y90', 6], ['microwave-ablation', 4], ['cryoablation', 2], ['image-guided-biopsy', 5], ['port-placement', 5],
  ],
  'exp-rotation-mercy': [
    ['simple-drainage', 6], ['nephrostomy', 3], ['port-placement', 6], ['picc', 5], ['tunneled-central-line', 3],
    ['fistulogram', 3], ['dialysis-access-angioplasty', 3], ['joint-injection', 2], ['image-guided-biopsy', 3],
  ],
};
const ROLE_BY_SITE: Record<string, [ProcedureRole, number][]> = {
  'exp-obs-lakeshore': [['observed', 85], ['assisted', 15]],
  'exp-obs-riverbend': [['observed', 100]],
  'exp-rotation-mercy': [['observed', 40], ['assisted', 35], ['scrubbed', 20], ['performed-supervised', 5]],
};
const ATTENDINGS: Record<string, string[]> = {
  'exp-obs-lakeshore': ['Dr. Whitford', 'Dr. Marsh', 'Dr. Iyer'],
  'exp-obs-riverbend': ['Dr. Okoye', 'Dr. Lindqvist'],
  'exp-rotation-mercy': ['Dr. Anand', 'Dr. Boateng'],
};
const REFLECTIONS: Record<string, { learned: string; patientCare: string }> = {
  tace: {
    learned: 'Patient selection hinged on liver function and performance status, not only on tumour size.',
    patientCare: 'Saw the pre-procedure clinic visit and the next-morning check for post-embolization pain and nausea.',
  },
  'gi-bleed-embolization': {
    learned: 'A negative angiogram does not end the case: the team planned empiric embolization from the endoscopy findings.',
    patientCare: 'Watched the handover with the ICU team about transfusion targets and groin checks afterwards.',
  },
  y90: {
    learned: 'The mapping day is its own procedure: shunt fraction decides whether treatment is safe.',
    patientCare: 'Followed the discharge teaching on radiation precautions for the following week.',
  },
  'trauma-embolization': {
    learned: 'Speed and communication with the trauma surgeons mattered as much as catheter skill.',
    patientCare: 'Joined the post-procedure round in the trauma ICU.',
  },
  'microwave-ablation': {
    learned: 'Margins are planned on the pre-procedure CT and checked with contrast right after the burn.',
    patientCare: 'Saw the follow-up imaging plan explained in clinic.',
  },
};

function weighted<T>(choices: readonly [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

function businessDay(experienceId: string): string {
  const site = experiences.find((candidate) => candidate.id === experienceId)!;
  const start = Date.parse(`${site.startDate}T00:00:00Z`);
  const end = Date.parse(`${site.endDate}T00:00:00Z`);
  for (;;) {
    const day = new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day.toISOString().slice(0, 10);
  }
}

const COUNTS: Record<string, number> = { 'exp-obs-lakeshore': 82, 'exp-obs-riverbend': 38, 'exp-rotation-mercy': 32 };
const procedures: ProcedureEntry[] = [];
const reflected = new Set<string>();
for (const [experienceId, count] of Object.entries(COUNTS)) {
  for (let index = 0; index < count; index += 1) {
    const procedureId = weighted(SITE_MIX[experienceId]!);
    const reflection = REFLECTIONS[procedureId];
    const writeReflection = reflection && !reflected.has(`${experienceId}:${procedureId}`);
    if (writeReflection) reflected.add(`${experienceId}:${procedureId}`);
    procedures.push({
      id: `proc-${String(procedures.length + 1).padStart(3, '0')}`,
      date: businessDay(experienceId),
      procedureId,
      role: weighted(ROLE_BY_SITE[experienceId]!),
      guidance: procedureId.includes('biopsy') || procedureId.includes('ablation') ? ['ct'] : ['fluoroscopy', ...(random() < 0.4 ? (['ultrasound'] as const) : [])],
      setting: procedureId === 'trauma-embolization' || (procedureId === 'gi-bleed-embolization' && random() < 0.6) ? 'emergency' : 'scheduled',
      experienceId,
      attending: pick(ATTENDINGS[experienceId]!),
      learned: writeReflection ? reflection.learned : '',
      patientCare: writeReflection ? reflection.patientCare : '',
      complication: '',
      notes: '',
    });
  }
}
procedures.sort((a, b) => a.date.localeCompare(b.date));

const sample: AppDocument = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  meta: { createdAt: '2026-06-01T12:00:00.000Z', sample: true },
  profile: {
    fullName: 'Maya Castellano (sample)',
    medicalSchool: 'Saint Aldric University School of Medicine (fictional)',
    country: 'Grenada',
    graduationYear: 2026,
    ecfmgStatus: 'in-progress',
    step1: 'pass',
    step2ckScore: 252,
    targetMatchYear: 2027,
    pathways: ['integrated-ir', 'dr-esir'],
    careerInterest: 'academic',
  },
  experiences,
  researchOutputs,
  procedures,
  customProcedures: [],
  shortlist: sampleShortlist(),
  statement: sampleStatement(procedures, experiences),
};

const checked = loadDocument(sample, new Date());
if (!checked.ok) throw new Error(`The generated sample is invalid: ${checked.message}`);
const target = resolve(import.meta.dirname, '../resources/sample/sample-applicant.json');
await writeFile(target, `${JSON.stringify(sample, null, 2)}\n`);
console.log(`Wrote ${target}: ${experiences.length} experiences, ${researchOutputs.length} outputs, ${procedures.length} procedures, ${sample.shortlist.programs.length} programs`);
