import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { interviewAnswerSchema, type InterviewAnswer } from '../../../../shared/programs/program-schema';
import { useDialogDirty } from '../../components/FormDialog';
import { CLARITY_OPTIONS } from './program-labels';
import { todayIso } from './today';

const resolveAnswer = schemaResolver(interviewAnswerSchema, { sync: true });
type AnswerValues = Omit<InterviewAnswer, 'questionId'>;

interface AnswerFormProps {
  questionId: string;
  initial: InterviewAnswer | null;
  onSave: (answer: InterviewAnswer) => Promise<void>;
  onRemove?: () => Promise<void>;
  onCancel: () => void;
}

export function AnswerForm({ questionId, initial, onSave, onRemove, onCancel }: AnswerFormProps) {
  const form = useForm<AnswerValues>({
    mode: 'controlled',
    initialValues: initial ?? { answer: '', answeredBy: 'faculty', clarity: 'specific', date: todayIso() },
    validate: (values) => resolveAnswer({ ...values, questionId }),
  });
  useDialogDirty(form.isDirty());
  return (
    <form
      noValidate
      aria-label="Record an answer"
      onSubmit={form.onSubmit((values) => {
        void onSave(interviewAnswerSchema.parse({ ...values, questionId })).catch(() => {});
      })}
    >
      <Stack gap="sm">
        <Textarea label="What they said" autosize minRows={3} data-autofocus {...form.getInputProps('answer')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
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
            <Button type="submit">Save answer</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
