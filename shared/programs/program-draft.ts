import type { ChecklistAnswer, InterviewAnswer, Program, ProgramDraft, ProgramStatus } from './program-schema';

/** A saved program as the draft `programs:save` takes: the main process re-issues the ids. */
export function programToDraft(program: Program): ProgramDraft {
  const { id: _id, volumeFigures, ...rest } = program;
  return { ...rest, volumeFigures: volumeFigures.map(({ id: _figureId, ...figure }) => figure) };
}

/**
 * One answer per question: recording again replaces the earlier one, so the sheet shows
 * what the applicant last concluded rather than a pile of drafts.
 */
export function withAnswer(draft: ProgramDraft, answer: InterviewAnswer): ProgramDraft {
  return { ...draft, answers: [...draft.answers.filter((a) => a.questionId !== answer.questionId), answer] };
}

export function withoutAnswer(draft: ProgramDraft, questionId: string): ProgramDraft {
  return { ...draft, answers: draft.answers.filter((a) => a.questionId !== questionId) };
}

/** The checklist allows one answer per item (the schema refuses duplicates). */
export function withChecklistAnswer(draft: ProgramDraft, entry: ChecklistAnswer): ProgramDraft {
  return {
    ...draft,
    residentChecklist: [...draft.residentChecklist.filter((c) => c.itemId !== entry.itemId), entry],
  };
}

/** A status change is dated so the applicant can see when each step happened. */
export function withStatus(draft: ProgramDraft, status: ProgramStatus, today: string): ProgramDraft {
  const last = draft.statusHistory.at(-1);
  if (draft.status === status && last?.status === status) return draft;
  return { ...draft, status, statusHistory: [...draft.statusHistory, { status, date: today }] };
}
