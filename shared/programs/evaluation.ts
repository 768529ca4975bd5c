import {
  ADVANCED_CATEGORY_IDS,
  CASE_MIX_CATEGORY_IDS,
  type AdvancedCategoryId,
  type CaseMixStrength,
} from './case-mix-categories';
import {
  bestVolumeFigures,
  caseVolumeInput,
  classifyCaseVolume,
  describeFigureDisagreement,
  describeVolumeDoubt,
  describeVolumeMismatch,
  figureDisagreementQuestion,
  sameKindDisagreements,
  type BestVolumeFigures,
  type CaseVolumeClassification,
  type CaseVolumeInput,
  type FigureDisagreement,
} from './case-volume';
import {
  competitionFlagReasons,
  competitionReading,
  heavyAppCompetition,
  heavyCombinedCompetition,
  heavyFellowCompetition,
  type CompetitionReading,
} from './competition';
import { deriveFlags, type Flag } from './flags';
import { localToday } from '../local-today';
import type { Program } from './program-schema';
import { RESIDENT_RED_FLAG_CHECKLIST, type ChecklistItemId } from './question-bank';
import {
  estimateAgainstStated,
  learnersOnService,
  residentVolumeEstimate,
  type EstimateDisagreement,
  type LearnersOnService,
  type ResidentVolumeEstimate,
} from './resident-estimate';
import { transparencyFlagReasons, transparencyReading, VAGUE_PATTERN_FROM, type TransparencyReading } from './transparency';
import { listUnknowns, type Unknown } from './unknowns';

/** The no-advanced-case-mix flag when residents report it and the recorded case mix does not show it. */
const RESIDENTS_SAY_THIN_GRADUATES = 'Residents say recent graduates finished with few complex embolizations, ablations or TIPS.';

export { STALE_AFTER_MONTHS, type Unknown, type UnknownId } from './unknowns';

export interface EvaluationContext {
  /**
   * Today's date (YYYY-MM-DD); with it, figures older than two years count as unknown-ish.
   * Figures dated after it never win on recency; without it, the local date is used for that.
   */
  asOf?: string;
}

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

// ---- The evaluation -------------------------------------------------------------------

/**
 * A warning sign someone confirmed: residents on the checklist ("yes"), or the applicant's
 * own record (residents only assist; the service is slow). Scoring lowers the factor each
 * one speaks to.
 */
export interface WarningSign {
  id: ChecklistItemId;
  saidBy: 'residents' | 'your-notes';
}

