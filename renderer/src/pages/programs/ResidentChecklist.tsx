import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InterviewSheet } from '../../../../shared/programs/interview-questions';
import type { ChecklistAnswer } from '../../../../shared/programs/program-schema';

type Choice = ChecklistAnswer['answer'] | 'not-asked';
interface Row {
  itemId: string;
  choice: Choice;
  note: string;
}

const CHOICES = [
  { value: 'not-asked', label: 'Not asked' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Unsure' },
];

interface ResidentChecklistProps {
  checklist: InterviewSheet['checklist'];
  onSave: (entries: ChecklistAnswer[]) => Promise<void>;
}

/** A "yes" here raises the matching red flag in the evaluation. */
export function ResidentChecklist({ checklist, onSave }: ResidentChecklistProps) {
  const [rows, setRows] = useState<Row[]>(() =>
    checklist.map(({ item, answer }) => ({ itemId: item.id, choice: answer?.answer ?? 'not-asked', note: answer?.note ?? '' })),
  );
  const [saving, setSaving] = useState(false);
  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const save = async () => {
    setSaving(true);
    try {
      await onSave(
        rows.flatMap((row) => (row.choice === 'not-asked' ? [] : [{ itemId: row.itemId, answer: row.choice, note: row.note }])),
      );
    } catch {
      // Already reported; the rows keep what was chosen.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      {checklist.map(({ item }, index) => (
        <Stack key={item.id} gap={4}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" id={`checklist-${item.id}`}>
              {item.text}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={`checklist-${item.id}`}
              data={CHOICES}
              value={rows[index]!.choice}
              color={rows[index]!.choice === 'yes' ? 'red' : undefined}
              onChange={(choice) => change(index, { choice: choice as Choice })}
            />
          </Group>
          {rows[index]!.choice !== 'not-asked' && (
            <TextInput
              size="xs"
              aria-label={`Note: ${item.text}`}
              placeholder="Who said it, in their words"
              value={rows[index]!.note}
              onChange={(event) => change(index, { note: event.currentTarget.value })}
            />
          )}
        </Stack>
      ))}
      <Group justify="flex-end">
        <Button variant="light" loading={saving} onClick={() => void save()}>
          Save checklist
        </Button>
      </Group>
    </Stack>
  );
}
