import { markdownText } from '../markdown-text';
import { evaluateProgram, type EvaluationContext, type UnknownId } from './evaluation';
import type { FigureDisagreement } from './case-volume';
import type { ChecklistAnswer, InterviewAnswer, Program, VolumeFigureKind } from './program-schema';
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
  'departmental-volume': 'faculty-service-volume',
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

/** The kind of figure each volume gap is about, so a figure noted later can reopen its question. */
const UNKNOWN_FIGURE_KIND: Partial<Record<UnknownId, VolumeFigureKind>> = {
  'resident-total': 'resident-graduation-total',
  'per-year-volume': 'resident-per-core-year',
  'departmental-volume': 'departmental-annual',
};

/** The day of the latest specific answer to a question, or null when none has closed it. */
function closedOn(program: Pick<Program, 'answers'>, questionId: string): string | null {
  let latest: string | null = null;
  for (const answer of program.answers) {
    if (answer.questionId === questionId && answer.clarity === 'specific' && (latest === null || answer.date > latest)) {
      latest = answer.date;
    }
  }
  return latest;
}

/**
 * A figure of this kind that is disputed and was noted after `answeredOn`: the answer came
 * before anyone said otherwise, so it cannot settle which figure is right.
 */
function disputedSince(disagreements: readonly FigureDisagreement[], kind: VolumeFigureKind | undefined, answeredOn: string): boolean {
  return disagreements.some((d) => d.kind === kind && (d.used.learnedOn > answeredOn || d.other.learnedOn > answeredOn));
}

/**
 * Questions that fill what the applicant does not know yet. A question already answered
 * specifically is dropped, unless a figure noted since disputes another of its kind; a vague
 * or evasive answer keeps it on the list (and feeds the flags), because the gap is still open.
 */
export function questionsFromUnknowns(program: Program, context: EvaluationContext = {}): QuestionFromUnknown[] {
  const result: QuestionFromUnknown[] = [];
  const seen = new Set<string>();
  const evaluation = evaluateProgram(program, context);
  for (const unknown of evaluation.unknowns) {
    const questionId = UNKNOWN_QUESTION[unknown.id];
    const answeredOn = closedOn(program, questionId);
    const settled = answeredOn !== null && !disputedSince(evaluation.volumeDisagreements, UNKNOWN_FIGURE_KIND[unknown.id], answeredOn);
    const question = bankQuestion(questionId);
    if (settled || !question || seen.has(questionId)) continue;
    seen.add(questionId);
    result.push({ question, unknownId: unknown.id, reason: unknown.reason });
  }
  return result;
}

/**
 * Where a question stands. Only a specific answer closes it: a vague or evasive one is
 * recorded but leaves the question open, to be asked again. So does a specific one that a
 * figure noted since disputes (see questionsFromUnknowns).
 */
export type SheetItemStatus = 'open' | 'ask-again' | 'answered';

export function sheetItemStatus(answer: Pick<InterviewAnswer, 'clarity'> | null): SheetItemStatus {
  if (answer === null) return 'open';
  return answer.clarity === 'specific' ? 'answered' : 'ask-again';
}

