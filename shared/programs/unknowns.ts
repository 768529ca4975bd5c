import { ADVANCED_CATEGORY_IDS, CASE_MIX_CATEGORY_IDS, CASE_MIX_CATEGORY_LABELS } from './case-mix-categories';
import { figureDisagreementQuestion, sameKindDisagreements, type BestVolumeFigures } from './case-volume';
import { isLearnedInFuture } from './learned-on';
import type { Program, VolumeFigure } from './program-schema';
import type { ChecklistItemId } from './question-bank';

/** Figures this old are worth asking about again: programs change size and staffing. */
export const STALE_AFTER_MONTHS = 24;

export type UnknownId =
  | 'resident-total'
  | 'per-year-volume'
  | 'departmental-volume'
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

/** What the gaps are read from, beyond the program itself. */
export interface UnknownsInput {
  best: BestVolumeFigures;
  /** Why the resident figures contradict each other, or null. */
  mismatch: string | null;
  /** Why a doubtful figure is doubtful, per figure; absent when it is believable. */
  doubts: { total?: string; perYear?: string };
  /** The question a figure of the same kind far from the one in use leaves open, per figure. */
  disagreements: { total?: string; perYear?: string };
  /** Advanced categories whose exposure is unknown even after the institution's boost. */
  unknownAdvanced: readonly (typeof ADVANCED_CATEGORY_IDS)[number][];
  /** Checklist items residents answered yes or no ("unsure" leaves the gap open). */
  answeredByResidents: ReadonlySet<ChecklistItemId>;
  today: string;
  asOf: string | undefined;
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

const doubtful = (label: string, why: string) =>
  `Your ${label} is hard to believe: ${why}. Check it for a typo, then ask again.`;

function volumeUnknowns(program: Program, input: UnknownsInput): Unknown[] {
  const { best, mismatch, doubts, disagreements, today, asOf } = input;
  const unknowns: Unknown[] = [];
  const total = best['resident-graduation-total'];
  const perYear = best['resident-per-core-year'];
  const departmental = best['departmental-annual'];

  if (mismatch) {
    unknowns.push({ id: 'resident-total', reason: mismatch });
  } else if (total && doubts.total) {
    unknowns.push({ id: 'resident-total', reason: doubtful('graduation total', doubts.total) });
  } else if (total && disagreements.total) {
    unknowns.push({ id: 'resident-total', reason: disagreements.total });
  } else if (total) {
    const doubt = figureDoubt(total, 'graduation total', today, asOf);
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
    const doubt = doubts.perYear
      ? doubtful('per-year figure', doubts.perYear)
      : (disagreements.perYear ?? figureDoubt(perYear, 'per-year figure', today, asOf));
    if (doubt) unknowns.push({ id: 'per-year-volume', reason: doubt });
  }

  // Two totals for the whole service that disagree are flagged; the question settles which is current.
  const departmentalDispute = sameKindDisagreements(program, best).find((d) => d.kind === 'departmental-annual');
  if (departmentalDispute) {
    unknowns.push({ id: 'departmental-volume', reason: figureDisagreementQuestion(departmentalDispute) });
  }

  if (!total && !perYear && departmental && program.traineeSharePercent === null) {
    unknowns.push({
      id: 'trainee-share',
      reason: 'Without the share of cases trainees do, the departmental figure cannot be turned into an estimate.',
    });
  }
  return unknowns;
}

/** What the applicant does not know yet, each with why it matters here. */
export function listUnknowns(program: Program, input: UnknownsInput): Unknown[] {
  const unknowns = volumeUnknowns(program, input);
  const answered = input.answeredByResidents;

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
  // The residents' checklist answers this as well as your own notes do.
  if (program.autonomy.residentsOnlyAssistAdvanced === null && !answered.has('only-assist-advanced')) {
    unknowns.push({
      id: 'assist-vs-primary',
      reason: 'You do not know whether residents lead or only assist on advanced cases.',
    });
  }

  if (input.unknownAdvanced.length > 0) {
    unknowns.push({
      id: 'advanced-exposure',
      reason: `Not known yet: ${input.unknownAdvanced.map((c) => CASE_MIX_CATEGORY_LABELS[c]).join('; ')}.`,
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
  if (program.serviceSlow === null && !answered.has('slow-days')) {
    unknowns.push({ id: 'service-pace', reason: 'You do not know how busy an ordinary day on the service is.' });
  }
  return unknowns;
}
