import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import type { Program } from '../../../shared/programs/program-schema';
import type { ChecklistItemId } from '../../../shared/programs/question-bank';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { UNKNOWN_FACTOR_VALUE, factorReadings, rankPrograms, scoreProgram, type CareerInterest } from '../../../shared/programs/scoring';
import { dominantProgram, figure, makeProgram } from './program-fixture';

const saysYes = (...items: ChecklistItemId[]) => items.map((itemId) => ({ itemId, answer: 'yes' as const, note: '' }));
const readings = (program: Program) => factorReadings(evaluateProgram(program), 'undecided');

describe('warning signs residents confirm lower the factor they speak to', () => {
  it('graduates thin on complex work lower advanced work, and the note says so', () => {
    const plain = dominantProgram('Plain');
    const thin = dominantProgram('Thin');
    thin.residentChecklist = saysYes('leave-without-complex');
    expect(readings(plain).values.advancedExposure).toBe(1);
    const { values, notes } = readings(thin);
    expect(values.advancedExposure).toBeCloseTo(0.4, 10);
    expect(notes.advancedExposure).toBe(
      'Lowered: residents say recent graduates finished with few complex embolizations, ablations or TIPS.',
    );
  });

  it('graduates thin on complex work: the red flag is the residents\' report, and breadth is no longer a good sign', () => {
    const plain = evaluateProgram(dominantProgram('Plain'));
    const thinProgram = dominantProgram('Thin');
    thinProgram.residentChecklist = saysYes('leave-without-complex');
    const thin = evaluateProgram(thinProgram);
    expect(plain.flags.green.map((flag) => flag.id)).toContain('broad-case-mix');
    expect(thin.flags.green.map((flag) => flag.id)).not.toContain('broad-case-mix');
    expect(thin.flags.red.find((flag) => flag.id === 'no-advanced-case-mix')?.reason).toBe(
      'Residents say recent graduates finished with few complex embolizations, ablations or TIPS.',
    );
  });

  it('technician work and no protected time lower the volume, each in its own words', () => {
    const program = dominantProgram('Busy but untaught');
    program.residentChecklist = saysYes('technician-not-learner', 'no-protected-time');
    const { values, notes } = readings(program);
    expect(values.residentVolume).toBeCloseTo(1 * 0.7 * 0.7, 10);
    expect(notes.residentVolume).toMatch(/^Lowered: residents say they keep the list moving.*; residents say the case load leaves no time/);
  });

  it('residents who mostly assist lower autonomy whatever the stated timeline', () => {
    const program = dominantProgram('Assist');
    program.residentChecklist = saysYes('only-assist-advanced');
    const { values, notes } = readings(program);
    expect(values.autonomy).toBeCloseTo(0.2, 10);
    expect(notes.autonomy).toBe('Lowered: residents say they mostly assist on advanced cases.');
    // With no timeline, the same sign starts from neutral.
    const noTimeline = makeProgram('Assist, no timeline', (p) => (p.autonomy.residentsOnlyAssistAdvanced = true));
    expect(readings(noTimeline)).toMatchObject({
      values: { autonomy: UNKNOWN_FACTOR_VALUE * 0.2 },
      notes: { autonomy: 'Lowered: you noted that residents mostly assist on advanced cases.' },
    });
  });

  it('a slow service lowers the volume, from the checklist or the applicant’s own record, once', () => {
    const checklist = dominantProgram('Slow, residents');
    checklist.residentChecklist = saysYes('slow-days');
    const noted = dominantProgram('Slow, noted');
    noted.serviceSlow = true;
    const both = dominantProgram('Slow, both');
    both.serviceSlow = true;
    both.residentChecklist = saysYes('slow-days');
    expect(readings(checklist).values.residentVolume).toBeCloseTo(0.7, 10);
    expect(readings(noted).notes.residentVolume).toBe('Lowered: you noted that the service is often slow.');
    expect(readings(both).values.residentVolume).toBeCloseTo(0.7, 10);
  });

  it('leaves the factors alone for "no" and "unsure"', () => {
    const program = dominantProgram('Answered no');
    program.residentChecklist = [
      { itemId: 'leave-without-complex', answer: 'no', note: '' },
      { itemId: 'technician-not-learner', answer: 'unsure', note: '' },
    ];
    expect(readings(program)).toEqual(readings(dominantProgram('Reference')));
  });

  it('no longer lets a program with warning signs confirmed keep first place', () => {
    const untaught = dominantProgram('A untaught');
    untaught.residentChecklist = saysYes('technician-not-learner');
    const ranked = rankPrograms([untaught, dominantProgram('B taught')], DEFAULT_WEIGHTS, 'undecided');
    expect(ranked.map((r) => r.program.name)).toEqual(['B taught', 'A untaught']);
  });
});

