import { describe, expect, it } from 'vitest';
import {
  buildInterviewSheet,
  interviewSheetProgress,
  interviewSheetSections,
  interviewSheetToMarkdown,
  questionsFromUnknowns,
} from '../../../shared/programs/interview-questions';
import { QUESTION_BANK, RESIDENT_RED_FLAG_CHECKLIST } from '../../../shared/programs/question-bank';
import type { InterviewAnswer } from '../../../shared/programs/program-schema';
import { figure, makeProgram } from './program-fixture';

const answer = (questionId: string, clarity: InterviewAnswer['clarity']): InterviewAnswer => ({
  questionId,
  answer: 'About 1,800 by graduation',
  answeredBy: 'faculty',
  clarity,
  date: '2026-02-01',
});

describe('question bank', () => {
  it('has unique ids and covers faculty and resident themes', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const themes = new Set(QUESTION_BANK.map((q) => q.theme));
    for (const theme of [
      'graduation-numbers',
      'resident-share',
      'autonomy-timeline',
      'advanced-exposure',
      'daily-volume',
      'recent-shortfalls',
      'case-log-review',
      'hands-on',
      'wish-more',
      'fellow-competition',
      'independent-call',
    ] as const) {
      expect(themes).toContain(theme);
    }
  });
});

describe('questionsFromUnknowns', () => {
  const departmentalOnly = () =>
    makeProgram('Department only', (p) => {
      p.volumeFigures = [figure('departmental-annual', 12_000)];
    });

  it('asks for resident totals when only a departmental figure is known', () => {
    const question = questionsFromUnknowns(departmentalOnly()).find((q) => q.question.id === 'faculty-graduation-total');
    expect(question?.reason).toMatch(/only have a departmental figure/);
  });

  it('drops the question after a specific answer, but keeps it after a vague one', () => {
    const vague = departmentalOnly();
    vague.answers = [answer('faculty-graduation-total', 'vague')];
    expect(questionsFromUnknowns(vague).map((q) => q.question.id)).toContain('faculty-graduation-total');

    const specific = departmentalOnly();
    specific.answers = [answer('faculty-graduation-total', 'specific')];
    expect(questionsFromUnknowns(specific).map((q) => q.question.id)).not.toContain('faculty-graduation-total');
  });

  it('asks again about a low-confidence figure', () => {
    const program = makeProgram('Rumour', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 1600, { confidence: 'low' })];
    });
    const question = questionsFromUnknowns(program).find((q) => q.question.id === 'faculty-graduation-total');
    expect(question?.reason).toMatch(/low confidence/);
  });

  it('asks again about an old figure when today is given', () => {
    const program = makeProgram('Old', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 1600, { learnedOn: '2023-01-01' })];
    });
    expect(questionsFromUnknowns(program).map((q) => q.question.id)).not.toContain('faculty-graduation-total');
    const stale = questionsFromUnknowns(program, { asOf: '2026-03-01' });
    expect(stale.find((q) => q.question.id === 'faculty-graduation-total')?.reason).toMatch(/two years/);
  });
});

