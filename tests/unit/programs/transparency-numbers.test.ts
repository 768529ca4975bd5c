import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import type { InterviewAnswer } from '../../../shared/programs/program-schema';
import { transparencyReading } from '../../../shared/programs/transparency';
import { makeProgram } from './program-fixture';

const answer = (
  questionId: string,
  clarity: InterviewAnswer['clarity'],
  answeredBy: InterviewAnswer['answeredBy'] = 'faculty',
): InterviewAnswer => ({ questionId, answer: '', answeredBy, clarity, date: '2026-01-20' });

const greenFlag = (answers: InterviewAnswer[]) =>
  evaluateProgram(makeProgram('Answers', (p) => (p.answers = answers))).flags.green.find((f) => f.id === 'specific-answers');

describe('being specific about numbers', () => {
  // The QA case: the one question about numbers was vague; two others were clear.
  const vagueAboutNumbers = [
    answer('faculty-graduation-total', 'vague'),
    answer('faculty-img-history', 'specific'),
    answer('faculty-case-log-review', 'specific'),
  ];

  it('gives no good sign and no "specific" reading when the answer about numbers was vague', () => {
    expect(greenFlag(vagueAboutNumbers)).toBeUndefined();
    expect(transparencyReading(vagueAboutNumbers)).toMatchObject({
      level: 'mixed',
      aboutNumbers: { answered: 1, specific: 0, vague: 1 },
      specificAboutNumbersBy: null,
    });
  });

  it('gives no good sign for clear answers that were not about numbers', () => {
    const notNumbers = [answer('faculty-img-history', 'specific'), answer('faculty-case-log-review', 'specific'), answer('faculty-case-mix', 'specific')];
    expect(greenFlag(notNumbers)).toBeUndefined();
    expect(transparencyReading(notNumbers).level).toBe('specific');
  });

  it('gives no good sign for a single clear number, nor when one of several was dodged', () => {
    expect(greenFlag([answer('faculty-graduation-total', 'specific')])).toBeUndefined();
    expect(
      greenFlag([answer('faculty-graduation-total', 'specific'), answer('faculty-per-year', 'specific'), answer('faculty-resident-share', 'evasive')]),
    ).toBeUndefined();
  });

  it('says only faculty gave the numbers when only faculty answered them', () => {
    const flag = greenFlag([answer('faculty-graduation-total', 'specific'), answer('faculty-per-year', 'specific'), answer('resident-hands-on', 'vague', 'resident')]);
    expect(flag?.reason).toBe('Faculty gave specific numbers without hesitating: 2 answers about case numbers, none vague or dodged.');
  });

  it('names residents, or both, by who actually answered the questions about numbers', () => {
    expect(greenFlag([answer('faculty-graduation-total', 'specific', 'resident'), answer('faculty-per-year', 'specific', 'resident')])?.reason).toBe(
      'Residents gave specific numbers without hesitating: 2 answers about case numbers, none vague or dodged.',
    );
    expect(
      greenFlag([answer('faculty-graduation-total', 'specific'), answer('faculty-per-year', 'specific', 'resident'), answer('faculty-daily-volume', 'specific')])
        ?.reason,
    ).toBe('Faculty and residents gave specific numbers without hesitating: 3 answers about case numbers, none vague or dodged.');
  });
});
