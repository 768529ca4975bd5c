import { describe, expect, it } from 'vitest';
import {
  PLAUSIBLE_GRADUATION_TOTAL_UP_TO,
  PLAUSIBLE_PER_CORE_YEAR_UP_TO,
  classifyCaseVolume,
} from '../../../shared/programs/case-volume';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { questionsFromUnknowns } from '../../../shared/programs/interview-questions';
import { programSchema, type Program } from '../../../shared/programs/program-schema';
import { programListSummary } from '../../../shared/programs/program-summary';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { UNKNOWN_FACTOR_VALUE, factorReadings, rankPrograms } from '../../../shared/programs/scoring';
import { figure, makeProgram } from './program-fixture';

const ids = (flags: { id: string }[]) => flags.map((f) => f.id);
const withFigures = (name: string, figures: Program['volumeFigures']) => makeProgram(name, (p) => (p.volumeFigures = figures));

describe('figures too large to be believed', () => {
  it('sets aside a graduation total past the ceiling: no level, no green flag, a question', () => {
    const program = withFigures('Typo', [figure('resident-graduation-total', 1_000_000)]);
    const evaluation = evaluateProgram(program);
    expect(evaluation.caseVolume).toEqual({
      level: 'unknown',
      basis: 'resident',
      perYearLevel: 'unknown',
      doubts: ['total-beyond-ceiling'],
    });
    expect(ids(evaluation.flags.green)).not.toContain('strong-resident-volume');
    expect(programListSummary(program).volume).toEqual({ label: 'Doubtful figure', tone: 'warning' });
    const question = questionsFromUnknowns(program).find((q) => q.question.id === 'faculty-graduation-total');
    expect(question?.reason).toMatch(/^Your graduation total is hard to believe: 1,000,000 procedures by graduation is far more/);
    expect(factorReadings(evaluation, 'undecided').values.residentVolume).toBeNull();
  });

  it('does not rank a doubtful total above believable ones', () => {
    const ranked = rankPrograms(
      [withFigures('Million', [figure('resident-graduation-total', 1_000_000)]), withFigures('Real', [figure('resident-graduation-total', 1800)])],
      DEFAULT_WEIGHTS,
      'undecided',
    );
    expect(ranked.map((r) => r.program.name)).toEqual(['Real', 'Million']);
  });

  it('draws the ceilings at three times the top of each usual band', () => {
    expect(PLAUSIBLE_GRADUATION_TOTAL_UP_TO).toBe(7500);
    expect(PLAUSIBLE_PER_CORE_YEAR_UP_TO).toBe(1200);
    expect(classifyCaseVolume({ graduateTotal: 7500 }).level).toBe('strong');
    expect(classifyCaseVolume({ graduateTotal: 7501 }).doubts).toEqual(['total-beyond-ceiling']);
    expect(classifyCaseVolume({ perCoreIrYear: 1200 }).perYearLevel).toBe('high');
    expect(classifyCaseVolume({ perCoreIrYear: 1201 })).toEqual({
      level: 'unknown',
      basis: 'resident',
      perYearLevel: 'unknown',
      doubts: ['per-year-beyond-ceiling'],
    });
  });

  it('keeps reading a believable total when only the per-year figure is doubtful', () => {
    const volume = classifyCaseVolume({ graduateTotal: 1800, perCoreIrYear: 5000 });
    expect(volume).toMatchObject({ level: 'strong', perYearLevel: 'unknown', doubts: ['per-year-beyond-ceiling'] });
    const program = withFigures('Half typo', [figure('resident-graduation-total', 1800), figure('resident-per-core-year', 5000)]);
    expect(programListSummary(program).volume.label).toBe('Strong (resident-level)');
    expect(evaluateProgram(program).unknowns.find((u) => u.id === 'per-year-volume')?.reason).toMatch(/hard to believe/);
  });

  it('doubts a total above half of what the department does in five years', () => {
    // 400 a year for five years is 2,000; half of that is 1,000.
    expect(classifyCaseVolume({ graduateTotal: 1000, departmentalAnnual: 400 }).doubts).toBeUndefined();
    expect(classifyCaseVolume({ graduateTotal: 1001, departmentalAnnual: 400 })).toMatchObject({
      level: 'unknown',
      doubts: ['total-near-department'],
    });
  });
});

