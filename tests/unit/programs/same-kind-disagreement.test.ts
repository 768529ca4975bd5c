import { describe, expect, it } from 'vitest';
import { bestVolumeFigures, figuresDisagree, sameKindDisagreements } from '../../../shared/programs/case-volume';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { questionsFromUnknowns } from '../../../shared/programs/interview-questions';
import { figure, makeProgram } from './program-fixture';

const asOf = '2026-11-28';
// The QA case: a PD's clear figure last year, a resident's lower one this autumn.
const faculty = () => figure('resident-graduation-total', 1800, { source: 'faculty-interview', confidence: 'high', learnedOn: '2025-01-15' });
const resident = () => figure('resident-graduation-total', 700, { source: 'resident-interview', confidence: 'medium', learnedOn: '2026-10-02' });

describe('figuresDisagree', () => {
  it('calls figures more than half again apart a disagreement, and closer ones not', () => {
    expect(figuresDisagree('resident-per-core-year', 200, 301)).toBe(true);
    expect(figuresDisagree('resident-per-core-year', 200, 300)).toBe(false);
    expect(figuresDisagree('departmental-annual', 0, 10)).toBe(true);
  });

  it('calls graduation totals on opposite sides of the floor a disagreement even when closer', () => {
    expect(figuresDisagree('resident-graduation-total', 850, 1150)).toBe(true);
    // Both near the floor's band: too close to call either way.
    expect(figuresDisagree('resident-graduation-total', 950, 1050)).toBe(false);
    expect(figuresDisagree('resident-graduation-total', 1600, 2200)).toBe(false);
  });
});

describe('two figures of one kind that disagree', () => {
  const program = () => makeProgram('St. Brigid’s', (p) => (p.volumeFigures = [faculty(), resident()]));

  it('keeps the trusted figure in use and reports the one that disagrees with it', () => {
    const p = program();
    const [used, other] = p.volumeFigures;
    expect(sameKindDisagreements(p, bestVolumeFigures(p, asOf))).toEqual([{ kind: 'resident-graduation-total', used, other }]);
  });

  it('raises no good sign for the strong total and a red flag with both numbers and who gave them', () => {
    const evaluation = evaluateProgram(program(), { asOf });
    expect(evaluation.caseVolume.level).toBe('strong');
    expect(evaluation.flags.green.map((f) => f.id)).not.toContain('strong-resident-volume');
    expect(evaluation.flags.red.find((f) => f.id === 'volume-figures-disagree')?.reason).toBe(
      'Your figures disagree: Faculty said about 1,800 by graduation (noted 2025-01-15), a resident said about 700 (noted 2026-10-02). Check which is right for the current class before trusting either.',
    );
  });

  it('puts the question on the interview sheet', () => {
    const question = questionsFromUnknowns(program(), { asOf }).find((q) => q.unknownId === 'resident-total');
    expect(question?.question.id).toBe('faculty-graduation-total');
    expect(question?.reason).toBe(
      'Faculty said about 1,800 by graduation (noted 2025-01-15), a resident said about 700 (noted 2026-10-02): which is right for the current class?',
    );
  });

  it('asks about per-year figures that disagree too', () => {
    const p = makeProgram('Per year', (q) => {
      q.volumeFigures = [
        figure('resident-per-core-year', 350, { source: 'faculty-interview', confidence: 'high' }),
        figure('resident-per-core-year', 150, { source: 'resident-interview' }),
      ];
    });
    const unknown = evaluateProgram(p, { asOf }).unknowns.find((u) => u.id === 'per-year-volume');
    expect(unknown?.reason).toMatch(/^Faculty said about 350 a core IR year .*, a resident said about 150 .*: which is right for the current class\?$/);
  });

  it('leaves figures that roughly agree alone: the good sign stands and nothing is asked', () => {
    const p = makeProgram('Agree', (q) => {
      q.volumeFigures = [faculty(), figure('resident-graduation-total', 1600, { source: 'resident-interview', learnedOn: '2026-10-02' })];
    });
    const evaluation = evaluateProgram(p, { asOf });
    expect(evaluation.volumeDisagreements).toEqual([]);
    expect(evaluation.flags.green.map((f) => f.id)).toContain('strong-resident-volume');
    expect(evaluation.flags.red.map((f) => f.id)).not.toContain('volume-figures-disagree');
  });
});
