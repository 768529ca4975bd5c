import { plural } from '../in-words';
import type { FlagId } from './flags';
import type { Program } from './program-schema';
import { bankQuestion, type QuestionTheme } from './question-bank';

/** Questions whose honest answer is a number; vagueness there is the red flag the guidance names. */
const NUMBER_THEMES: ReadonlySet<QuestionTheme> = new Set([
  'graduation-numbers',
  'per-year-numbers',
  'resident-share',
  'daily-volume',
  'recent-shortfalls',
]);

export function isQuestionAboutNumbers(questionId: string): boolean {
  const question = bankQuestion(questionId);
  return question !== undefined && NUMBER_THEMES.has(question.theme);
}

/** One unclear answer is an impression; a vague reading needs at least this many. */
export const VAGUE_PATTERN_FROM = 2;

export interface TransparencyReading {
  level: 'specific' | 'mixed' | 'vague' | 'evasive' | 'unknown';
  specific: number;
  vague: number;
  evasive: number;
  /** The same counts for questions about numbers (graduation totals, per-year counts, shares). */
  aboutNumbers: { answered: number; vague: number; evasive: number };
}

export function transparencyReading(answers: Program['answers']): TransparencyReading {
  const count = (list: Program['answers'], c: string) => list.filter((a) => a.clarity === c).length;
  const specific = count(answers, 'specific');
  const vague = count(answers, 'vague');
  const evasive = count(answers, 'evasive');
  const total = answers.length;
  const numberAnswers = answers.filter((a) => isQuestionAboutNumbers(a.questionId));
  const unclear = vague + evasive;
  const level =
    total === 0
      ? 'unknown'
      : evasive / total >= 1 / 3
        ? 'evasive'
        : evasive === 0 && specific / total >= 2 / 3
          ? 'specific'
          : unclear >= VAGUE_PATTERN_FROM && unclear / total >= 1 / 2
            ? 'vague'
            : 'mixed';
  return {
    level,
    specific,
    vague,
    evasive,
    aboutNumbers: {
      answered: numberAnswers.length,
      vague: count(numberAnswers, 'vague'),
      evasive: count(numberAnswers, 'evasive'),
    },
  };
}

/** Flag wording that says how many answers were vague or dodged, and whether they were about numbers. */
export function transparencyFlagReasons(t: TransparencyReading): Partial<Record<FlagId, string>> {
  const dodged = t.evasive;
  const dodgedNumbers = t.aboutNumbers.evasive;
  const dodgedWords =
    dodgedNumbers === dodged
      ? `${plural(dodged, 'question about case numbers was', 'questions about case numbers were')} dodged.`
      : dodgedNumbers === 0
        ? `${plural(dodged, 'question was', 'questions were')} dodged.`
        : `${dodged} questions were dodged, ${dodgedNumbers} of them about case numbers.`;
  return {
    'vague-answers': `${t.aboutNumbers.vague} answers about case numbers were vague.`,
    'evasive-answers': dodgedWords,
  };
}