describe('buildInterviewSheet', () => {
  it('puts gap questions first, then every other bank question once, with answers attached', () => {
    const program = makeProgram('Sheet', (p) => {
      p.volumeFigures = [figure('departmental-annual', 12_000)];
      p.answers = [answer('faculty-case-log-review', 'specific'), answer('faculty-graduation-total', 'vague')];
      p.residentChecklist = [{ itemId: 'slow-days', answer: 'yes', note: '' }];
    });
    const sheet = buildInterviewSheet(program);
    const firstStandard = sheet.items.findIndex((i) => i.origin === 'standard');
    expect(sheet.items.slice(0, firstStandard).every((i) => i.origin === 'unknown')).toBe(true);
    expect(sheet.items.slice(firstStandard).every((i) => i.origin === 'standard')).toBe(true);
    expect(new Set(sheet.items.map((i) => i.question.id)).size).toBe(QUESTION_BANK.length);

    const total = sheet.items.find((i) => i.question.id === 'faculty-graduation-total');
    expect(total).toMatchObject({ origin: 'unknown', status: 'ask-again', answer: { clarity: 'vague' } });
    expect(sheet.items.find((i) => i.question.id === 'faculty-case-log-review')).toMatchObject({ status: 'answered' });
    expect(sheet.checklist).toHaveLength(RESIDENT_RED_FLAG_CHECKLIST.length);
    expect(sheet.checklist.find((c) => c.item.id === 'slow-days')?.answer?.answer).toBe('yes');
  });

  it('renders a one-page Markdown sheet', () => {
    const program = makeProgram('Lakeside IR', (p) => {
      p.institution = 'Lakeside Health';
      p.city = 'Cleveland';
      p.state = 'OH';
      p.volumeFigures = [figure('departmental-annual', 12_000)];
      p.answers = [answer('faculty-graduation-total', 'vague')];
    });
    const markdown = interviewSheetToMarkdown(program, buildInterviewSheet(program));
    expect(markdown).toMatch(/^# Interview sheet: Lakeside IR/);
    expect(markdown).toContain('Lakeside Health — Cleveland, OH');
    expect(markdown).toContain('## Fill these gaps first');
    expect(markdown).toContain('## For current residents');
    expect(markdown).toContain('## Warning signs to check with residents');
    expect(markdown).toContain('Why: You only have a departmental figure');
    expect(markdown).toContain('◐ Vague — ask again (faculty, 2026-02-01): About 1,800 by graduation');
    expect(markdown.split('\n').length).toBeLessThan(80);
  });

  it('counts only specific answers as answered; vague and evasive ones stay open to ask again', () => {
    const program = makeProgram('Open answers', (p) => {
      p.answers = [
        answer('faculty-case-log-review', 'specific'),
        answer('faculty-img-history', 'vague'),
        answer('resident-wish-more', 'evasive'),
      ];
    });
    const sheet = buildInterviewSheet(program);
    expect(interviewSheetProgress(sheet)).toEqual({ answered: 1, askAgain: 2, total: QUESTION_BANK.length });
    const status = (id: string) => sheet.items.find((i) => i.question.id === id)?.status;
    expect(status('faculty-case-log-review')).toBe('answered');
    expect(status('faculty-img-history')).toBe('ask-again');
    expect(status('resident-wish-more')).toBe('ask-again');
    expect(status('faculty-per-year')).toBe('open');
  });

  it('ticks only specific answers in Markdown and gives every question its listen-for hint', () => {
    const program = makeProgram('Ticks', (p) => {
      p.answers = [answer('faculty-case-log-review', 'specific'), answer('faculty-img-history', 'evasive')];
    });
    const markdown = interviewSheetToMarkdown(program, buildInterviewSheet(program));
    const ticked = markdown.split('\n').filter((line) => line.startsWith('- [x]'));
    expect(ticked).toEqual(['- [x] Who looks over resident case logs, and how often, to spot gaps early?']);
    expect(markdown).toContain('- [ ] Have graduates of international medical schools interviewed or matched here in recent cycles?');
    expect(markdown).toContain('  - ◐ Evasive — ask again (faculty, 2026-02-01): About 1,800 by graduation');
    expect(markdown).toContain('  - Answered · specific (faculty, 2026-02-01): About 1,800 by graduation');
    for (const question of QUESTION_BANK) expect(markdown).toContain(`  - Listen for: ${question.listenFor}`);
  });

  it('escapes Markdown marks in the applicant’s words, so names and answers read as typed', () => {
    const program = makeProgram('*Star* IR_program', (p) => {
      p.institution = '1. Health';
      p.answers = [{ ...answer('faculty-case-log-review', 'specific'), answer: '# Yearly\n- by the *PD*' }];
    });
    const markdown = interviewSheetToMarkdown(program, buildInterviewSheet(program));
    expect(markdown).toMatch(/^# Interview sheet: \\\*Star\\\* IR\\_program\n/);
    expect(markdown).toContain('\n1\\. Health\n');
    expect(markdown).toContain('  - Answered · specific (faculty, 2026-02-01): \\# Yearly - by the \\*PD\\*\n');
    // The sheet's own marks still work.
    expect(markdown).toContain('- [x] Who looks over resident case logs, and how often, to spot gaps early?');
  });

  it('groups the sheet the same way for every view: gaps, faculty, residents, empty groups left out', () => {
    const sheet = buildInterviewSheet(makeProgram('Groups'));
    const sections = interviewSheetSections(sheet);
    expect(sections.map((s) => s.title).slice(-2)).toEqual(['For faculty', 'For current residents']);
    expect(sections.flatMap((s) => s.items)).toHaveLength(sheet.items.length);
    expect(sections.every((s) => s.items.length > 0)).toBe(true);
  });
});