describe('resident figures reaching the whole department', () => {
  it('counts a total equal to five years of the department as a contradiction', () => {
    const program = withFigures('Every case', [figure('resident-graduation-total', 2000), figure('departmental-annual', 400)]);
    const evaluation = evaluateProgram(program);
    expect(evaluation.caseVolume.mismatches).toEqual(['total-above-department']);
    expect(evaluation.flags.red.find((f) => f.id === 'volume-figures-disagree')?.reason).toMatch(
      /2,000 procedures by graduation, as many as the whole department does in 5 years \(2,000 at 400 a year\)/,
    );
    expect(ids(evaluation.flags.green)).not.toContain('strong-resident-volume');
  });

  it('treats zero against zero as no contradiction', () => {
    expect(classifyCaseVolume({ graduateTotal: 0, perCoreIrYear: 0, departmentalAnnual: 0 }).mismatches).toBeUndefined();
  });
});

describe('a figure marked low confidence', () => {
  const rumour = () => withFigures('Rumour', [figure('resident-graduation-total', 1800, { confidence: 'low' })]);
  const stated = () => withFigures('Stated', [figure('resident-graduation-total', 1800, { confidence: 'high' })]);

  it('says "unconfirmed" and earns no green flag', () => {
    const evaluation = evaluateProgram(rumour());
    expect(evaluation.caseVolume).toMatchObject({ level: 'strong', unconfirmed: true });
    expect(programListSummary(rumour()).volume).toEqual({ label: 'Strong (resident-level, unconfirmed)', tone: 'fair' });
    expect(ids(evaluation.flags.green)).not.toContain('strong-resident-volume');
  });

  it('counts halfway between its value and unknown, and says why', () => {
    const full = factorReadings(evaluateProgram(stated()), 'undecided').values.residentVolume!;
    const { values, notes } = factorReadings(evaluateProgram(rumour()), 'undecided');
    expect(values.residentVolume).toBeCloseTo(UNKNOWN_FACTOR_VALUE + (full - UNKNOWN_FACTOR_VALUE) / 2, 10);
    expect(notes.residentVolume).toMatch(/^Unconfirmed/);
  });

  it('still raises a low figure as a warning sign, marked unconfirmed', () => {
    const program = withFigures('Low rumour', [figure('resident-graduation-total', 700, { confidence: 'low' })]);
    expect(evaluateProgram(program).flags.red.find((f) => f.id === 'below-floor')?.reason).toMatch(/unconfirmed/);
    expect(programListSummary(program).volume.label).toBe('Below the floor (resident-level, unconfirmed)');
  });

  it('marks a per-year figure the same way', () => {
    const program = withFigures('Per-year rumour', [figure('resident-per-core-year', 300, { confidence: 'low' })]);
    expect(programListSummary(program).volume.label).toBe('Per-year figure only (busy, unconfirmed)');
  });

  it('is still stored and loads', () => {
    expect(programSchema.safeParse(rumour()).success).toBe(true);
  });
});

describe('near the floor', () => {
  it('reads 999 and 1,000 alike, with no red flag and a warning tone', () => {
    for (const total of [999, 1000]) {
      const program = withFigures(`Near ${total}`, [figure('resident-graduation-total', total)]);
      expect(programListSummary(program).volume).toEqual({ label: 'Near the floor (resident-level)', tone: 'warning' });
      expect(ids(evaluateProgram(program).flags.red)).not.toContain('below-floor');
    }
  });
});
