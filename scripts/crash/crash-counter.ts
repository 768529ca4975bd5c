import type { AppDocument } from '../../shared/schema/document';
import type { Profile } from '../../shared/schema/profile';

/** Where the crash test keeps its counter: the applicant's name, which every save rewrites. */
const PREFIX = 'Crash Test Counter ';

const baseProfile: Profile = {
  fullName: `${PREFIX}0`,
  medicalSchool: 'Crash Test Medical School',
  country: 'Ireland',
  graduationYear: 2024,
  ecfmgStatus: 'certified',
  step1: 'pass',
  step2ckScore: 245,
  targetMatchYear: 2027,
  pathways: ['integrated-ir'],
  careerInterest: 'academic',
};

export function withCounter(doc: AppDocument, counter: number): AppDocument {
  return { ...doc, profile: { ...(doc.profile ?? baseProfile), fullName: `${PREFIX}${counter}` } };
}

/** The counter a document holds; 0 for a document the crash test has not written yet. */
export function counterOf(doc: AppDocument): number {
  const name = doc.profile?.fullName ?? '';
  if (!name.startsWith(PREFIX)) return 0;
  const value = Number(name.slice(PREFIX.length));
  return Number.isSafeInteger(value) ? value : 0;
}