export interface ProgramEvaluation {
  programId: string;
  programName: string;
  caseVolume: CaseVolumeClassification;
  volumeFigures: BestVolumeFigures;
  /**
   * Figures of one kind far from the one in use (one per kind at most): both are shown and
   * asked about, and a strong total they contradict earns no good sign.
   */
  volumeDisagreements: FigureDisagreement[];
  /** Why a resident figure is doubtful, in words, per figure; empty when all are believable. */
  volumeDoubts: { total?: string; perYear?: string };
  learnersOnService: LearnersOnService | null;
  estimate: ResidentVolumeEstimate | null;
  /** Present when the estimate and a figure the program stated are more than twice apart. */
  estimateDisagreement: EstimateDisagreement | null;
  warningSigns: WarningSign[];
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

const UNCONFIRMED_BELOW_FLOOR =
  'Residents here may finish with fewer than about 1,000 logged procedures; the figure is unconfirmed, so check it.';

/** Why the resident figures cannot all be right, in one sentence, or null when they agree. */
function mismatchInWords(volume: CaseVolumeClassification, input: CaseVolumeInput): string | null {
  if (!volume.mismatches?.length) return null;
  const parts = volume.mismatches.map((m) => describeVolumeMismatch(m, input));
  return `These figures do not add up: ${parts.join('; and ')}. One of them is wrong, so check them before trusting either.`;
}

/** The flag's words for figures that contradict one another: across kinds, within a kind, or both. */
function disagreementInWords(mismatch: string | null, disagreements: readonly FigureDisagreement[]): string | null {
  const sameKind = disagreements.map(describeFigureDisagreement);
  const sameKindWords =
    sameKind.length > 0
      ? `Your figures disagree: ${sameKind.join('; and ')}. Check which is right for the current class before trusting either.`
      : null;
  return [mismatch, sameKindWords].filter((x) => x !== null).join(' ') || null;
}

/** The open question each disagreement about resident figures leaves, keyed by the figure it concerns. */
function disagreementQuestions(disagreements: readonly FigureDisagreement[]): { total?: string; perYear?: string } {
  const questions: { total?: string; perYear?: string } = {};
  for (const d of disagreements) {
    if (d.kind === 'resident-graduation-total') questions.total = figureDisagreementQuestion(d);
    if (d.kind === 'resident-per-core-year') questions.perYear = figureDisagreementQuestion(d);
  }
  return questions;
}

/** Each doubtful resident figure's reason, keyed by the figure it concerns. */
function doubtsInWords(volume: CaseVolumeClassification, input: CaseVolumeInput): ProgramEvaluation['volumeDoubts'] {
  const words: ProgramEvaluation['volumeDoubts'] = {};
  for (const doubt of volume.doubts ?? []) {
    const key = doubt === 'per-year-beyond-ceiling' ? 'perYear' : 'total';
    const why = describeVolumeDoubt(doubt, input);
    words[key] = words[key] ? `${words[key]}; and ${why}` : why;
  }
  return words;
}

/** Checklist "yes" answers, then the applicant's own record where the checklist is silent. */
function confirmedWarningSigns(program: Program, saidYes: ReadonlySet<ChecklistItemId>): WarningSign[] {
  const signs: WarningSign[] = RESIDENT_RED_FLAG_CHECKLIST.filter((item) => saidYes.has(item.id)).map((item) => ({
    id: item.id,
    saidBy: 'residents',
  }));
  if (program.autonomy.residentsOnlyAssistAdvanced === true && !saidYes.has('only-assist-advanced')) {
    signs.push({ id: 'only-assist-advanced', saidBy: 'your-notes' });
  }
  if (program.serviceSlow === true && !saidYes.has('slow-days')) signs.push({ id: 'slow-days', saidBy: 'your-notes' });
  return signs;
}

/** Checklist items residents said yes to, and those they answered at all (yes or no; "unsure" is no answer). */
function checklistAnswers(program: Program) {
  const saidYes = new Set<ChecklistItemId>();
  const answered = new Set<ChecklistItemId>();
  for (const { itemId, answer } of program.residentChecklist) {
    if (answer === 'unsure') continue;
    answered.add(itemId as ChecklistItemId);
    if (answer === 'yes') saidYes.add(itemId as ChecklistItemId);
  }
  return { saidYes, answered };
}

export function evaluateProgram(program: Program, context: EvaluationContext = {}): ProgramEvaluation {
  const today = context.asOf ?? localToday();
  const best = bestVolumeFigures(program, today);
  const volumeInput = caseVolumeInput(best);
  const caseVolume = classifyCaseVolume(volumeInput);
  const mismatch = mismatchInWords(caseVolume, volumeInput);
  const volumeDoubts = doubtsInWords(caseVolume, volumeInput);
  const disagreements = sameKindDisagreements(program, best);
  const totalDisputed = disagreements.some((d) => d.kind === 'resident-graduation-total');
  const figuresDisagree = disagreementInWords(mismatch, disagreements);
  const learners = learnersOnService(program.competingLearners);
  const estimate = residentVolumeEstimate({
    departmentalAnnual: best['departmental-annual']?.value,
    traineeSharePercent: program.traineeSharePercent,
    learnersOnService: learners?.count,
  });
  // Only believable stated figures are compared; contradicting ones are set aside whole.
  const estimateDisagreement =
    estimate && !caseVolume.mismatches
      ? estimateAgainstStated(estimate, {
          graduateTotal: volumeDoubts.total ? undefined : volumeInput.graduateTotal,
          perCoreIrYear: volumeDoubts.perYear ? undefined : volumeInput.perCoreIrYear,
        })
      : null;
  const caseMix = caseMixCoverage(program);
  const competition = competitionReading(program.competingLearners);

  const { saidYes, answered } = checklistAnswers(program);
  const autonomy = autonomyReading(program.autonomy, saidYes.has('only-assist-advanced'));
  const imgFriendliness = imgFriendlinessReading(program.imgFriendliness);
  const transparency = transparencyReading(program.answers);
  const ctx = program.institutionalContext;

  const flags = deriveFlags(
    {
      serviceVolumeOnly: caseVolume.basis === 'service-only',
      // A low total someone else contradicts is not a fact: the disagreement flag, naming both, says it alone.
      belowFloor: caseVolume.level === 'below-floor' && !totalDisputed,
      volumeFiguresDisagree: figuresDisagree !== null,
      // A good sign needs a figure someone stands behind and no one contradicts; a rumour of one is only a lead.
      strongResidentVolume: caseVolume.level === 'strong' && !caseVolume.unconfirmed && !totalDisputed,
      heavyFellowCompetition: heavyFellowCompetition(competition),
      heavyAppCompetition: heavyAppCompetition(competition),
      heavyCombinedCompetition: heavyCombinedCompetition(competition),
      residentsAssistOnly: autonomy.level === 'assist-only',
      vagueAnswers: transparency.aboutNumbers.vague >= VAGUE_PATTERN_FROM,
      evasiveAnswers: transparency.evasive > 0,
      specificAnswers: transparency.specificAboutNumbersBy !== null,
      noAdvancedCaseMix:
        caseMix.advanced.every((a) => a.effective === 'none') || saidYes.has('leave-without-complex'),
      slowService: program.serviceSlow === true || saidYes.has('slow-days'),
      residentsAsTechnicians: saidYes.has('technician-not-learner') || saidYes.has('no-protected-time'),
      earlyAutonomy: autonomy.level === 'early',
      level1Trauma: ctx.level1Trauma === true,
      nciCancerCenter: ctx.nciCancerCenter === true,
      transplantCenter: ctx.transplantCenter === true,
      // Breadth in the department is not a good sign when residents say the complex work passes them by.
      broadCaseMix: caseMix.breadthLevel === 'broad' && !saidYes.has('leave-without-complex'),
      imgFriendly: imgFriendliness.level === 'friendly',
    },
    {
      ...(figuresDisagree ? { 'volume-figures-disagree': figuresDisagree } : {}),
      // Raised by what residents said, not by the case mix recorded: said as their report.
      ...(saidYes.has('leave-without-complex') && !caseMix.advanced.every((a) => a.effective === 'none')
        ? { 'no-advanced-case-mix': RESIDENTS_SAY_THIN_GRADUATES }
        : {}),
      // A warning sign is worth checking even on a rumour, so it stays, marked as unconfirmed.
      ...(caseVolume.unconfirmed ? { 'below-floor': UNCONFIRMED_BELOW_FLOOR } : {}),
      ...competitionFlagReasons(competition, program.competingLearners),
      ...transparencyFlagReasons(transparency),
    },
  );

  return {
    programId: program.id,
    programName: program.name,
    caseVolume,
    volumeFigures: best,
    volumeDisagreements: disagreements,
    volumeDoubts,
    learnersOnService: learners,
    estimate,
    estimateDisagreement,
    warningSigns: confirmedWarningSigns(program, saidYes),
    caseMix,
    competition,
    autonomy,
    imgFriendliness,
    transparency,
    flags,
    unknowns: listUnknowns(program, {
      best,
      mismatch,
      doubts: volumeDoubts,
      disagreements: disagreementQuestions(disagreements),
      unknownAdvanced: caseMix.advanced.filter((a) => a.effective === 'unknown').map((a) => a.category),
      answeredByResidents: answered,
      today,
      asOf: context.asOf,
    }),
    institutionalContext: ctx,
    personalRating: program.personalRating,
    locationPreference: program.locationPreference,
  };
}
