import type { Experience } from '../../../shared/exposure/experience-schema';
import type { ProcedureEntry } from '../../../shared/exposure/procedure-schema';
import type { ResearchOutput } from '../../../shared/exposure/research-output-schema';

/** Plain valid records; tests override only the fields they care about. */
export function makeExperience(overrides: Partial<Experience> = {}): Experience {
  return {
    id: 'exp-1',
    kind: 'observership',
    title: 'IR observership',
    organisation: 'University Hospital',
    city: 'Cleveland',
    region: 'OH',
    usBased: true,
    startDate: '2025-06-02',
    endDate: '2025-06-27',
    ongoing: false,
    hours: { mode: 'weekly', perWeek: 40, weeks: 4 },
    supervisor: 'Dr. Amina Rahman',
    supervisorContact: 'arahman@example.org',
    canWriteLetter: true,
    irRelated: true,
    description: 'Four weeks in the angio suite and IR clinic.',
    tags: ['IR', 'US clinical experience'],
    ...overrides,
  };
}

export function makeProcedure(overrides: Partial<ProcedureEntry> = {}): ProcedureEntry {
  return {
    id: 'proc-1',
    date: '2025-06-03',
    procedureId: 'tace',
    role: 'observed',
    guidance: ['fluoroscopy', 'cone-beam-ct'],
    setting: 'scheduled',
    experienceId: 'exp-1',
    attending: 'Dr. Rahman',
    learned: 'How cone-beam CT confirms the feeding vessel.',
    patientCare: 'Post-embolization syndrome was treated with fluids and antiemetics.',
    complication: '',
    notes: '',
    ...overrides,
  };
}

export function makeResearchOutput(overrides: Partial<ResearchOutput> = {}): ResearchOutput {
  return {
    id: 'out-1',
    experienceId: null,
    type: 'abstract',
    status: 'submitted',
    title: 'Radiation dose in Y90 mapping',
    venue: 'SIR Annual Scientific Meeting',
    date: '2026-01-15',
    authors: 'Lee A, Rahman A',
    doi: '',
    pmid: '',
    link: '',
    ...overrides,
  };
}
