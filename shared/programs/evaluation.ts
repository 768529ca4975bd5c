import {
  ADVANCED_CATEGORY_IDS,
  CASE_MIX_CATEGORY_IDS,
  CASE_MIX_CATEGORY_LABELS,
  type AdvancedCategoryId,
  type CaseMixStrength,
} from './case-mix-categories';
import {
  bestVolumeFigures,
  caseVolumeInput,
  classifyCaseVolume,
  describeVolumeMismatch,
  type BestVolumeFigures,
  type CaseVolumeClassification,
  type CaseVolumeInput,
} from './case-volume';
import {
  competitionFlagReasons,
  competitionReading,
  heavyAppCompetition,
  heavyFellowCompetition,
  type CompetitionReading,
} from './competition';
import { deriveFlags, type Flag } from './flags';
import { localToday } from '../local-today';
import { isLearnedInFuture } from './learned-on';
import type { Program, VolumeFigure } from './program-schema';
import {
  learnersOnService,
  residentVolumeEstimate,
  type LearnersOnService,
  type ResidentVolumeEstimate,
} from './resident-estimate';
import { transparencyFlagReasons, transparencyReading, VAGUE_PATTERN_FROM, type TransparencyReading } from './transparency';

export interface EvaluationContext {
  /**
   * Today's date (YYYY-MM-DD); with it, figures older than two years count as unknown-ish.
   * Figures dated after it never win on recency; without it, the local date is used for that.
   */
  asOf?: string;
}

/** Figures this old are worth asking about again: programs change size and staffing. */
export const STALE_AFTER_MONTHS = 24;

// ---- Case mix -------------------------------------------------------------------------

export type ContextBoost = 'level1-trauma' | 'nci-cancer-center' | 'transplant-center';

export interface AdvancedCoverageEntry {
  category: AdvancedCategoryId;
  stated: CaseMixStrength;
  /** After the institutional boost; what scoring uses. */
  effective: CaseMixStrength;
  boostedBy: ContextBoost | null;
}

export interface CaseMixReading {
  breadth: number;
  outOf: number;
  unknownCount: number;
  breadthLevel: 'narrow' | 'moderate' | 'broad' | 'unknown';
  advanced: AdvancedCoverageEntry[];
  advancedCoverage: number;
}

/** Which institution type predicts which advanced work, per the guidance. */
const CONTEXT_BOOSTS: Partial<Record<AdvancedCategoryId, { boost: ContextBoost; field: keyof Program['institutionalContext'] }>> = {
  arterial: { boost: 'level1-trauma', field: 'level1Trauma' },
  oncologic: { boost: 'nci-cancer-center', field: 'nciCancerCenter' },
  'portal-hepatic': { boost: 'transplant-center', field: 'transplantCenter' },
};

/** One step up: "unknown" becomes "some" (inferred) and "some" becomes "strong". A stated "none" stands. */
function boosted(strength: CaseMixStrength): CaseMixStrength {
  if (strength === 'unknown') return 'some';
  if (strength === 'some') return 'strong';
  return strength;
}

const isPresent = (s: CaseMixStrength) => s === 'some' || s === 'strong';

export function caseMixCoverage(program: Program): CaseMixReading {
  const strengths = CASE_MIX_CATEGORY_IDS.map((id) => program.caseMix[id]);
  const breadth = strengths.filter(isPresent).length;
  const unknownCount = strengths.filter((s) => s === 'unknown').length;
  const breadthLevel =
    unknownCount === strengths.length ? 'unknown' : breadth >= 6 ? 'broad' : breadth >= 4 ? 'moderate' : 'narrow';

  const advanced = ADVANCED_CATEGORY_IDS.map((category): AdvancedCoverageEntry => {
    const stated = program.caseMix[category];
    const rule = CONTEXT_BOOSTS[category];
    if (rule && program.institutionalContext[rule.field] === true && stated !== 'none' && stated !== 'strong') {
      return { category, stated, effective: boosted(stated), boostedBy: rule.boost };
    }
    return { category, stated, effective: stated, boostedBy: null };
  });

  return {
    breadth,
    outOf: strengths.length,
    unknownCount,
    breadthLevel,
    advanced,
    advancedCoverage: advanced.filter((a) => isPresent(a.effective)).length,
  };
}

// ---- Autonomy, IMG openness, transparency --------------------------------------------

export interface AutonomyReading {
  level: 'early' | 'typical' | 'late' | 'assist-only' | 'unknown';
  primaryOperatorFromPgy: number | null;
}

export function autonomyReading(autonomy: Program['autonomy'], assistOnlyFromResidents: boolean): AutonomyReading {
  const pgy = autonomy.primaryOperatorFromPgy;
  if (autonomy.residentsOnlyAssistAdvanced === true || assistOnlyFromResidents) {
    return { level: 'assist-only', primaryOperatorFromPgy: pgy };
  }
  if (pgy === null) return { level: 'unknown', primaryOperatorFromPgy: null };
  return { level: pgy <= 4 ? 'early' : pgy === 5 ? 'typical' : 'late', primaryOperatorFromPgy: pgy };
}

