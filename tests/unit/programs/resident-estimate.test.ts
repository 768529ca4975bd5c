import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import {
  estimateAgainstStated,
  learnersOnService,
  residentVolumeEstimate,
} from '../../../shared/programs/resident-estimate';
import { figure, makeProgram } from './program-fixture';

describe('residentVolumeEstimate', () => {
  it('splits the trainee share of departmental cases among the learners on service', () => {
    expect(
      residentVolumeEstimate({ departmentalAnnual: 10_000, traineeSharePercent: 30, learnersOnService: 6 }),
    ).toEqual({
      perLearnerAnnual: 500,
      inputs: { departmentalAnnual: 10_000, traineeSharePercent: 30, learnersOnService: 6 },
      label: 'estimate',
    });
  });

  it('gives no estimate when an input is missing or meaningless', () => {
    expect(residentVolumeEstimate({ departmentalAnnual: null, traineeSharePercent: 30, learnersOnService: 6 })).toBeNull();
    expect(residentVolumeEstimate({ departmentalAnnual: 10_000, traineeSharePercent: undefined, learnersOnService: 6 })).toBeNull();
    expect(residentVolumeEstimate({ departmentalAnnual: 10_000, traineeSharePercent: 30, learnersOnService: 0 })).toBeNull();
    expect(residentVolumeEstimate({ departmentalAnnual: 10_000, traineeSharePercent: 130, learnersOnService: 4 })).toBeNull();
  });
});

describe('learnersOnService', () => {
  it('counts two senior classes plus fellows and ESIR residents, leaving APPs out', () => {
    expect(learnersOnService({ irResidentsPerClass: 2, independentFellows: 3, esirResidents: 1, apps: 12 })).toEqual({
      count: 8,
      uncounted: [],
    });
  });

  it('names the groups it could not count, and needs the class size', () => {
    expect(learnersOnService({ irResidentsPerClass: 2, independentFellows: null, esirResidents: 0, apps: null })).toEqual({
      count: 4,
      uncounted: ['independentFellows'],
    });
    expect(learnersOnService({ irResidentsPerClass: null, independentFellows: 2, esirResidents: 0, apps: 0 })).toBeNull();
  });
});

describe('estimateAgainstStated', () => {
  const estimate = (perLearnerAnnual: number) =>
    residentVolumeEstimate({ departmentalAnnual: perLearnerAnnual * 10, traineeSharePercent: 100, learnersOnService: 10 });

  it('says when the estimate is more than twice or less than half a stated per-year figure', () => {
    expect(estimateAgainstStated(estimate(1200), { perCoreIrYear: 400 })).toEqual({
      stated: { kind: 'resident-per-core-year', value: 400 },
      statedPerYear: 400,
      direction: 'higher',
      ratio: 3,
    });
    expect(estimateAgainstStated(estimate(150), { perCoreIrYear: 400 })?.direction).toBe('lower');
    expect(estimateAgainstStated(estimate(800), { perCoreIrYear: 400 })).toBeNull();
    expect(estimateAgainstStated(estimate(200), { perCoreIrYear: 400 })).toBeNull();
    expect(estimateAgainstStated(null, { perCoreIrYear: 400 })).toBeNull();
    expect(estimateAgainstStated(estimate(400), {})).toBeNull();
  });

  it('puts a graduation total on the per-year scale before comparing', () => {
    // 1,800 by graduation sits where 300 a core year does.
    expect(estimateAgainstStated(estimate(700), { graduateTotal: 1800 })).toMatchObject({
      stated: { kind: 'resident-graduation-total', value: 1800 },
      statedPerYear: 300,
      direction: 'higher',
    });
    expect(estimateAgainstStated(estimate(500), { graduateTotal: 1800 })).toBeNull();
  });

  it('is part of the evaluation, and the stated figure is the one scored', () => {
    const program = makeProgram('Both', (p) => {
      p.volumeFigures = [figure('departmental-annual', 12_000), figure('resident-per-core-year', 400)];
      p.traineeSharePercent = 50;
      p.competingLearners = { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 0, apps: 0 };
    });
    const evaluation = evaluateProgram(program);
    expect(evaluation.estimate?.perLearnerAnnual).toBe(1200);
    expect(evaluation.estimateDisagreement).toMatchObject({ direction: 'higher', stated: { value: 400 } });
  });
});
