import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { DEFAULT_WEIGHTS, SCORE_FACTORS, type RankingWeights } from '../../../shared/programs/ranking-weights';
import {
  UNKNOWN_FACTOR_VALUE,
  createProgramRanker,
  factorReadings,
  factorValues,
  buildFactorMatrix,
  rankPrograms,
  rankRows,
  scoreFactorValues,
  scoreProgram,
  weightVector,
} from '../../../shared/programs/scoring';
import { shownScore } from '../../../shared/programs/tied-places';
import { dominantProgram, figure, makeProgram } from './program-fixture';
import { manyPrograms } from './many-programs';

describe('scoreProgram', () => {
  it('has a breakdown whose contributions sum to the total', () => {
    for (const program of [dominantProgram(), makeProgram('Blank'), ...manyPrograms(20)]) {
      const score = scoreProgram(program, DEFAULT_WEIGHTS, 'undecided');
      const sum = score.breakdown.reduce((s, b) => s + b.contribution, 0);
      expect(sum).toBeCloseTo(score.total, 10);
      expect(score.total).toBeGreaterThanOrEqual(0);
      expect(score.total).toBeLessThanOrEqual(100);
      expect(score.breakdown.map((b) => b.factor)).toEqual([...SCORE_FACTORS]);
    }
  });

  it('scores a program with nothing known as exactly neutral and shows the stand-ins', () => {
    const score = scoreProgram(makeProgram('Blank'), DEFAULT_WEIGHTS, 'community');
    expect(score.total).toBeCloseTo(100 * UNKNOWN_FACTOR_VALUE, 10);
    expect(score.breakdown.every((b) => b.value === null && b.used === UNKNOWN_FACTOR_VALUE)).toBe(true);
  });

  it('accepts an evaluation as well as a program', () => {
    const program = dominantProgram();
    expect(scoreProgram(evaluateProgram(program), DEFAULT_WEIGHTS, 'academic')).toEqual(
      scoreProgram(program, DEFAULT_WEIGHTS, 'academic'),
    );
    expect(scoreProgram(program, DEFAULT_WEIGHTS, 'academic').total).toBeCloseTo(100, 10);
  });

  it('scores zero when every weight is zero', () => {
    const zero = Object.fromEntries(SCORE_FACTORS.map((f) => [f, 0])) as RankingWeights;
    expect(scoreProgram(dominantProgram(), zero, 'undecided').total).toBe(0);
  });

  it('fits career interest: community favours volume and autonomy, academic the referral setting', () => {
    const busyCommunity = makeProgram('Busy', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 2400)];
      p.autonomy.primaryOperatorFromPgy = 3;
      p.institutionalContext = { ...p.institutionalContext, tertiaryReferral: false, nciCancerCenter: false, transplantCenter: false, independentFellowship: false };
    });
    const academicHub = makeProgram('Hub', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 1100)];
      p.autonomy.primaryOperatorFromPgy = 6;
      p.institutionalContext = { ...p.institutionalContext, tertiaryReferral: true, nciCancerCenter: true, transplantCenter: true, independentFellowship: true };
      for (const key of Object.keys(p.caseMix) as (keyof typeof p.caseMix)[]) p.caseMix[key] = 'strong';
    });
    const fit = (p: typeof busyCommunity, interest: 'community' | 'academic') =>
      factorValues(evaluateProgram(p), interest).careerFit!;
    expect(fit(busyCommunity, 'community')).toBeGreaterThan(fit(academicHub, 'community'));
    expect(fit(academicHub, 'academic')).toBeGreaterThan(fit(busyCommunity, 'academic'));
  });

  it('values a resident estimate below a stated resident figure of the same size', () => {
    const stated = makeProgram('Stated', (p) => (p.volumeFigures = [figure('resident-per-core-year', 300)]));
    const estimated = makeProgram('Estimated', (p) => {
      p.volumeFigures = [figure('departmental-annual', 6000)];
      p.traineeSharePercent = 20;
      p.competingLearners = { irResidentsPerClass: 2, independentFellows: 0, esirResidents: 0, apps: 3 };
    });
    const value = (p: typeof stated) => factorValues(evaluateProgram(p), 'undecided').residentVolume!;
    expect(value(estimated)).toBeLessThan(value(stated));
  });

  it('counts a departmental-only estimate no higher than unknown, says why, and ranks it below a real answer', () => {
    // 25,000 × 30% ÷ 10 learners = 750 a trainee a year: a high estimate, but not an answer.
    const departmentOnly = makeProgram('A department only', (p) => {
      p.volumeFigures = [figure('departmental-annual', 25_000)];
      p.traineeSharePercent = 30;
      p.competingLearners = { irResidentsPerClass: 5, independentFellows: 0, esirResidents: 0, apps: 0 };
    });
    const evaluation = evaluateProgram(departmentOnly);
    expect(evaluation.estimate?.perLearnerAnnual).toBe(750);
    const { values, notes } = factorReadings(evaluation, 'undecided');
    expect(values.residentVolume).toBe(UNKNOWN_FACTOR_VALUE);
    expect(notes.residentVolume).toMatch(/Estimated from the department’s total \(about 750 per trainee a year\)\..*no higher than unknown/);
    const score = scoreProgram(departmentOnly, DEFAULT_WEIGHTS, 'undecided');
    expect(score.breakdown.find((b) => b.factor === 'residentVolume')?.note).toBe(notes.residentVolume);

    const realAnswer = makeProgram('B real 1,000', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 1000)];
      p.competingLearners = departmentOnly.competingLearners;
    });
    expect(factorValues(evaluateProgram(realAnswer), 'undecided').residentVolume!).toBeGreaterThan(values.residentVolume!);
    expect(rankPrograms([departmentOnly, realAnswer], DEFAULT_WEIGHTS, 'undecided')[0]!.program.name).toBe('B real 1,000');
  });

  it('lets a low departmental estimate count against a program, damped toward unknown', () => {
    const thin = makeProgram('Thin', (p) => {
      p.volumeFigures = [figure('departmental-annual', 2000)];
      p.traineeSharePercent = 20;
      p.competingLearners = { irResidentsPerClass: 2, independentFellows: 0, esirResidents: 0, apps: 0 };
    });
    // 2,000 × 20% ÷ 4 = 100 a year, well under the per-year floor we infer.
    const value = factorValues(evaluateProgram(thin), 'undecided').residentVolume!;
    expect(value).toBeLessThan(UNKNOWN_FACTOR_VALUE);
    expect(value).toBeGreaterThan(0.25);
  });

  it('says why when only a departmental figure is known', () => {
    const program = makeProgram('No share', (p) => (p.volumeFigures = [figure('departmental-annual', 9000)]));
    const { values, notes } = factorReadings(evaluateProgram(program), 'undecided');
    expect(values.residentVolume).toBeNull();
    expect(notes.residentVolume).toMatch(/Only the department’s total is known/);
  });
});