export interface ImgFriendlinessReading {
  level: 'friendly' | 'possible' | 'unlikely' | 'unknown';
  usceRequired: Program['imgFriendliness']['usceRequired'];
}

export function imgFriendlinessReading(img: Program['imgFriendliness']): ImgFriendlinessReading {
  const { currentImgResidents: current, imgsInterviewedOrMatchedRecently: recent, usceRequired } = img;
  const level =
    (current !== null && current > 0) || recent === 'yes'
      ? 'friendly'
      : recent === 'no'
        ? 'unlikely'
        : current === 0
          ? 'possible'
          : 'unknown';
  return { level, usceRequired };
}

// ---- Unknowns -------------------------------------------------------------------------

export type UnknownId =
  | 'resident-total'
  | 'per-year-volume'
  | 'trainee-share'
  | 'competing-learners'
  | 'autonomy-timeline'
  | 'assist-vs-primary'
  | 'advanced-exposure'
  | 'case-mix'
  | 'img-history'
  | 'service-pace';

export interface Unknown {
  id: UnknownId;
  reason: string;
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

function figureDoubt(figure: VolumeFigure, label: string, today: string, asOf: string | undefined): string | null {
  if (isLearnedInFuture(figure.learnedOn, today)) {
    return `Your ${label} is dated ${figure.learnedOn}, which is after today; correct the date.`;
  }
  if (figure.confidence === 'low') return `Your ${label} is marked low confidence; confirm it.`;
  if (asOf && monthsBetween(figure.learnedOn, asOf) > STALE_AFTER_MONTHS) {
    return `Your ${label} was noted over two years ago; check it is still true.`;
  }
  return null;
}

function listUnknowns(
  program: Program,
  best: BestVolumeFigures,
  mismatch: string | null,
  mix: CaseMixReading,
  today: string,
  context: EvaluationContext,
): Unknown[] {
  const unknowns: Unknown[] = [];
  const total = best['resident-graduation-total'];
  const perYear = best['resident-per-core-year'];
  const departmental = best['departmental-annual'];

  if (mismatch) {
    unknowns.push({ id: 'resident-total', reason: mismatch });
  } else if (total) {
    const doubt = figureDoubt(total, 'graduation total', today, context.asOf);
    if (doubt) unknowns.push({ id: 'resident-total', reason: doubt });
  } else if (perYear) {
    unknowns.push({ id: 'resident-total', reason: 'You have a per-year figure but no total by graduation.' });
  } else if (departmental) {
    unknowns.push({
      id: 'resident-total',
      reason: 'You only have a departmental figure, which counts the whole service, not residents.',
    });
  } else {
    unknowns.push({ id: 'resident-total', reason: 'You have no case numbers for this program yet.' });
  }

  if (perYear) {
    const doubt = figureDoubt(perYear, 'per-year figure', today, context.asOf);
    if (doubt) unknowns.push({ id: 'per-year-volume', reason: doubt });
  }

  if (!total && !perYear && departmental && program.traineeSharePercent === null) {
    unknowns.push({
      id: 'trainee-share',
      reason: 'Without the share of cases trainees do, the departmental figure cannot be turned into an estimate.',
    });
  }

  const learners = program.competingLearners;
  const missingLearners = [
    learners.irResidentsPerClass === null && 'residents per class',
    learners.independentFellows === null && 'independent IR residents or fellows',
    learners.esirResidents === null && 'ESIR residents',
    learners.apps === null && 'APPs',
  ].filter((x): x is string => typeof x === 'string');
  if (missingLearners.length > 0) {
    unknowns.push({ id: 'competing-learners', reason: `You do not know the number of ${missingLearners.join(', ')}.` });
  }

  if (program.autonomy.primaryOperatorFromPgy === null) {
    unknowns.push({ id: 'autonomy-timeline', reason: 'You do not know when residents start leading complex cases.' });
  }
  if (program.autonomy.residentsOnlyAssistAdvanced === null) {
    unknowns.push({
      id: 'assist-vs-primary',
      reason: 'You do not know whether residents lead or only assist on advanced cases.',
    });
  }

  const unknownAdvanced = mix.advanced.filter((a) => a.effective === 'unknown').map((a) => a.category);
  if (unknownAdvanced.length > 0) {
    unknowns.push({
      id: 'advanced-exposure',
      reason: `Not known yet: ${unknownAdvanced.map((c) => CASE_MIX_CATEGORY_LABELS[c]).join('; ')}.`,
    });
  }
  const advancedSet = new Set<string>(ADVANCED_CATEGORY_IDS);
  const unknownOther = CASE_MIX_CATEGORY_IDS.filter((c) => !advancedSet.has(c) && program.caseMix[c] === 'unknown');
  if (unknownOther.length > 0) {
    unknowns.push({
      id: 'case-mix',
      reason: `Not known yet: ${unknownOther.map((c) => CASE_MIX_CATEGORY_LABELS[c]).join('; ')}.`,
    });
  }

  const img = program.imgFriendliness;
  if (img.imgsInterviewedOrMatchedRecently === 'unknown' && img.currentImgResidents === null) {
    unknowns.push({ id: 'img-history', reason: 'You do not know whether this program takes IMGs.' });
  }
  if (program.serviceSlow === null) {
    unknowns.push({ id: 'service-pace', reason: 'You do not know how busy an ordinary day on the service is.' });
  }
  return unknowns;
}

// ---- The evaluation -------------------------------------------------------------------

export interface ProgramEvaluation {
  programId: string;
  programName: string;
  caseVolume: CaseVolumeClassification;
  volumeFigures: BestVolumeFigures;
  learnersOnService: LearnersOnService | null;
  estimate: ResidentVolumeEstimate | null;
  caseMix: CaseMixReading;
  competition: CompetitionReading;
  autonomy: AutonomyReading;
  imgFriendliness: ImgFriendlinessReading;
  transparency: TransparencyReading;
  flags: { red: Flag[]; green: Flag[] };
  unknowns: Unknown[];
  /** Kept so career fit can read the institution without the whole program. */
  institutionalContext: Program['institutionalContext'];
  personalRating: number | null;
  locationPreference: number | null;
}

/** Why the resident figures cannot all be right, in one sentence, or null when they agree. */
function mismatchInWords(volume: CaseVolumeClassification, input: CaseVolumeInput): string | null {
  if (!volume.mismatches?.length) return null;
  const parts = volume.mismatches.map((m) => describeVolumeMismatch(m, input));
  return `These figures do not add up: ${parts.join('; and ')}. One of them is wrong, so check them before trusting either.`;
}

export function evaluateProgram(program: Program, context: EvaluationContext = {}): ProgramEvaluation {
  const today = context.asOf ?? localToday();
  const best = bestVolumeFigures(program, today);
  const volumeInput = caseVolumeInput(best);
  const caseVolume = classifyCaseVolume(volumeInput);
  const mismatch = mismatchInWords(caseVolume, volumeInput);
  const learners = learnersOnService(program.competingLearners);
  const estimate = residentVolumeEstimate({
    departmentalAnnual: best['departmental-annual']?.value,
    traineeSharePercent: program.traineeSharePercent,
    learnersOnService: learners?.count,
  });
  const caseMix = caseMixCoverage(program);
  const competition = competitionReading(program.competingLearners);

  const saidYes = new Set(
    program.residentChecklist.filter((c) => c.answer === 'yes').map((c) => c.itemId),
  );
  const autonomy = autonomyReading(program.autonomy, saidYes.has('only-assist-advanced'));
  const imgFriendliness = imgFriendlinessReading(program.imgFriendliness);
  const transparency = transparencyReading(program.answers);
  const ctx = program.institutionalContext;

  const flags = deriveFlags(
    {
      serviceVolumeOnly: caseVolume.basis === 'service-only',
      belowFloor: caseVolume.level === 'below-floor',
      volumeFiguresDisagree: mismatch !== null,
      strongResidentVolume: caseVolume.level === 'strong',
      heavyFellowCompetition: heavyFellowCompetition(competition),
      heavyAppCompetition: heavyAppCompetition(competition),
      residentsAssistOnly: autonomy.level === 'assist-only',
      vagueAnswers: transparency.aboutNumbers.vague >= VAGUE_PATTERN_FROM,
      evasiveAnswers: transparency.evasive > 0,
      specificAnswers: transparency.level === 'specific' && transparency.specific >= 2,
      noAdvancedCaseMix:
        caseMix.advanced.every((a) => a.effective === 'none') || saidYes.has('leave-without-complex'),
      slowService: program.serviceSlow === true || saidYes.has('slow-days'),
      residentsAsTechnicians: saidYes.has('technician-not-learner') || saidYes.has('no-protected-time'),
      earlyAutonomy: autonomy.level === 'early',
      level1Trauma: ctx.level1Trauma === true,
      nciCancerCenter: ctx.nciCancerCenter === true,
      transplantCenter: ctx.transplantCenter === true,
      broadCaseMix: caseMix.breadthLevel === 'broad',
      imgFriendly: imgFriendliness.level === 'friendly',
    },
    {
      ...(mismatch ? { 'volume-figures-disagree': mismatch } : {}),
      ...competitionFlagReasons(competition, program.competingLearners),
      ...transparencyFlagReasons(transparency),
    },
  );

  return {
    programId: program.id,
    programName: program.name,
    caseVolume,
    volumeFigures: best,
    learnersOnService: learners,
    estimate,
    caseMix,
    competition,
    autonomy,
    imgFriendliness,
    transparency,
    flags,
    unknowns: listUnknowns(program, best, mismatch, caseMix, today, context),
    institutionalContext: ctx,
    personalRating: program.personalRating,
    locationPreference: program.locationPreference,
  };
}
