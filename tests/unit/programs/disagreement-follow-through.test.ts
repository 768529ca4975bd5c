import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { factorReadings, UNKNOWN_FACTOR_VALUE } from '../../../shared/programs/factor-values';
import { buildInterviewSheet, questionsFromUnknowns } from '../../../shared/programs/interview-questions';
import { programListSummary, volumeReading } from '../../../shared/programs/program-summary';
import type { InterviewAnswer, Program } from '../../../shared/programs/program-schema';
import { bankQuestion } from '../../../shared/programs/question-bank';
import { graduationTotalValue } from '../../../shared/programs/volume-scale';
import { figure, makeProgram } from './program-fixture';

const asOf = '2026-11-28';
// A PD's clear figure last year, a resident's much lower one this autumn.
const faculty = () => figure('resident-graduation-total', 1800, { source: 'faculty-interview', confidence: 'high', learnedOn: '2025-01-15' });
const resident = () => figure('resident-graduation-total', 700, { source: 'resident-interview', confidence: 'medium', learnedOn: '2026-10-02' });
const disputedTotal = () => makeProgram('St. Brigid’s', (p) => (p.volumeFigures = [faculty(), resident()]));
const settledTotal = () => makeProgram('St. Brigid’s', (p) => (p.volumeFigures = [faculty()]));

const answer = (questionId: string, date: string, clarity: InterviewAnswer['clarity'] = 'specific'): InterviewAnswer => ({
  questionId,
  answer: 'About 1,800 by graduation',
  answeredBy: 'faculty',
  clarity,
  date,
});

const withAnswers = (program: Program, answers: InterviewAnswer[]) => ({ ...program, answers });

describe('the volume reading when two figures of one kind disagree', () => {
  it('says so beside a strong total and takes away its green', () => {
    expect(programListSummary(disputedTotal(), { asOf }).volume).toEqual({ label: 'Strong (resident-level, figures disagree)', tone: 'fair' });
    expect(programListSummary(settledTotal(), { asOf }).volume).toEqual({ label: 'Strong (resident-level)', tone: 'good' });
  });

  it('names both reasons when the figure in use is also unconfirmed, and keeps a weak level’s own tone', () => {
    const disputed = [{ kind: 'resident-graduation-total' as const }];
    expect(volumeReading({ level: 'strong', basis: 'resident', perYearLevel: 'unknown', unconfirmed: true }, disputed)).toEqual({
      label: 'Strong (resident-level, unconfirmed, figures disagree)',
      tone: 'fair',
    });
    expect(volumeReading({ level: 'below-floor', basis: 'resident', perYearLevel: 'unknown' }, disputed)).toEqual({
      label: 'Below the floor (resident-level, figures disagree)',
      tone: 'bad',
    });
  });

  it('marks a per-year reading and a service-only reading whose figures disagree', () => {
    expect(
      volumeReading({ level: 'unknown', basis: 'resident', perYearLevel: 'busy' }, [{ kind: 'resident-per-core-year' }]).label,
    ).toBe('Per-year figure only (busy, figures disagree)');
    expect(
      volumeReading({ level: 'unknown', basis: 'service-only', perYearLevel: 'unknown' }, [{ kind: 'departmental-annual' }]).label,
    ).toBe('Service volume only (figures disagree)');
  });

  it('leaves the total’s reading alone when only the departmental figures disagree', () => {
    expect(volumeReading({ level: 'strong', basis: 'resident', perYearLevel: 'unknown' }, [{ kind: 'departmental-annual' }])).toEqual({
      label: 'Strong (resident-level)',
      tone: 'good',
    });
  });
});