export interface InterviewSheetItem {
  question: BankQuestion;
  origin: 'unknown' | 'standard';
  /** Why this question is asked of this program; only for unknown-driven questions. */
  reason: string | null;
  answer: InterviewAnswer | null;
  status: SheetItemStatus;
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
  const item = (question: BankQuestion, origin: InterviewSheetItem['origin'], reason: string | null): InterviewSheetItem => {
    const answer = latestAnswer(program, question.id);
    // A gap still open after a specific answer was reopened by a figure noted since.
    const reopened = origin === 'unknown' && answer?.clarity === 'specific';
    return { question, origin, reason, answer, status: reopened ? 'ask-again' : sheetItemStatus(answer) };
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

export interface InterviewSheetSection {
  title: string;
  hint: string;
  items: InterviewSheetItem[];
}

/** The sheet's groups in the order every view and export shows them; empty groups are left out. */
export function interviewSheetSections(sheet: InterviewSheet): InterviewSheetSection[] {
  const standard = (audience: BankQuestion['audience']) =>
    sheet.items.filter((i) => i.origin === 'standard' && i.question.audience === audience);
  return [
    {
      title: 'Fill these gaps first',
      hint: 'Raised by what you do not know yet about this program.',
      items: sheet.items.filter((i) => i.origin === 'unknown'),
    },
    { title: 'For faculty', hint: 'The standard questions.', items: standard('faculty') },
    { title: 'For current residents', hint: 'Ask when faculty are not in the room.', items: standard('resident') },
  ].filter((section) => section.items.length > 0);
}

/** How far the sheet has got: questions closed by a specific answer, and those to ask again. */
export function interviewSheetProgress(sheet: InterviewSheet): { answered: number; askAgain: number; total: number } {
  const count = (status: SheetItemStatus) => sheet.items.filter((i) => i.status === status).length;
  return { answered: count('answered'), askAgain: count('ask-again'), total: sheet.items.length };
}

/** One box per question in print and Word: ticked only once a specific answer closed it. */
export const SHEET_BOX: Record<SheetItemStatus, string> = { open: '☐', 'ask-again': '☐', answered: '☒' };

/** The state of a recorded answer, in the same words on screen and in every export. */
export const ANSWER_STATE_LABELS: Record<InterviewAnswer['clarity'], string> = {
  specific: 'Answered · specific',
  vague: '◐ Vague — ask again',
  evasive: '◐ Evasive — ask again',
};

/** The line an export prints before the answer's own words, e.g. "◐ Vague — ask again (faculty, 2026-02-01)". */
export function answerHeading(answer: InterviewAnswer): string {
  return `${ANSWER_STATE_LABELS[answer.clarity]} (${answer.answeredBy}, ${answer.date})`;
}

/** Under the sheet in every export, so a reader knows what an open box beside an answer means. */
export const SHEET_FOOTNOTE =
  'A box is ticked only for a specific answer. ◐ marks a vague or evasive answer: the question stays open, ask again.';

/** Keeps user text on one line so it cannot break the sheet's layout, with its Markdown marks escaped so it reads as typed. */
const oneLine = (text: string) => markdownText(text.replace(/\s+/g, ' ').trim());

function questionLines(entry: InterviewSheetItem): string[] {
  const lines = [`- [${entry.status === 'answered' ? 'x' : ' '}] ${entry.question.text}`];
  if (entry.reason) lines.push(`  - Why: ${entry.reason}`);
  lines.push(`  - Listen for: ${entry.question.listenFor}`);
  if (entry.answer) lines.push(`  - ${answerHeading(entry.answer)}: ${oneLine(entry.answer.answer)}`);
  return lines;
}

const CHECKLIST_MARK = { yes: 'YES', no: 'no', unsure: 'unsure' } as const;

/** A one-page Markdown sheet to print or paste before an interview day. */
export function interviewSheetToMarkdown(program: Program, sheet: InterviewSheet): string {
  const place = [program.institution, [program.city, program.state].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' — ');
  const lines = [`# Interview sheet: ${oneLine(program.name)}`];
  if (place) lines.push('', oneLine(place));
  for (const { title, items } of interviewSheetSections(sheet)) {
    lines.push('', `## ${title}`, '');
    items.forEach((e) => lines.push(...questionLines(e)));
  }

  lines.push('', '## Warning signs to check with residents', '');
  for (const { item, answer } of sheet.checklist) {
    const mark = answer ? ` — ${CHECKLIST_MARK[answer.answer]}` : '';
    lines.push(`- [${answer ? 'x' : ' '}] ${item.text}${mark}`);
  }
  lines.push('', `_${SHEET_FOOTNOTE}_`, '');
  return lines.join('\n');
}