describe('rankPrograms', () => {
  it('orders by total score, best first, breaking ties by name', () => {
    const ranked = rankPrograms([makeProgram('Zed'), dominantProgram('Top'), makeProgram('Alpha')], DEFAULT_WEIGHTS, 'undecided');
    expect(ranked.map((r) => [r.program.name, r.rank])).toEqual([
      ['Top', 1],
      ['Alpha', 2],
      ['Zed', 3],
    ]);
  });

  it('re-ranks 400 programs under new weights, best first', () => {
    const ranker = createProgramRanker(manyPrograms(400), 'undecided');
    const weights = { ...DEFAULT_WEIGHTS, location: 10, personalRating: 0 };
    const ranked = ranker.rank(weights);
    expect(ranked).toHaveLength(400);
    // Best first by the score as shown (to the tenth); programs showing the same score are in name order.
    for (let i = 1; i < ranked.length; i++) {
      const [before, after] = [ranked[i - 1]!, ranked[i]!];
      expect(shownScore(before.score.total)).toBeGreaterThanOrEqual(shownScore(after.score.total));
      if (shownScore(before.score.total) === shownScore(after.score.total)) {
        expect(before.program.name.localeCompare(after.program.name)).toBeLessThan(0);
      }
    }
  });

  it('breaks ties at the shown tenth by name, not by the hidden digits, as the ranking card says', () => {
    const values = (bump: number) =>
      Object.fromEntries(SCORE_FACTORS.map((f, i) => [f, i === 0 ? 0.5 + bump : 0.5])) as Record<(typeof SCORE_FACTORS)[number], number>;
    // Bravo is a hair ahead, by far less than the tenth the card shows.
    const matrix = buildFactorMatrix([
      { id: 'b', name: 'Bravo IR', values: values(0.0001) },
      { id: 'a', name: 'Alpha IR', values: values(0) },
      { id: 'c', name: 'Charlie IR', values: values(-0.2) },
    ]);
    const scores = new Float64Array(3);
    const order = new Uint32Array(3);
    rankRows(matrix, weightVector(DEFAULT_WEIGHTS), scores, order);
    expect(Array.from(order, (row) => matrix.ids[row])).toEqual(['a', 'b', 'c']);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    // The scores sorted are the very totals the card shows.
    expect(scores[1]).toBe(scoreFactorValues(values(0), DEFAULT_WEIGHTS).total);
  });
});
