import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InterviewAnswer } from '../../../shared/programs/program-schema';
import { QUESTION_BANK } from '../../../shared/programs/question-bank';
import { InterviewSheetPanel } from '../../../renderer/src/pages/programs/InterviewSheetPanel';
import { PrintableSheet } from '../../../renderer/src/pages/programs/PrintableSheet';
import { makeProgram } from '../../unit/programs/program-fixture';
import { render } from '../render';

const CASE_LOG = 'Who looks over resident case logs, and how often, to spot gaps early?';
const IMG = 'Have graduates of international medical schools interviewed or matched here in recent cycles?';
const WISH = 'What would you want to have done more of before you graduate?';

const answer = (questionId: string, clarity: InterviewAnswer['clarity'], text: string): InterviewAnswer => ({
  questionId,
  answer: text,
  answeredBy: 'faculty',
  clarity,
  date: '2026-02-01',
});

const program = makeProgram('Lakeshore IR', (p) => {
  p.answers = [
    answer('faculty-case-log-review', 'specific', 'The APD reviews logs every quarter'),
    answer('faculty-img-history', 'vague', 'Some, now and then'),
    answer('resident-wish-more', 'evasive', 'Changed the subject'),
  ];
});

describe('InterviewSheetPanel', () => {
  it('counts only the specific answer as answered and shows vague or evasive ones as open, to ask again', () => {
    render(<InterviewSheetPanel program={program} onSave={async () => {}} onPrint={() => {}} />);
    expect(screen.getByText(`1 of ${QUESTION_BANK.length} questions answered · 2 to ask again`)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: CASE_LOG })).toHaveTextContent('Answered · specific');
    expect(screen.getByRole('article', { name: IMG })).toHaveTextContent('◐ Vague — ask again');
    expect(screen.getByRole('article', { name: WISH })).toHaveTextContent('◐ Evasive — ask again');
  });

  it('leaves the ask-again count out while nothing needs asking again', () => {
    render(<InterviewSheetPanel program={makeProgram('Fresh')} onSave={async () => {}} onPrint={() => {}} />);
    expect(screen.getByText(`0 of ${QUESTION_BANK.length} questions answered`)).toBeInTheDocument();
  });
});

describe('PrintableSheet', () => {
  const renderSheet = () => render(<PrintableSheet program={program} opened onClose={() => {}} />);
  const item = (text: string) => screen.getAllByRole('listitem').find((li) => li.textContent?.includes(text))!;

  it('ticks only the specific answer and marks vague or evasive ones to ask again', () => {
    renderSheet();
    expect(item(CASE_LOG)).toHaveTextContent(/^☒ /);
    expect(item(CASE_LOG)).toHaveTextContent('Answered · specific (faculty, 2026-02-01): The APD reviews logs every quarter');
    expect(item(IMG)).toHaveTextContent(/^☐ /);
    expect(item(IMG)).toHaveTextContent('◐ Vague — ask again (faculty, 2026-02-01): Some, now and then');
    expect(item(WISH)).toHaveTextContent('◐ Evasive — ask again (faculty, 2026-02-01): Changed the subject');
  });

  it('gives every question its listen-for hint', () => {
    renderSheet();
    for (const question of QUESTION_BANK) {
      expect(within(item(question.text)).getByText(`Listen for: ${question.listenFor}`)).toBeInTheDocument();
    }
  });

  it('shows the box as the only marker: the lists draw no bullets of their own', () => {
    renderSheet();
    const lists = screen.getAllByRole('list');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toHaveStyle({ listStyleType: 'none' });
  });
});