describe('a famous name with little hands-on work against an honest smaller program', () => {
  const setting = (famous: boolean): Program['institutionalContext'] => ({
    level1Trauma: famous,
    nciCancerCenter: famous,
    transplantCenter: famous,
    tertiaryReferral: famous,
    vaAffiliation: famous,
    independentFellowship: famous,
    fellowshipSinceYear: famous ? 1990 : null,
  });
  const common = (p: Program) => {
    p.imgFriendliness = { currentImgResidents: 1, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'no' };
    p.competingLearners = { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 0, apps: 2 };
    p.serviceSlow = false;
    p.personalRating = 3;
    p.locationPreference = 3;
  };
  const littleHandsOn = saysYes('only-assist-advanced', 'leave-without-complex', 'technician-not-learner');
  const interests: CareerInterest[] = ['community', 'academic', 'undecided'];

  it('ranks below it on otherwise equal inputs', () => {
    const inputs = (p: Program) => {
      common(p);
      p.volumeFigures = [figure('resident-graduation-total', 1600, { confidence: 'high' })];
      p.autonomy.primaryOperatorFromPgy = 4;
      for (const key of Object.keys(p.caseMix) as (keyof Program['caseMix'])[]) p.caseMix[key] = 'strong';
      p.institutionalContext = setting(false);
    };
    const famous = makeProgram('A famous', (p) => {
      inputs(p);
      p.residentChecklist = littleHandsOn;
    });
    const honest = makeProgram('B honest', inputs);
    for (const interest of interests) {
      expect(rankPrograms([famous, honest], DEFAULT_WEIGHTS, interest).map((r) => r.program.name)).toEqual(['B honest', 'A famous']);
    }
  });

  it('ranks below it even with bigger numbers, a richer case mix and a famous setting', () => {
    const famous = makeProgram('A famous', (p) => {
      common(p);
      p.volumeFigures = [figure('resident-graduation-total', 2200, { confidence: 'high' })];
      p.autonomy.primaryOperatorFromPgy = 4;
      for (const key of Object.keys(p.caseMix) as (keyof Program['caseMix'])[]) p.caseMix[key] = 'strong';
      p.institutionalContext = setting(true);
      p.residentChecklist = littleHandsOn;
    });
    const honest = makeProgram('B honest', (p) => {
      common(p);
      p.volumeFigures = [figure('resident-graduation-total', 1300, { confidence: 'high' })];
      p.autonomy.primaryOperatorFromPgy = 5;
      for (const key of Object.keys(p.caseMix) as (keyof Program['caseMix'])[]) p.caseMix[key] = 'some';
      p.institutionalContext = setting(false);
    });
    for (const interest of interests) {
      const famousScore = scoreProgram(famous, DEFAULT_WEIGHTS, interest).total;
      expect(scoreProgram(honest, DEFAULT_WEIGHTS, interest).total).toBeGreaterThan(famousScore);
    }
  });
});

describe('questions the residents’ checklist has answered', () => {
  const unknownIds = (edit: (p: Program) => void) => evaluateProgram(makeProgram('Checklist', edit)).unknowns.map((u) => u.id);

  it('stops asking whether residents lead or assist once residents said yes or no', () => {
    expect(unknownIds(() => {})).toContain('assist-vs-primary');
    for (const answer of ['yes', 'no'] as const) {
      expect(unknownIds((p) => (p.residentChecklist = [{ itemId: 'only-assist-advanced', answer, note: '' }]))).not.toContain(
        'assist-vs-primary',
      );
    }
    expect(unknownIds((p) => (p.residentChecklist = [{ itemId: 'only-assist-advanced', answer: 'unsure', note: '' }]))).toContain(
      'assist-vs-primary',
    );
  });

  it('stops asking how busy the service is once residents answered about quiet days', () => {
    expect(unknownIds((p) => (p.residentChecklist = saysYes('slow-days')))).not.toContain('service-pace');
  });
});
