import type { CompetingLearners } from './program-schema';

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
