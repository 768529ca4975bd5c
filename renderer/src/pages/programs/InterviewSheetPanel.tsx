import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconMarkdown, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  ANSWER_STATE_LABELS,
  buildInterviewSheet,
  interviewSheetProgress,
  interviewSheetSections,
  interviewSheetToMarkdown,
  type InterviewSheetItem,
} from '../../../../shared/programs/interview-questions';
import { programToDraft, withAnswer, withoutAnswer } from '../../../../shared/programs/program-draft';
import type { Program, ProgramDraft } from '../../../../shared/programs/program-schema';
import { notifyFailure } from '../../api';
import { downloadBlob, downloadText } from '../../download';
import { FormDialog } from '../../components/FormDialog';
import { focusWasLost } from '../../components/focus-lost';
import { AnswerForm } from './AnswerForm';
import { fileSlug } from './file-names';
import { ResidentChecklist } from './ResidentChecklist';
import { localToday } from '../../../../shared/local-today';

/** docx is a large library: fetched when a sheet is first exported, not with the page. */
const loadInterviewDocx = () => import('./interview-docx');

const CLARITY_COLORS = { specific: 'teal', vague: 'yellow', evasive: 'red' } as const;

interface InterviewSheetPanelProps {
  program: Program;
  onSave: (draft: ProgramDraft, confirmedNotPatientData: boolean) => Promise<void>;
  onPrint: () => void;
}

function QuestionRow({ entry, onAnswer }: { entry: InterviewSheetItem; onAnswer: () => void }) {
  const { question, answer, reason } = entry;
  return (
    <Card withBorder padding="sm" component="article" aria-label={question.text} data-question-id={question.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ flex: 1 }}>
          <Group gap={6}>
            <Text size="sm" fw={500}>
              {question.text}
            </Text>
          </Group>
          {reason && (
            <Text size="xs" c="orange.8">
              Why: {reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            Listen for: {question.listenFor}
          </Text>
          {answer && (
            // A div, not a p: the badge inside is a div.
            <Text size="sm" mt={4} component="div">
              <Badge size="sm" variant="light" color={CLARITY_COLORS[answer.clarity]} mr={6}>
                {ANSWER_STATE_LABELS[answer.clarity]}
              </Badge>
              <Text span size="xs" c="dimmed">
                {answer.answeredBy}, {answer.date}:{' '}
              </Text>
              {answer.answer || <i>no note</i>}
            </Text>
          )}
        </Stack>
        <Button size="xs" variant={answer ? 'subtle' : 'light'} leftSection={<IconPencil size={14} />} onClick={onAnswer}>
          {answer ? 'Edit answer' : 'Record answer'}
        </Button>
      </Group>
    </Card>
  );
}

/** The "Record answer" / "Edit answer" button of a question on the sheet. */
function answerButtonOf(sheet: HTMLElement | null, questionId: string): HTMLElement | null {
  const card = [...(sheet?.querySelectorAll<HTMLElement>('[data-question-id]') ?? [])].find((candidate) => candidate.dataset.questionId === questionId);
  return card?.querySelector('button') ?? null;
}

export function InterviewSheetPanel({ program, onSave, onPrint }: InterviewSheetPanelProps) {
  const [answering, setAnswering] = useState<InterviewSheetItem | null>(null);
  const sheet = buildInterviewSheet(program, { asOf: localToday() });
  const progress = interviewSheetProgress(sheet);
  const base = () => programToDraft(program);
  // An answer can move its question to another section (a specific one leaves "Fill these gaps
  // first"), so the button that opened the dialog is gone when it closes and Mantine cannot hand
  // focus back: it goes to the question's button in its new place instead.
  const sheetArea = useRef<HTMLDivElement>(null);
  const focusAfterClose = useRef<string | null>(null);
  const focusAnsweredQuestion = () => {
    const questionId = focusAfterClose.current;
    focusAfterClose.current = null;
    if (questionId === null || !(focusWasLost() || document.activeElement?.closest('[role="dialog"]'))) return;
    answerButtonOf(sheetArea.current, questionId)?.focus();
  };
  const saveAnd = async (draft: ProgramDraft, questionId: string, confirmedNotPatientData = false) => {
    await onSave(draft, confirmedNotPatientData);
    focusAfterClose.current = questionId;
    setAnswering(null);
  };

  const exportDocx = async () => {
    try {
      downloadBlob(`interview-sheet-${fileSlug(program.name)}.docx`, await (await loadInterviewDocx()).interviewDocxBlob(program, sheet));
    } catch (error) {
      notifyFailure(error, 'The Word file could not be made');
    }
  };

  return (
    <Stack gap="md" ref={sheetArea}>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {progress.answered} of {progress.total} questions answered
          {progress.askAgain > 0 && ` · ${progress.askAgain} to ask again`}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconMarkdown size={16} />}
            onClick={() =>
              downloadText(`interview-sheet-${fileSlug(program.name)}.md`, interviewSheetToMarkdown(program, sheet), 'text/markdown')
            }
          >
            Markdown
          </Button>
          <Button variant="default" size="xs" leftSection={<IconFileTypeDocx size={16} />} onClick={() => void exportDocx()}>
            Word (.docx)
          </Button>
          <Button variant="default" size="xs" leftSection={<IconPrinter size={16} />} onClick={onPrint}>
            Print view
          </Button>
        </Group>
      </Group>
      {interviewSheetSections(sheet).map(({ title, hint, items }) => (
        <Stack key={title} gap="xs" component="section" aria-label={title}>
          <div>
            <Title order={4}>{title}</Title>
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          </div>
          {items.map((entry) => (
            <QuestionRow key={entry.question.id} entry={entry} onAnswer={() => setAnswering(entry)} />
          ))}
        </Stack>
      ))}
      <Card withBorder padding="md" component="section" aria-label="Warning signs to check with residents">
        <Title order={4}>Warning signs to check with residents</Title>
        <Text size="xs" c="dimmed" mb="sm">
          A “yes” adds the matching red flag to the evaluation.
        </Text>
        <ResidentChecklist
          key={program.id}
          program={program}
          checklist={sheet.checklist}
          onSave={(entries, confirmed) => onSave({ ...base(), residentChecklist: entries }, confirmed)}
        />
      </Card>
      <FormDialog
        opened={answering !== null}
        onClose={() => setAnswering(null)}
        onExitTransitionEnd={focusAnsweredQuestion}
        title={answering?.question.text}
        size="lg"
      >
        {answering && (
          <AnswerForm
            program={program}
            questionId={answering.question.id}
            audience={answering.question.audience}
            initial={answering.answer}
            onCancel={() => setAnswering(null)}
            onSave={(answer, confirmed) => saveAnd(withAnswer(base(), answer), answering.question.id, confirmed)}
            onRemove={answering.answer ? () => saveAnd(withoutAnswer(base(), answering.question.id), answering.question.id) : undefined}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
