import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { programToDraft, withAnswer } from '../../../../shared/programs/program-draft';
import { interviewAnswerSchema, type InterviewAnswer, type Program } from '../../../../shared/programs/program-schema';
import type { QuestionAudience } from '../../../../shared/programs/question-bank';
import { useDialogDirty } from '../../components/FormDialog';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { CLARITY_OPTIONS } from './program-labels';
import { localToday } from '../../../../shared/local-today';
import { useProgramIdentifierGuard } from './use-program-identifier-guard';

const resolveAnswer = schemaResolver(interviewAnswerSchema, { sync: true });
type AnswerValues = Omit<InterviewAnswer, 'questionId'>;

interface AnswerFormProps {
  /** The saved program the answer joins; the patient-data check looks only at what is new to it. */
  program: Program;
  questionId: string;
  /** Who the question is for: a new answer starts as given by them. */
  audience: QuestionAudience;
  initial: InterviewAnswer | null;
  /** Resolves when saved; rejects (after telling the user) to keep the dialog open with what was typed. */
  onSave: (answer: InterviewAnswer, confirmedNotPatientData: boolean) => Promise<void>;
  onRemove?: () => Promise<void>;
  onCancel: () => void;
}

export function AnswerForm({ program, questionId, audience, initial, onSave, onRemove, onCancel }: AnswerFormProps) {
  const guard = useProgramIdentifierGuard(program);
  const { saving, submit } = useGuardedSave(guard);
  const form = useForm<AnswerValues>({
    mode: 'controlled',
    initialValues: initial ?? { answer: '', answeredBy: audience, clarity: 'specific', date: localToday() },
    validate: (values) => resolveAnswer({ ...values, questionId }),
  });
  useDialogDirty(form.isDirty());
  return (
    <form
      noValidate
      aria-label="Record an answer"
      onSubmit={form.onSubmit((values) => {
        const answer = interviewAnswerSchema.parse({ ...values, questionId });
        void submit(withAnswer(programToDraft(program), answer), (confirmed) => onSave(answer, confirmed));
      })}
    >
      <Stack gap="sm">
        <Textarea label="What they said" autosize minRows={3} data-autofocus {...form.getInputProps('answer')} />
        {/* Two columns: three left "Evasive" cut to "Eva" in the dialog at 1280 px. */}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" id="answered-by-label">
              Answered by
            </Text>
            <SegmentedControl
              aria-labelledby="answered-by-label"
              data={[
                { value: 'faculty', label: 'Faculty' },
                { value: 'resident', label: 'Resident' },
              ]}
              value={form.values.answeredBy}
              onChange={(value) => form.setFieldValue('answeredBy', value as AnswerValues['answeredBy'])}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" id="clarity-label">
              How clear was it?
            </Text>
            <SegmentedControl aria-labelledby="clarity-label" data={CLARITY_OPTIONS}
              value={form.values.clarity}
              onChange={(value) => form.setFieldValue('clarity', value as AnswerValues['clarity'])}
            />
          </Stack>
          <TextInput type="date" label="Date" {...form.getInputProps('date')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          A specific answer closes the open question. Vague or evasive answers keep it open and count against the program’s
          transparency.
        </Text>
        <IdentifierWarning guard={guard} />
        <Group justify="space-between">
          <div>
            {onRemove && (
              <Button variant="subtle" color="red" onClick={() => void onRemove().catch(() => {})}>
                Remove answer
              </Button>
            )}
          </div>
          <Group>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save answer
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
