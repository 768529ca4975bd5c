import { identifiersInTexts, type FreeText, type TextFindings } from '../exposure/free-text-check';
import { listIdentifierKinds } from '../exposure/find-identifiers';
import type { RowErrors, ValidatedRows } from './program-csv';
import { VOLUME_FIGURE_KIND_LABELS, type ProgramDraft } from './program-schema';
import { bankQuestion, RESIDENT_RED_FLAG_CHECKLIST } from './question-bank';

/** The parts of a program that hold the applicant's own free text. */
export type ProgramTextSource = Pick<ProgramDraft, 'notes' | 'volumeFigures' | 'answers' | 'residentChecklist'>;

const CHECKLIST_TEXT = new Map<string, string>(RESIDENT_RED_FLAG_CHECKLIST.map((item) => [item.id, item.text]));

/**
 * Every free-text field of a program that could describe a patient: the notes, volume-figure
 * notes, interview answers and warning-sign notes. Names and places describe the program.
 */
export function programTexts(program: ProgramTextSource): FreeText[] {
  return [
    { field: 'notes', label: 'Notes', text: program.notes },
    ...program.volumeFigures.map((figure, index) => ({
      field: `volumeFigures.${index}.note`,
      label: `Note on volume figure ${index + 1} (${VOLUME_FIGURE_KIND_LABELS[figure.kind]})`,
      text: figure.note,
    })),
    ...program.answers.map((answer) => ({
      field: `answers.${answer.questionId}`,
      label: `What they said: ${bankQuestion(answer.questionId)?.text ?? 'an interview question'}`,
      text: answer.answer,
    })),
    ...program.residentChecklist.map((entry) => ({
      field: `residentChecklist.${entry.itemId}`,
      label: `Warning-sign note: ${CHECKLIST_TEXT.get(entry.itemId) ?? 'a checklist item'}`,
      text: entry.note,
    })),
  ];
}

/**
 * Suspected patient identifiers in the program's free text. With `saved`, text already in the
 * saved program is skipped: it was checked (and confirmed) when it was saved, and saving an
 * interview answer should not ask again about notes the user is not looking at.
 */
export function identifiersInProgram(program: ProgramTextSource, saved?: ProgramTextSource): TextFindings[] {
  return identifiersInTexts(programTexts(program), saved ? programTexts(saved) : []);
}

/**
 * Moves imported programs whose free text looks like patient data from `valid` to `errors`,
 * so the preview lists them as rows needing attention instead of importing them. Relies on
 * validateProgramRows keeping file order: the valid drafts are the rows without errors.
 */
export function holdBackRowsWithIdentifiers(checked: ValidatedRows, rowCount: number): ValidatedRows {
  const failedRows = new Set(checked.errors.map((error) => error.row));
  const validRows = Array.from({ length: rowCount }, (_, index) => index + 2).filter((row) => !failedRows.has(row));
  const valid: ProgramDraft[] = [];
  const held: RowErrors[] = [];
  checked.valid.forEach((draft, index) => {
    const findings = identifiersInProgram(draft);
    if (findings.length === 0) {
      valid.push(draft);
      return;
    }
    held.push({
      row: validRows[index] ?? 0,
      messages: findings.map(
        (result) =>
          `${result.label} looks like patient data: ${listIdentifierKinds(result.findings)} — ` +
          'remove it before importing; your program notes must stay de-identified.',
      ),
    });
  });
  return { valid, errors: [...checked.errors, ...held].sort((a, b) => a.row - b.row) };
}
