import type { Pathway } from '../schema/profile';
import { PROGRAM_PATHWAY_LABELS, type Program, type ProgramPathway } from './program-schema';

/** The profile names the applicant's route ("DR with ESIR"); a program lists the position ("ESIR"). */
const PROGRAM_PATHWAY_OF: Record<Pathway, ProgramPathway> = {
  'integrated-ir': 'integrated-ir',
  'dr-esir': 'esir',
  'independent-ir': 'independent-ir',
};

export type PathwayFit =
  /** The program offers at least one pathway the applicant applies to. */
  | { kind: 'fits'; shared: ProgramPathway[] }
  /** It lists pathways, none of them the applicant's. */
  | { kind: 'not-offered'; offered: ProgramPathway[]; wanted: ProgramPathway[] }
  /** Nothing to compare: the program lists no pathways, or the profile names none. */
  | { kind: 'unknown' };

export function pathwayFit(applicantPathways: readonly Pathway[], program: Pick<Program, 'pathways'>): PathwayFit {
  const wanted = applicantPathways.map((pathway) => PROGRAM_PATHWAY_OF[pathway]);
  const offered = program.pathways.map((offer) => offer.pathway);
  if (wanted.length === 0 || offered.length === 0) return { kind: 'unknown' };
  const shared = offered.filter((pathway) => wanted.includes(pathway));
  return shared.length > 0 ? { kind: 'fits', shared } : { kind: 'not-offered', offered, wanted };
}

const names = (pathways: readonly ProgramPathway[]) => pathways.map((pathway) => PROGRAM_PATHWAY_LABELS[pathway]).join(', ');

/** One sentence for a program that offers none of the applicant's pathways, or null. */
export function pathwayMismatch(fit: PathwayFit): string | null {
  if (fit.kind !== 'not-offered') return null;
  return `Lists ${names(fit.offered)}; your profile says you apply to ${names(fit.wanted)}.`;
}
