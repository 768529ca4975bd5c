import { describe, expect, it } from 'vitest';
import { programToDraft, withAnswer, withChecklistAnswer, withStatus, withoutAnswer } from '../../../shared/programs/program-draft';
import { programDraftSchema, type InterviewAnswer } from '../../../shared/programs/program-schema';
import { figure, makeProgram } from './program-fixture';

const answer = (clarity: InterviewAnswer['clarity'], text = 'About 1,800'): InterviewAnswer => ({
  questionId: 'faculty-graduation-total',
  answer: text,
  answeredBy: 'faculty',
  clarity,
  date: '2026-02-01',
});

describe('programToDraft', () => {
  it('drops the program and figure ids and passes the draft schema', () => {
    const program = makeProgram('Lakeside', (p) => {
      p.volumeFigures = [figure('departmental-annual', 9000)];
    });
    const draft = programToDraft(program);
    expect(draft).not.toHaveProperty('id');
    expect(draft.volumeFigures[0]).not.toHaveProperty('id');
    expect(draft.volumeFigures[0]?.value).toBe(9000);
    expect(programDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('answers and checklist', () => {
  it('keeps one answer per question, the latest recorded', () => {
    const draft = programToDraft(makeProgram('Lakeside'));
    const twice = withAnswer(withAnswer(draft, answer('vague', 'Lots')), answer('specific'));
    expect(twice.answers).toEqual([answer('specific')]);
    expect(withoutAnswer(twice, 'faculty-graduation-total').answers).toEqual([]);
  });

  it('keeps one checklist answer per item', () => {
    const draft = programToDraft(makeProgram('Lakeside'));
    const next = withChecklistAnswer(
      withChecklistAnswer(draft, { itemId: 'slow-days', answer: 'unsure', note: '' }),
      { itemId: 'slow-days', answer: 'yes', note: 'Two residents said so' },
    );
    expect(next.residentChecklist).toEqual([{ itemId: 'slow-days', answer: 'yes', note: 'Two residents said so' }]);
    expect(programDraftSchema.safeParse(next).success).toBe(true);
  });
});

describe('withStatus', () => {
  it('appends a dated entry when the status changes, and nothing when it does not', () => {
    const draft = withStatus(programToDraft(makeProgram('Lakeside')), 'researching', '2026-01-02');
    expect(draft.statusHistory).toEqual([{ status: 'researching', date: '2026-01-02' }]);
    expect(withStatus(draft, 'researching', '2026-01-05')).toBe(draft);
    const applied = withStatus(draft, 'applied', '2026-01-09');
    expect(applied.status).toBe('applied');
    expect(applied.statusHistory.at(-1)).toEqual({ status: 'applied', date: '2026-01-09' });
  });
});
