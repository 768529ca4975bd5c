import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InterviewSheet } from '../../../../shared/programs/interview-questions';
import { programToDraft } from '../../../../shared/programs/program-draft';
import type { ChecklistAnswer, Program } from '../../../../shared/programs/program-schema';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useProgramIdentifierGuard } from './use-program-identifier-guard';
import { SaveButton } from '../../components/SaveButton';

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
  /** The saved program; the patient-data check looks only at notes new to it. */
  program: Program;
  checklist: InterviewSheet['checklist'];
  /** Resolves when saved; rejects (after telling the user) so the rows keep what was chosen. */
  onSave: (entries: ChecklistAnswer[], confirmedNotPatientData: boolean) => Promise<void>;
}

const rowsOf = (checklist: InterviewSheet['checklist']): Row[] =>
  checklist.map(({ item, answer }) => ({ itemId: item.id, choice: answer?.answer ?? 'not-asked', note: answer?.note ?? '' }));

/** What saving would store: an item not asked has no answer, whatever its note said. */
const entriesOf = (rows: readonly Row[]): ChecklistAnswer[] =>
  rows.flatMap((row) => (row.choice === 'not-asked' ? [] : [{ itemId: row.itemId, answer: row.choice, note: row.note }]));

/** A "yes" here raises the matching red flag in the evaluation. */
export function ResidentChecklist({ program, checklist, onSave }: ResidentChecklistProps) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(checklist));
  const guard = useProgramIdentifierGuard(program);
  const { saving, submit } = useGuardedSave(guard);
  // Compared with what is saved, so a save (which reloads the checklist) clears it.
  useUnsavedChanges('the warning-signs checklist', JSON.stringify(entriesOf(rows)) !== JSON.stringify(entriesOf(rowsOf(checklist))));
  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const save = async () => {
    const entries = entriesOf(rows);
    // Undefined when held back or failed (already reported); the rows keep what was chosen.
    const saved = await submit({ ...programToDraft(program), residentChecklist: entries }, async (confirmed) => {
      await onSave(entries, confirmed);
      return true;
    });
    if (saved) guard.reset();
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
      <IdentifierWarning guard={guard} />
      <Group justify="flex-end">
        <SaveButton variant="light" loading={saving} onClick={() => void save()}>
          Save checklist
        </SaveButton>
      </Group>
    </Stack>
  );
}
