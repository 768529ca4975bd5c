import type { CaseMixStrength } from './case-mix-categories';
import type { ProgramEvaluation, WarningSign } from './evaluation';
import { formatCount } from '../format-count';
import type { ChecklistItemId } from './question-bank';
import type { VolumeFigureKind } from './program-schema';
import type { ScoreFactor } from './ranking-weights';
import { graduationTotalValue, perCoreYearValue } from './volume-scale';

/** Same ids as the profile's career interest (`shared/schema/profile.ts`). */
export type CareerInterest = 'community' | 'academic' | 'undecided';

/** A factor value from 0 (worst) to 1 (best), or null when the applicant does not know yet. */
export type FactorValues = Record<ScoreFactor, number | null>;

/** Why a factor scores what it does, where that is not plain from the facts: shown in the breakdown. */
export type FactorNotes = Partial<Record<ScoreFactor, string>>;

export interface FactorReadings {
  values: FactorValues;
  notes: FactorNotes;
}

/**
 * Unknown factors count as exactly neutral. Scoring them 0 would punish a program for what
 * the applicant has not asked yet; leaving them out would let one good fact carry a program
 * full of gaps to the top. The unknowns list and interview sheet chase the gaps instead,
 * and the breakdown marks every neutral stand-in.
 */
export const UNKNOWN_FACTOR_VALUE = 0.5;

/**
 * A figure nobody stands behind (marked low confidence), one another figure of its kind
 * contradicts, and an estimate from the department's total count halfway between their
 * own value and unknown.
 */
export const UNCONFIRMED_WEIGHT = 0.5;

const towardUnknown = (value: number) => UNKNOWN_FACTOR_VALUE + (value - UNKNOWN_FACTOR_VALUE) * UNCONFIRMED_WEIGHT;

/**
 * What each confirmed warning sign does to the factor it speaks to: the factor keeps this
 * share of its value (an unknown factor starts from neutral), so two signs on one factor
 * both count. Our own weighting, not from the guidance. A report that contradicts the
 * factor itself weighs most (residents who mostly assist have little autonomy whatever
 * the stated timeline; graduates thin on complex work say the advanced case mix does not
 * reach them); signs that make the volume worth less as training (slow days, technician
 * work, no protected time) weigh less each. There is no teaching factor, so those two
 * lower the volume, which is what "busy but not taught" discounts.
 */
export const WARNING_SIGN_EFFECTS: Record<
  ChecklistItemId,
  { factor: 'residentVolume' | 'advancedExposure' | 'autonomy'; keep: number; residents: string; yourNotes: string }
> = {
  'only-assist-advanced': {
    factor: 'autonomy',
    keep: 0.2,
    residents: 'residents say they mostly assist on advanced cases',
    yourNotes: 'you noted that residents mostly assist on advanced cases',
  },
  'leave-without-complex': {
    factor: 'advancedExposure',
    keep: 0.4,
    residents: 'residents say recent graduates finished with few complex embolizations, ablations or TIPS',
    yourNotes: 'recent graduates finished with few complex embolizations, ablations or TIPS',
  },
  'slow-days': {
    factor: 'residentVolume',
    keep: 0.7,
    residents: 'residents say quiet days with few cases are common',
    yourNotes: 'you noted that the service is often slow',
  },
  'technician-not-learner': {
    factor: 'residentVolume',
    keep: 0.7,
    residents: 'residents say they keep the list moving with little teaching or feedback',
    yourNotes: 'residents keep the list moving with little teaching or feedback',
  },
  'no-protected-time': {
    factor: 'residentVolume',
    keep: 0.7,
    residents: 'residents say the case load leaves no time for conferences, board study or research',
    yourNotes: 'the case load leaves no time for conferences, board study or research',
  },
};

interface Reading {
  value: number | null;
  note: string | null;
}

const STRENGTH_VALUE: Record<Exclude<CaseMixStrength, 'unknown'>, number> = { none: 0, some: 0.6, strong: 1 };

const mean = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

/** Why a stated figure counts only halfway toward unknown, in the breakdown's words; empty when it counts fully. */
function halfwayWords(unconfirmed: boolean, disputed: boolean): string {
  if (unconfirmed && disputed) {
    return 'Unconfirmed (marked low confidence), and another figure of the same kind disagrees, so it counts halfway toward unknown.';
  }
  if (unconfirmed) return 'Unconfirmed (marked low confidence), so it counts halfway toward unknown.';
  if (disputed) return 'Another figure of the same kind disagrees, so it counts halfway toward unknown.';
  return '';
}

