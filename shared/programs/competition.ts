import type { FlagId } from './flags';
import type { Program } from './program-schema';
import { listInWords, plural } from '../in-words';
import { CORE_IR_CLASSES_ON_SERVICE } from './resident-estimate';

/**
 * Our own heuristic, not from the guidance: two or more fellows, ESIR residents and APPs
 * together per senior resident is heavy competition, and so is either group alone past
 * its own line (fellows and ESIR residents outnumbering the senior residents, or two or
 * more APPs each). One to two together is moderate.
 */
export const COMPETITION_THRESHOLDS = {
  moderateFrom: 1,
  heavyFrom: 2,
  heavyFellowsPerResident: 1,
  heavyAppsPerResident: 2,
} as const;

export interface CompetitionReading {
  level: 'low' | 'moderate' | 'heavy' | 'unknown';
  /** Integrated residents in the core IR years, the ones competing for cases; 0 is a real answer. */
  seniorResidents: number | null;
  /** Independent IR fellows plus ESIR residents; null when neither number is known. */
  fellowsAndEsir: number | null;
  apps: number | null;
  /** The ratios are null when there are no integrated residents to divide by. */
  fellowsPerResident: number | null;
  appsPerResident: number | null;
  othersPerResident: number | null;
  /** Said in words when the ratios cannot say it: a program with no integrated residents. */
  note: string | null;
}

type RatioFields = Pick<CompetitionReading, 'seniorResidents' | 'fellowsAndEsir' | 'apps' | 'fellowsPerResident' | 'appsPerResident'>;

/** The fellows and ESIR residents by name and number, leaving out groups that are unknown or zero. */
function fellowGroups(learners: Program['competingLearners']): string[] {
  return [
    learners.independentFellows ? plural(learners.independentFellows, 'independent IR fellow', 'independent IR fellows') : null,
    learners.esirResidents ? plural(learners.esirResidents, 'ESIR resident', 'ESIR residents') : null,
  ].filter((x): x is string => x !== null);
}

export function competitionReading(learners: Program['competingLearners']): CompetitionReading {
  const perClass = learners.irResidentsPerClass;
  const seniors = perClass === null ? null : perClass * CORE_IR_CLASSES_ON_SERVICE;
  const fellows =
    learners.independentFellows === null && learners.esirResidents === null
      ? null
      : (learners.independentFellows ?? 0) + (learners.esirResidents ?? 0);
  const apps = learners.apps;
  const base = { seniorResidents: seniors, fellowsAndEsir: fellows, apps };
  const noRatios = { fellowsPerResident: null, appsPerResident: null, othersPerResident: null };
  if (seniors === null || (fellows === null && apps === null)) {
    return { level: 'unknown', ...base, ...noRatios, note: null };
  }

  if (seniors === 0) {
    // Nothing to divide by: every case here goes to fellows, ESIR residents or APPs.
    const others = (fellows ?? 0) + (apps ?? 0);
    const allKnown = learners.independentFellows !== null && learners.esirResidents !== null && apps !== null;
    if (others === 0) {
      return { level: allKnown ? 'low' : 'unknown', ...base, ...noRatios, note: null };
    }
    const who = listInWords([...fellowGroups(learners), ...(apps ? [plural(apps, 'APP', 'APPs')] : [])]);
    return { level: 'heavy', ...base, ...noRatios, note: `No integrated IR residents here: the cases go to ${who}.` };
  }

  const fellowsPerResident = fellows === null ? null : fellows / seniors;
  const appsPerResident = apps === null ? null : apps / seniors;
  const others = (fellowsPerResident ?? 0) + (appsPerResident ?? 0);
  const ratios = { seniorResidents: seniors, fellowsAndEsir: fellows, apps, fellowsPerResident, appsPerResident };
  // Either group past its own line makes the level heavy, so the flags and the level agree.
  const level =
    others >= COMPETITION_THRESHOLDS.heavyFrom || heavyFellowCompetition(ratios) || heavyAppCompetition(ratios)
      ? 'heavy'
      : others >= COMPETITION_THRESHOLDS.moderateFrom
        ? 'moderate'
        : 'low';
  return { level, ...base, fellowsPerResident, appsPerResident, othersPerResident: others, note: null };
}

/** Fellows and ESIR residents outnumber the integrated residents (any of them, when there are none). */
export function heavyFellowCompetition(c: RatioFields): boolean {
  if (c.seniorResidents === 0) return (c.fellowsAndEsir ?? 0) > 0;
  return (c.fellowsPerResident ?? 0) > COMPETITION_THRESHOLDS.heavyFellowsPerResident;
}

export function heavyAppCompetition(c: RatioFields): boolean {
  if (c.seniorResidents === 0) return (c.apps ?? 0) > 0;
  return (c.appsPerResident ?? 0) >= COMPETITION_THRESHOLDS.heavyAppsPerResident;
}

/**
 * Heavy on the two groups together while neither passes its own line (e.g. one fellow and
 * one and a half APPs per senior resident): the combined flag says so with the number.
 */
export function heavyCombinedCompetition(c: CompetitionReading): boolean {
  return c.level === 'heavy' && !heavyFellowCompetition(c) && !heavyAppCompetition(c);
}

/** "2.5": ratios are shown to one decimal place, as the evaluation panel shows them. */
export const ratioInWords = (ratio: number) => ratio.toFixed(1);

/**
 * Flag wording with this program's numbers. With no integrated residents, "per resident"
 * means nothing, so the wording names who takes the cases instead.
 */
export function competitionFlagReasons(
  c: CompetitionReading,
  learners: Program['competingLearners'],
): Partial<Record<FlagId, string>> {
  if (c.seniorResidents !== 0) {
    // Worded only when heavy: the flags are raised only then, and this runs for every program ranked.
    if (c.level !== 'heavy' || c.othersPerResident === null) return {};
    const all = ratioInWords(c.othersPerResident);
    return {
      'heavy-fellow-competition': `Fellows and ESIR residents outnumber the senior residents they share cases with: ${ratioInWords(c.fellowsPerResident ?? 0)} for each, ${all} counting APPs.`,
      'heavy-app-competition': `There are ${ratioInWords(c.appsPerResident ?? 0)} APPs for each senior resident (${all} counting fellows and ESIR residents); check whether they take cases residents could do.`,
      'heavy-competition': `Fellows, ESIR residents and APPs together come to ${all} for each senior resident; ask which cases each group takes.`,
    };
  }
  const fellows = listInWords(fellowGroups(learners));
  const apps = c.apps ?? 0;
  return {
    'heavy-fellow-competition': `There are no integrated IR residents; ${fellows} ${c.fellowsAndEsir === 1 ? 'takes' : 'take'} the cases. Ask how the hands-on work is shared.`,
    'heavy-app-competition': fellows
      ? `There are no integrated IR residents, and ${plural(apps, 'APP shares', 'APPs share')} the cases with ${fellows}. Ask which cases the APPs take.`
      : `There are no integrated IR residents; ${plural(apps, 'APP does', 'APPs do')} the cases. Ask which cases a trainee would get.`,
  } satisfies Partial<Record<FlagId, string>>;
}