describe('the ranking’s volume factor when two figures of one kind disagree', () => {
  it('counts a disputed total halfway toward unknown and says why', () => {
    const full = graduationTotalValue(1800);
    const readings = factorReadings(evaluateProgram(disputedTotal(), { asOf }), 'undecided');
    expect(readings.values.residentVolume).toBeCloseTo(UNKNOWN_FACTOR_VALUE + (full - UNKNOWN_FACTOR_VALUE) / 2);
    expect(readings.notes.residentVolume).toBe('Another figure of the same kind disagrees, so it counts halfway toward unknown.');
  });

  it('counts an undisputed total fully, with nothing to explain', () => {
    const readings = factorReadings(evaluateProgram(settledTotal(), { asOf }), 'undecided');
    expect(readings.values.residentVolume).toBe(graduationTotalValue(1800));
    expect(readings.notes.residentVolume).toBeUndefined();
  });

  it('pulls a disputed, unconfirmed figure halfway once, naming both reasons', () => {
    const program = makeProgram('Rumours', (p) => {
      p.volumeFigures = [
        figure('resident-graduation-total', 1800, { confidence: 'low', learnedOn: '2026-03-01' }),
        figure('resident-graduation-total', 700, { confidence: 'low', learnedOn: '2026-01-01' }),
      ];
    });
    const readings = factorReadings(evaluateProgram(program, { asOf }), 'undecided');
    expect(readings.values.residentVolume).toBeCloseTo(UNKNOWN_FACTOR_VALUE + (graduationTotalValue(1800) - UNKNOWN_FACTOR_VALUE) / 2);
    expect(readings.notes.residentVolume).toBe(
      'Unconfirmed (marked low confidence), and another figure of the same kind disagrees, so it counts halfway toward unknown.',
    );
  });
});

describe('the disagreement question after the graduation total was answered', () => {
  const totalQuestion = (program: Program) => questionsFromUnknowns(program, { asOf }).find((q) => q.unknownId === 'resident-total');

  it('stays when the disputing figure was noted after the specific answer, and the sheet asks again', () => {
    const program = withAnswers(disputedTotal(), [answer('faculty-graduation-total', '2025-01-15')]);
    expect(totalQuestion(program)?.reason).toMatch(/: which is right for the current class\?$/);
    const item = buildInterviewSheet(program, { asOf }).items.find((i) => i.question.id === 'faculty-graduation-total');
    expect(item).toMatchObject({ origin: 'unknown', status: 'ask-again' });
  });

  it('goes once it was answered specifically after both figures were noted', () => {
    const program = withAnswers(disputedTotal(), [answer('faculty-graduation-total', '2025-01-15'), answer('faculty-graduation-total', '2026-11-01')]);
    expect(totalQuestion(program)).toBeUndefined();
    const item = buildInterviewSheet(program, { asOf }).items.find((i) => i.question.id === 'faculty-graduation-total');
    expect(item).toMatchObject({ origin: 'standard', status: 'answered' });
  });

  it('does not count a later vague answer as settling it', () => {
    const program = withAnswers(disputedTotal(), [answer('faculty-graduation-total', '2025-01-15'), answer('faculty-graduation-total', '2026-11-01', 'vague')]);
    expect(totalQuestion(program)).toBeDefined();
  });
});

describe('two departmental figures that disagree', () => {
  const program = () =>
    makeProgram('Big service', (p) => {
      p.volumeFigures = [
        figure('departmental-annual', 4000, { source: 'program-website', learnedOn: '2025-06-01' }),
        figure('departmental-annual', 9000, { source: 'faculty-interview', confidence: 'high', learnedOn: '2026-10-02' }),
      ];
    });

  it('raise a question about the service’s yearly total, saying who gave which figure', () => {
    const question = questionsFromUnknowns(program(), { asOf }).find((q) => q.unknownId === 'departmental-volume');
    expect(question?.question.id).toBe('faculty-service-volume');
    expect(question?.question.text).toBe('About how many procedures does the whole IR service do in a year now?');
    expect(question?.reason).toBe(
      'Faculty said about 9,000 a year for the whole service (noted 2026-10-02), the program website gave about 4,000 (noted 2025-06-01): which is right for the service now?',
    );
    expect(programListSummary(program(), { asOf }).volume.label).toBe('Service volume only (figures disagree)');
  });

  it('put it first on the interview sheet, and leave it off a sheet whose figures agree', () => {
    const sheet = buildInterviewSheet(program(), { asOf });
    expect(sheet.items.filter((i) => i.question.id === 'faculty-service-volume').map((i) => i.origin)).toEqual(['unknown']);
    const agreeing = makeProgram('Agree', (p) => (p.volumeFigures = [figure('departmental-annual', 4000)]));
    expect(buildInterviewSheet(agreeing, { asOf }).items.map((i) => i.question.id)).not.toContain('faculty-service-volume');
  });

  it('is found by its id like every bank question', () => {
    expect(bankQuestion('faculty-service-volume')?.audience).toBe('faculty');
  });
});
