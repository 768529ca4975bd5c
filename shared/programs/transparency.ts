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
  'service-numbers',
]);

export function isQuestionAboutNumbers(questionId: string): boolean {
  const question = bankQuestion(questionId);
  return question !== undefined && NUMBER_THEMES.has(question.theme);
}

/** One unclear answer is an impression; a vague reading needs at least this many. */
export const VAGUE_PATTERN_FROM = 2;

/** One clear number is an impression too: being specific about numbers needs at least this many. */
export const SPECIFIC_NUMBERS_FROM = 2;

/** Who gave the specific answers about numbers. */
export type NumbersGivenBy = 'faculty' | 'residents' | 'faculty-and-residents';

export interface TransparencyReading {
  level: 'specific' | 'mixed' | 'vague' | 'evasive' | 'unknown';
  specific: number;
  vague: number;
  evasive: number;
  /** The same counts for questions about numbers (graduation totals, per-year counts, shares). */
  aboutNumbers: { answered: number; specific: number; vague: number; evasive: number };
  /**
   * Who answered the questions about numbers specifically, when at least SPECIFIC_NUMBERS_FROM
   * did and none of those answers was vague or dodged; null otherwise. The good sign reads this.
   */
  specificAboutNumbersBy: NumbersGivenBy | null;
}

function numbersGivenBy(answers: Program['answers']): NumbersGivenBy {
  const faculty = answers.some((a) => a.answeredBy === 'faculty');
  const residents = answers.some((a) => a.answeredBy === 'resident');
  return faculty && residents ? 'faculty-and-residents' : residents ? 'residents' : 'faculty';
}

/** Specific about numbers: enough clear answers to questions about numbers, and not one unclear. */
function specificAboutNumbersBy(numberAnswers: Program['answers']): NumbersGivenBy | null {
  const unclear = numberAnswers.some((a) => a.clarity !== 'specific');
  if (unclear || numberAnswers.length < SPECIFIC_NUMBERS_FROM) return null;
  return numbersGivenBy(numberAnswers);
}

export function transparencyReading(answers: Program['answers']): TransparencyReading {
  const count = (list: Program['answers'], c: string) => list.filter((a) => a.clarity === c).length;
  const specific = count(answers, 'specific');
  const vague = count(answers, 'vague');
  const evasive = count(answers, 'evasive');
  const total = answers.length;
  const numberAnswers = answers.filter((a) => isQuestionAboutNumbers(a.questionId));
  const unclear = vague + evasive;
  // A vague answer about numbers is the warning sign the guidance names: with one, the
  // program is not "specific" however clear the other answers were.
  const numbersClear = numberAnswers.every((a) => a.clarity === 'specific');
  const level =
    total === 0
      ? 'unknown'
      : evasive / total >= 1 / 3
        ? 'evasive'
        : evasive === 0 && numbersClear && specific / total >= 2 / 3
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
      specific: count(numberAnswers, 'specific'),
      vague: count(numberAnswers, 'vague'),
      evasive: count(numberAnswers, 'evasive'),
    },
    specificAboutNumbersBy: specificAboutNumbersBy(numberAnswers),
  };
}

const SPECIFIC_NUMBERS_WORDS: Record<NumbersGivenBy, string> = {
  faculty: 'Faculty gave specific numbers without hesitating',
  residents: 'Residents gave specific numbers without hesitating',
  'faculty-and-residents': 'Faculty and residents gave specific numbers without hesitating',
};

/** The good sign in words: who answered, and how many questions about numbers. */
export function specificNumbersInWords(t: TransparencyReading): string | null {
  if (t.specificAboutNumbersBy === null) return null;
  return `${SPECIFIC_NUMBERS_WORDS[t.specificAboutNumbersBy]}: ${plural(t.aboutNumbers.specific, 'answer', 'answers')} about case numbers, none vague or dodged.`;
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
  const specificNumbers = specificNumbersInWords(t);
  return {
    'vague-answers': `${t.aboutNumbers.vague} answers about case numbers were vague.`,
    'evasive-answers': dodgedWords,
    ...(specificNumbers ? { 'specific-answers': specificNumbers } : {}),
  };
}
