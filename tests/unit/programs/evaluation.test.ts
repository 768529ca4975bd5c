import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { GREEN_FLAG_REASONS, RED_FLAG_REASONS } from '../../../shared/programs/flags';
import { dominantProgram, figure, makeProgram } from './program-fixture';

const redIds = (p: ReturnType<typeof makeProgram>) => evaluateProgram(p).flags.red.map((f) => f.id);
const greenIds = (p: ReturnType<typeof makeProgram>) => evaluateProgram(p).flags.green.map((f) => f.id);

describe('evaluateProgram', () => {
  it('treats a department-only number as service volume and lists the gap', () => {
    const program = makeProgram('Service only', (p) => {
      p.volumeFigures = [figure('departmental-annual', 10_000)];
    });
    const evaluation = evaluateProgram(program);
    expect(evaluation.caseVolume).toEqual({ level: 'unknown', basis: 'service-only', perYearLevel: 'unknown' });
    expect(evaluation.flags.red.map((f) => f.id)).toContain('service-volume-only');
    expect(evaluation.unknowns.find((u) => u.id === 'resident-total')?.reason).toMatch(/only have a departmental/);
    expect(evaluation.unknowns.map((u) => u.id)).toContain('trainee-share');
    expect(evaluation.estimate).toBeNull();
  });

  it('estimates per-learner volume once the share and learners are known', () => {
    const program = makeProgram('Estimated', (p) => {
      p.volumeFigures = [figure('departmental-annual', 9000)];
      p.traineeSharePercent = 40;
      p.competingLearners = { irResidentsPerClass: 2, independentFellows: 2, esirResidents: 0, apps: 4 };
    });
    expect(evaluateProgram(program).estimate).toMatchObject({ perLearnerAnnual: 600, label: 'estimate' });
  });

  it('boosts advanced coverage from the institution, without overriding a stated "none"', () => {
    const program = makeProgram('Context', (p) => {
      p.institutionalContext.level1Trauma = true;
      p.institutionalContext.nciCancerCenter = true;
      p.institutionalContext.transplantCenter = true;
      p.caseMix.arterial = 'unknown';
      p.caseMix.oncologic = 'some';
      p.caseMix['portal-hepatic'] = 'none';
    });
    const advanced = evaluateProgram(program).caseMix.advanced;
    expect(advanced.find((a) => a.category === 'arterial')).toMatchObject({ effective: 'some', boostedBy: 'level1-trauma' });
    expect(advanced.find((a) => a.category === 'oncologic')).toMatchObject({ effective: 'strong', boostedBy: 'nci-cancer-center' });
    expect(advanced.find((a) => a.category === 'portal-hepatic')).toMatchObject({ effective: 'none', boostedBy: null });
  });

  it('reads competition as others per senior resident', () => {
    const at = (fellows: number, apps: number) =>
      evaluateProgram(
        makeProgram('C', (p) => {
          p.competingLearners = { irResidentsPerClass: 1, independentFellows: fellows, esirResidents: 0, apps };
        }),
      ).competition.level;
    expect(at(1, 0)).toBe('low');
    expect(at(1, 1)).toBe('moderate');
    expect(at(2, 2)).toBe('heavy');
    expect(evaluateProgram(makeProgram('Unknown')).competition.level).toBe('unknown');
  });
});

describe('flags', () => {
  it('raises each red flag from its facts', () => {
    expect(redIds(makeProgram('Low', (p) => (p.volumeFigures = [figure('resident-graduation-total', 850)])))).toContain(
      'below-floor',
    );
    const crowded = makeProgram('Crowded', (p) => {
      p.competingLearners = { irResidentsPerClass: 1, independentFellows: 3, esirResidents: 0, apps: 4 };
    });
    expect(redIds(crowded)).toEqual(expect.arrayContaining(['heavy-fellow-competition', 'heavy-app-competition']));
    expect(redIds(makeProgram('Assist', (p) => (p.autonomy.residentsOnlyAssistAdvanced = true)))).toContain(
      'residents-assist-only',
    );
    expect(redIds(makeProgram('Slow', (p) => (p.serviceSlow = true)))).toContain('slow-service');
    const routine = makeProgram('Routine', (p) => {
      p.caseMix = { ...p.caseMix, arterial: 'none', 'portal-hepatic': 'none', oncologic: 'none', venous: 'none' };
    });
    expect(redIds(routine)).toContain('no-advanced-case-mix');
  });

  it('takes red flags from the residents’ checklist too', () => {
    const program = makeProgram('Checklist', (p) => {
      p.residentChecklist = [
        { itemId: 'only-assist-advanced', answer: 'yes', note: '' },
        { itemId: 'slow-days', answer: 'yes', note: '' },
        { itemId: 'technician-not-learner', answer: 'yes', note: '' },
        { itemId: 'leave-without-complex', answer: 'no', note: '' },
      ];
    });
    expect(redIds(program)).toEqual(['residents-assist-only', 'slow-service', 'residents-as-technicians']);
  });

  it('turns vague and evasive answers into red flags', () => {
    const program = makeProgram('Dodgy', (p) => {
      const numberQuestions = ['faculty-graduation-total', 'faculty-per-year', 'faculty-resident-share'];
      p.answers = (['vague', 'vague', 'evasive'] as const).map((clarity, i) => ({
        questionId: numberQuestions[i]!,
        answer: '',
        answeredBy: 'faculty',
        clarity,
        date: '2026-01-01',
      }));
    });
    expect(redIds(program)).toEqual(expect.arrayContaining(['vague-answers', 'evasive-answers']));
    expect(evaluateProgram(program).transparency.level).toBe('evasive');
  });

  it('gives a program strong on everything every green flag and no red one', () => {
    const program = dominantProgram();
    expect(redIds(program)).toEqual([]);
    expect(greenIds(program)).toEqual(Object.keys(GREEN_FLAG_REASONS));
  });

  it('has a one-line reason for every flag', () => {
    for (const reason of [...Object.values(RED_FLAG_REASONS), ...Object.values(GREEN_FLAG_REASONS)]) {
      expect(reason).not.toMatch(/\n/);
      expect(reason.length).toBeGreaterThan(10);
    }
  });
});
