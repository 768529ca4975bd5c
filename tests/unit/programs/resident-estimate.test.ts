import { describe, expect, it } from 'vitest';
import { learnersOnService, residentVolumeEstimate } from '../../../shared/programs/resident-estimate';

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
