import type { CompetingLearners } from './program-schema';
import { perYearEquivalent } from './volume-scale';

/**
 * Integrated residents do most of their IR logging in the two upper (core IR) years,
 * so two classes are counted as on the service at once. This is our assumption for an
 * estimate, not a figure from any program.
 */
export const CORE_IR_CLASSES_ON_SERVICE = 2;

export interface LearnersOnService {
  count: number;
  /** Groups whose size is unknown and were counted as zero, so the estimate may run high. */
  uncounted: ('independentFellows' | 'esirResidents')[];
}

/**
 * Trainees who share the cases trainees do. APPs are left out because the trainee share
 * already excludes the cases they perform. Null when the resident class size is unknown.
 */
export function learnersOnService(learners: CompetingLearners): LearnersOnService | null {
  if (learners.irResidentsPerClass === null) return null;
  const uncounted: LearnersOnService['uncounted'] = [];
  if (learners.independentFellows === null) uncounted.push('independentFellows');
  if (learners.esirResidents === null) uncounted.push('esirResidents');
  const count =
    learners.irResidentsPerClass * CORE_IR_CLASSES_ON_SERVICE +
    (learners.independentFellows ?? 0) +
    (learners.esirResidents ?? 0);
  return { count, uncounted };
}

export interface ResidentEstimateInputs {
  departmentalAnnual: number | null | undefined;
  traineeSharePercent: number | null | undefined;
  learnersOnService: number | null | undefined;
}

export interface ResidentVolumeEstimate {
  perLearnerAnnual: number;
  inputs: { departmentalAnnual: number; traineeSharePercent: number; learnersOnService: number };
  /** Always 'estimate': the UI must never show this as a figure the program gave. */
  label: 'estimate';
}

/**
 * A rough per-trainee yearly count from a departmental figure: the trainees' share of
 * the service's cases, split evenly among the trainees on it. Null when an input is missing.
 */
export function residentVolumeEstimate(inputs: ResidentEstimateInputs): ResidentVolumeEstimate | null {
  const { departmentalAnnual, traineeSharePercent, learnersOnService: learners } = inputs;
  if (departmentalAnnual == null || traineeSharePercent == null || learners == null) return null;
  if (![departmentalAnnual, traineeSharePercent, learners].every(Number.isFinite)) return null;
  if (departmentalAnnual < 0 || traineeSharePercent < 0 || traineeSharePercent > 100 || learners <= 0) {
    return null;
  }
  return {
    perLearnerAnnual: Math.round((departmentalAnnual * (traineeSharePercent / 100)) / learners),
    inputs: { departmentalAnnual, traineeSharePercent, learnersOnService: learners },
    label: 'estimate',
  };
}

/** An estimate this many times above or below a stated resident figure is worth a remark. */
export const ESTIMATE_DISAGREES_BEYOND = 2;

export interface EstimateDisagreement {
  /** The stated figure compared against, as the program gave it. */
  stated: { kind: 'resident-per-core-year' | 'resident-graduation-total'; value: number };
  /** The stated figure per core IR year (a graduation total is put on the per-year scale). */
  statedPerYear: number;
  direction: 'higher' | 'lower';
  /** Estimate over stated per-year figure. */
  ratio: number;
}

/**
 * Whether the departmental estimate and a figure the program stated for residents are
 * more than twice apart. The stated figure wins either way (it is what residents log);
 * the gap is worth asking about. A per-year figure is compared as it is; a graduation
 * total is first put on the per-year scale with `perYearEquivalent`.
 */
export function estimateAgainstStated(
  estimate: ResidentVolumeEstimate | null,
  stated: { perCoreIrYear?: number; graduateTotal?: number },
): EstimateDisagreement | null {
  if (!estimate) return null;
  const compared =
    stated.perCoreIrYear !== undefined
      ? { kind: 'resident-per-core-year' as const, value: stated.perCoreIrYear, perYear: stated.perCoreIrYear }
      : stated.graduateTotal !== undefined
        ? { kind: 'resident-graduation-total' as const, value: stated.graduateTotal, perYear: perYearEquivalent(stated.graduateTotal) }
        : null;
  if (!compared || compared.perYear <= 0 || estimate.perLearnerAnnual <= 0) return null;
  const ratio = estimate.perLearnerAnnual / compared.perYear;
  if (ratio <= ESTIMATE_DISAGREES_BEYOND && ratio >= 1 / ESTIMATE_DISAGREES_BEYOND) return null;
  return {
    stated: { kind: compared.kind, value: compared.value },
    statedPerYear: compared.perYear,
    direction: ratio > 1 ? 'higher' : 'lower',
    ratio,
  };
}