function residentVolume(e: ProgramEvaluation): Reading {
  // Figures that contradict each other say nothing reliable; the flag asks to check them.
  if (e.caseVolume.mismatches?.length) return { value: null, note: 'Set aside: the resident figures do not add up.' };
  const total = e.volumeFigures['resident-graduation-total'];
  const perYear = e.volumeFigures['resident-per-core-year'];
  const unconfirmed = e.caseVolume.unconfirmed === true;
  // A figure nobody stands behind, or one another of its kind contradicts, is only half a reading.
  const stated = (value: number, kind: VolumeFigureKind, from: string): Reading => {
    const disputed = e.volumeDisagreements.some((d) => d.kind === kind);
    const halfway = unconfirmed || disputed;
    return {
      value: halfway ? towardUnknown(value) : value,
      note: [from, halfwayWords(unconfirmed, disputed)].filter((part) => part !== '').join(' ') || null,
    };
  };
  if (total && !e.volumeDoubts.total) return stated(graduationTotalValue(total.value), 'resident-graduation-total', '');
  if (perYear && !e.volumeDoubts.perYear) {
    return stated(
      perCoreYearValue(perYear.value),
      'resident-per-core-year',
      `From ${formatCount(perYear.value)} a core IR year, on the same scale as a graduation total.`,
    );
  }
  if (total || perYear) return { value: null, note: 'Set aside until checked: the resident figure is hard to believe.' };
  if (e.estimate) {
    // The program quoted only its department's total: an unanswered question, so the
    // estimate can lower the score but never raise it above unknown.
    const value = Math.min(UNKNOWN_FACTOR_VALUE, towardUnknown(perCoreYearValue(e.estimate.perLearnerAnnual)));
    return {
      value,
      note: `Estimated from the department’s total (about ${formatCount(e.estimate.perLearnerAnnual)} per trainee a year). The program has not said what residents log, so this counts no higher than unknown.`,
    };
  }
  if (e.caseVolume.basis === 'service-only') {
    return { value: null, note: 'Only the department’s total is known, which says nothing yet about what residents log.' };
  }
  return { value: null, note: null };
}

function advancedExposure(e: ProgramEvaluation): number | null {
  return mean(e.caseMix.advanced.map((a) => (a.effective === 'unknown' ? null : STRENGTH_VALUE[a.effective])));
}

function caseMixBreadth(e: ProgramEvaluation): number | null {
  const { breadth, outOf, unknownCount } = e.caseMix;
  if (unknownCount === outOf) return null;
  // Breadth counts categories present; unknown ones sit at neutral rather than at zero.
  return (breadth + UNKNOWN_FACTOR_VALUE * unknownCount) / outOf;
}

const AUTONOMY_BY_PGY: Record<number, number> = { 2: 1, 3: 0.9, 4: 0.75, 5: 0.5, 6: 0.25 };

/** From the primary-operator year; residents who mostly assist are a warning sign, applied after. */
function autonomy(e: ProgramEvaluation): number | null {
  if (e.autonomy.primaryOperatorFromPgy === null) return null;
  return AUTONOMY_BY_PGY[e.autonomy.primaryOperatorFromPgy] ?? null;
}

const LEVEL_VALUE = {
  competition: { low: 1, moderate: 0.6, heavy: 0.2 },
  img: { friendly: 1, possible: 0.6, unlikely: 0.1 },
  transparency: { specific: 1, mixed: 0.6, vague: 0.3, evasive: 0 },
} as const;

function academicSignals(e: ProgramEvaluation): number | null {
  const ctx = e.institutionalContext;
  return mean(
    [ctx.tertiaryReferral, ctx.nciCancerCenter, ctx.transplantCenter, ctx.independentFellowship].map((v) =>
      v === null ? null : v ? 1 : 0,
    ),
  );
}

/**
 * Community practice rewards repetition and early independence; academic practice rewards
 * complex referral work, research settings and breadth.
 */
function careerFit(values: Omit<FactorValues, 'careerFit'>, e: ProgramEvaluation, interest: CareerInterest) {
  const community = mean([values.residentVolume, values.autonomy]);
  const academic = mean([academicSignals(e), values.caseMixBreadth]);
  if (interest === 'community') return community;
  if (interest === 'academic') return academic;
  return mean([community, academic]);
}

/** Lowers each factor a confirmed warning sign speaks to, and says so in its note. */
function applyWarningSigns(values: Omit<FactorValues, 'careerFit'>, notes: FactorNotes, signs: readonly WarningSign[]) {
  if (signs.length === 0) return;
  const lowered: Partial<Record<ScoreFactor, string[]>> = {};
  for (const sign of signs) {
    const effect = WARNING_SIGN_EFFECTS[sign.id];
    values[effect.factor] = (values[effect.factor] ?? UNKNOWN_FACTOR_VALUE) * effect.keep;
    (lowered[effect.factor] ??= []).push(sign.saidBy === 'residents' ? effect.residents : effect.yourNotes);
  }
  for (const [factor, reasons] of Object.entries(lowered) as [ScoreFactor, string[]][]) {
    const because = `Lowered: ${reasons.join('; ')}.`;
    notes[factor] = notes[factor] ? `${notes[factor]} ${because}` : because;
  }
}

/** Every factor's value for one program, and why where it needs saying; compute once, score under many weightings. */
export function factorReadings(e: ProgramEvaluation, careerInterest: CareerInterest): FactorReadings {
  const volume = residentVolume(e);
  const notes: FactorNotes = volume.note ? { residentVolume: volume.note } : {};
  const partial = {
    residentVolume: volume.value,
    caseMixBreadth: caseMixBreadth(e),
    advancedExposure: advancedExposure(e),
    autonomy: autonomy(e),
    competition: e.competition.level === 'unknown' ? null : LEVEL_VALUE.competition[e.competition.level],
    imgFriendliness: e.imgFriendliness.level === 'unknown' ? null : LEVEL_VALUE.img[e.imgFriendliness.level],
    transparency: e.transparency.level === 'unknown' ? null : LEVEL_VALUE.transparency[e.transparency.level],
    location: e.locationPreference === null ? null : e.locationPreference / 5,
    personalRating: e.personalRating === null ? null : e.personalRating / 5,
  };
  applyWarningSigns(partial, notes, e.warningSigns);
  return { values: { ...partial, careerFit: careerFit(partial, e, careerInterest) }, notes };
}

/** Every factor's value for one program. */
export function factorValues(e: ProgramEvaluation, careerInterest: CareerInterest): FactorValues {
  return factorReadings(e, careerInterest).values;
}
