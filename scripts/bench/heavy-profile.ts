// A heavy, reproducible applicant for benchmarks: two years of logging every case
// and a shortlist of every program. Valid against the document schema.
import { emptyStatement } from '../../shared/statement/statement-schema';
import { EXPERIENCE_KINDS, type Experience } from '../../shared/exposure/experience-schema';
import { IMAGING_GUIDANCE, PROCEDURE_ROLES, type ProcedureEntry } from '../../shared/exposure/procedure-schema';
import { PROCEDURES } from '../../shared/exposure/taxonomy';
import { CASE_MIX_CATEGORY_IDS, CASE_MIX_STRENGTHS } from '../../shared/programs/case-mix-categories';
import { emptyShortlist } from '../../shared/programs/empty-shortlist';
import { newProgramDraft, type Program } from '../../shared/programs/program-schema';
import { QUESTION_BANK } from '../../shared/programs/question-bank';
import { mulberry32 } from '../../shared/programs/stability';
import { CURRENT_SCHEMA_VERSION, type AppDocument } from '../../shared/schema/document';

export interface HeavySize {
  procedures: number;
  experiences: number;
  programs: number;
}

export const HEAVY: HeavySize = { procedures: 5_000, experiences: 300, programs: 400 };

export function heavyDocument(size: HeavySize = HEAVY, seed = 2027): AppDocument {
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const pick = <T>(items: readonly T[]): T => items[int(items.length - 1)]!;
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

  const experiences: Experience[] = Array.from({ length: size.experiences }, (_, i) => ({
    id: `exp-${i}`,
    kind: pick(EXPERIENCE_KINDS),
    title: `Experience ${i}`,
    organisation: `Hospital ${i % 40}`,
    city: 'Springfield',
    region: 'Illinois',
    usBased: random() < 0.7,
    startDate: day(int(500)),
    endDate: null,
    ongoing: true,
    hours: { mode: 'weekly', perWeek: 10 + int(30), weeks: 1 + int(12) },
    supervisor: 'Dr. Example',
    supervisorContact: '',
    canWriteLetter: random() < 0.3,
    irRelated: random() < 0.8,
    description: 'Observed cases in the angio suite and followed patients in clinic. '.repeat(3),
    tags: ['ir'],
  }));

  const procedures: ProcedureEntry[] = Array.from({ length: size.procedures }, (_, i) => ({
    id: `proc-${i}`,
    date: day(int(700)),
    procedureId: pick(PROCEDURES).id,
    role: pick(PROCEDURE_ROLES),
    guidance: [pick(IMAGING_GUIDANCE)],
    setting: random() < 0.15 ? 'emergency' : 'scheduled',
    experienceId: `exp-${int(size.experiences - 1)}`,
    attending: `Dr. Attending ${i % 25}`,
    learned: random() < 0.3 ? 'Catheter choice depended on the angle of the celiac origin.' : '',
    patientCare: random() < 0.2 ? 'Saw the post-procedure check and the discharge teaching.' : '',
    complication: '',
    notes: '',
  }));

  const programs: Program[] = Array.from({ length: size.programs }, (_, i) => {
    const draft = newProgramDraft(`Program ${String(i).padStart(3, '0')}`);
    for (const id of CASE_MIX_CATEGORY_IDS) draft.caseMix[id] = pick(CASE_MIX_STRENGTHS);
    return {
      ...draft,
      id: `program-${i}`,
      city: 'Springfield',
      state: 'IL',
      competingLearners: { irResidentsPerClass: 1 + int(3), independentFellows: int(4), esirResidents: int(2), apps: int(8) },
      autonomy: { primaryOperatorFromPgy: random() < 0.7 ? 2 + int(4) : null, residentsOnlyAssistAdvanced: null },
      personalRating: int(5),
      // Plausible figures: a resident total by graduation of 600–3,200, a department's year of 2,000–22,000.
      volumeFigures: [
        {
          id: `figure-${i}`,
          ...(random() < 0.5 ? { kind: 'resident-graduation-total' as const, value: 600 + int(2600) } : { kind: 'departmental-annual' as const, value: 2000 + int(20000) }),
          source: 'program-website',
          learnedOn: day(int(600)),
          confidence: 'medium',
          note: '',
        },
      ],
      answers: QUESTION_BANK.slice(0, 6).map((question) => ({
        questionId: question.id,
        answer: 'They gave numbers for the last three graduating classes.',
        answeredBy: 'faculty' as const,
        clarity: pick(['specific', 'vague', 'evasive'] as const),
        date: day(600),
      })),
    };
  });

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { createdAt: '2026-01-01T00:00:00.000Z', sample: false },
    profile: {
      fullName: 'Heavy Applicant',
      medicalSchool: 'Benchmark School of Medicine',
      country: 'Ireland',
      graduationYear: 2025,
      ecfmgStatus: 'certified',
      step1: 'pass',
      step2ckScore: 250,
      targetMatchYear: 2027,
      pathways: ['integrated-ir'],
      careerInterest: 'academic',
    },
    experiences,
    researchOutputs: [],
    procedures,
    customProcedures: [],
    shortlist: { ...emptyShortlist(), programs, rankOrder: programs.map((program) => program.id) },
    statement: emptyStatement(),
  };
}
