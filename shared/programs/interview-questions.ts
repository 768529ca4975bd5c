import { evaluateProgram, type EvaluationContext, type UnknownId } from './evaluation';
import type { ChecklistAnswer, InterviewAnswer, Program } from './program-schema';
import {
  QUESTION_BANK,
  RESIDENT_RED_FLAG_CHECKLIST,
  bankQuestion,
  type BankQuestion,
  type ChecklistItem,
  type QuestionId,
} from './question-bank';

/** Which bank question closes which gap in what the applicant knows. */
export const UNKNOWN_QUESTION: Record<UnknownId, QuestionId> = {
  'resident-total': 'faculty-graduation-total',
  'per-year-volume': 'faculty-per-year',
  'trainee-share': 'faculty-resident-share',
  'competing-learners': 'faculty-competing-learners',
  'autonomy-timeline': 'faculty-autonomy-timeline',
  'assist-vs-primary': 'faculty-daily-volume',
  'advanced-exposure': 'faculty-advanced-exposure',
  'case-mix': 'faculty-case-mix',
  'img-history': 'faculty-img-history',
  'service-pace': 'resident-service-pace',
};

export interface QuestionFromUnknown {
  question: BankQuestion;
  unknownId: UnknownId;
  reason: string;
}

/** The latest recorded answer to a question, if any. */
export function latestAnswer(program: Pick<Program, 'answers'>, questionId: string): InterviewAnswer | null {
  let latest: InterviewAnswer | null = null;
  for (const answer of program.answers) {
    if (answer.questionId === questionId && (latest === null || answer.date >= latest.date)) latest = answer;
  }
  return latest;
}

/**
 * Questions that fill what the applicant does not know yet. A question already answered
 * specifically is dropped; a vague or evasive answer keeps it on the list (and feeds the
 * flags), because the gap is still open.
 */
export function questionsFromUnknowns(program: Program, context: EvaluationContext = {}): QuestionFromUnknown[] {
  const result: QuestionFromUnknown[] = [];
  const seen = new Set<string>();
  for (const unknown of evaluateProgram(program, context).unknowns) {
    const questionId = UNKNOWN_QUESTION[unknown.id];
    const answeredSpecifically = program.answers.some(
      (a) => a.questionId === questionId && a.clarity === 'specific',
    );
    const question = bankQuestion(questionId);
    if (answeredSpecifically || !question || seen.has(questionId)) continue;
    seen.add(questionId);
    result.push({ question, unknownId: unknown.id, reason: unknown.reason });
  }
  return result;
}

export interface InterviewSheetItem {
  question: BankQuestion;
  origin: 'unknown' | 'standard';
  /** Why this question is asked of this program; only for unknown-driven questions. */
  reason: string | null;
  answer: InterviewAnswer | null;
  answered: boolean;
}

export interface InterviewSheetChecklistItem {
  item: ChecklistItem;
  answer: ChecklistAnswer | null;
}

export interface InterviewSheet {
  programId: string;
  items: InterviewSheetItem[];
  checklist: InterviewSheetChecklistItem[];
}

/** Gap-filling questions first, then the rest of the bank in its own order. */
export function buildInterviewSheet(program: Program, context: EvaluationContext = {}): InterviewSheet {
  const fromUnknowns = questionsFromUnknowns(program, context);
  const item = (question: BankQuestion, origin: InterviewSheetItem['origin'], reason: string | null) => {
    const answer = latestAnswer(program, question.id);
    return { question, origin, reason, answer, answered: answer !== null };
  };
  const asked = new Set(fromUnknowns.map((q) => q.question.id));
  return {
    programId: program.id,
    items: [
      ...fromUnknowns.map((q) => item(q.question, 'unknown', q.reason)),
      ...QUESTION_BANK.filter((q) => !asked.has(q.id)).map((q) => item(q, 'standard', null)),
    ],
    checklist: RESIDENT_RED_FLAG_CHECKLIST.map((checklistItem) => ({
      item: checklistItem,
      answer: program.residentChecklist.find((c) => c.itemId === checklistItem.id) ?? null,
    })),
  };
}

/** Keeps user text on one line so it cannot break the sheet's layout. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function questionLine(entry: InterviewSheetItem): string[] {
  const lines = [`- [${entry.answered ? 'x' : ' '}] ${entry.question.text}`];
  if (entry.reason) lines.push(`  - Why: ${entry.reason}`);
  if (entry.answer) {
    lines.push(
      `  - Answer (${entry.answer.answeredBy}, ${entry.answer.clarity}, ${entry.answer.date}): ${oneLine(entry.answer.answer)}`,
    );
  }
  return lines;
}

const CHECKLIST_MARK = { yes: 'YES', no: 'no', unsure: 'unsure' } as const;

/** A one-page Markdown sheet to print or paste before an interview day. */
export function interviewSheetToMarkdown(program: Program, sheet: InterviewSheet): string {
  const place = [program.institution, [program.city, program.state].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' — ');
  const gaps = sheet.items.filter((i) => i.origin === 'unknown');
  const facultyStandard = sheet.items.filter((i) => i.origin === 'standard' && i.question.audience === 'faculty');
  const residentStandard = sheet.items.filter((i) => i.origin === 'standard' && i.question.audience === 'resident');

  const lines = [`# Interview sheet: ${oneLine(program.name)}`];
  if (place) lines.push('', oneLine(place));
  const section = (title: string, entries: InterviewSheetItem[]) => {
    if (entries.length === 0) return;
    lines.push('', `## ${title}`, '');
    entries.forEach((e) => lines.push(...questionLine(e)));
  };
  section('Fill these gaps first', gaps);
  section('For faculty', facultyStandard);
  section('For current residents', residentStandard);

  lines.push('', '## Warning signs to check with residents', '');
  for (const { item, answer } of sheet.checklist) {
    const mark = answer ? ` — ${CHECKLIST_MARK[answer.answer]}` : '';
    lines.push(`- [${answer ? 'x' : ' '}] ${item.text}${mark}`);
  }
  lines.push('', '_Listen for specific numbers. Vague or dodged answers about volume are worth noting._', '');
  return lines.join('\n');
}
