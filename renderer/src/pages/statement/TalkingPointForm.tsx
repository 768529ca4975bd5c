import { Alert, Button, Group, MultiSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { libraryPromptById } from '../../../../shared/statement/prompt-library';
import type { PersonalPrompt } from '../../../../shared/statement/personal-prompts';
import { MAX_POINT_CHARS, STRENGTH_LABELS, STRENGTHS, type Strength, type TalkingPoint, type TalkingPointInput } from '../../../../shared/statement/statement-schema';
import { overLengthMessage } from '../../../../shared/statement/text-counts';
import { isUnsupported, logIds } from '../../../../shared/statement/talking-point-rules';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { useDialogDirty } from '../../components/FormDialog';
import { citationFromKey, citationKey, evidenceOptions } from './evidence-options';
import type { Workspace } from './load-workspace';

const MAX_OPTIONS_SHOWN = 60;

interface TalkingPointFormProps {
  workspace: Workspace;
  prompts: readonly PersonalPrompt[];
  initial: TalkingPointInput;
  editing: TalkingPoint | null;
  onSave: (input: TalkingPointInput, confirmed: boolean) => Promise<void>;
  onCancel: () => void;
}

/** The prompt a point answers: as it read when the point was written, or else as it reads now. */
export function promptText(point: Pick<TalkingPointInput, 'promptId' | 'promptText'>, prompts: readonly PersonalPrompt[]): string | undefined {
  if (!point.promptId) return undefined;
  return point.promptText ?? prompts.find((prompt) => prompt.id === point.promptId)?.text ?? libraryPromptById(point.promptId)?.text;
}

export function TalkingPointForm({ workspace, prompts, initial, editing, onSave, onCancel }: TalkingPointFormProps) {
  const [text, setText] = useState(initial.text);
  const [evidence, setEvidence] = useState(initial.evidence.map(citationKey));
  const [strength, setStrength] = useState<Strength>(initial.strength);
  const [error, setError] = useState<string | null>(null);
  const guard = useIdentifierGuard('talkingPoint', editing);
  const { saving, submit } = useGuardedSave(guard);
  const options = useMemo(() => evidenceOptions(workspace), [workspace]);
  const ids = useMemo(() => logIds(workspace), [workspace]);
  const answers = promptText(initial, prompts);
  const input: TalkingPointInput = {
    text: text.trim(),
    promptId: initial.promptId,
    ...(answers === undefined ? {} : { promptText: answers }),
    evidence: evidence.map(citationFromKey),
    strength,
  };
  // Said as soon as it is true, not only at save: nothing is cut from what was typed or pasted.
  const tooLong = overLengthMessage(text, MAX_POINT_CHARS, 'a talking point');
  useDialogDirty(text !== initial.text || strength !== initial.strength || evidence.join() !== initial.evidence.map(citationKey).join());

  const save = () => {
    if (input.text === '') return setError('Write the point first');
    if (tooLong) return;
    setError(null);
    void submit(input, (confirmed) => onSave(input, confirmed));
  };

  return (
    <form
      aria-label={editing ? 'Edit talking point' : 'New talking point'}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Stack>
        {answers ? (
          <Text size="sm" c="dimmed">
            Answers: {answers}
          </Text>
        ) : null}
        {/* data-autofocus: the dialog opens with the cursor here, not on its Close button. */}
        <Textarea
          label="Talking point"
          description="One idea, in a sentence or two"
          autosize
          minRows={3}
          data-autofocus
          value={text}
          error={error ?? tooLong}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <MultiSelect
          label="Evidence from your log"
          placeholder="Search experiences, outputs and procedures"
          data={options}
          value={evidence}
          onChange={setEvidence}
          searchable
          limit={MAX_OPTIONS_SHOWN}
          maxDropdownHeight={280}
          nothingFoundMessage="Nothing in your log matches"
        />
        {isUnsupported(input, ids) ? (
          <Alert color="yellow" title="Unsupported">
            No entry from your log backs this point yet. Link the experience or case it comes from.
          </Alert>
        ) : null}
        <div>
          <Text size="sm" fw={500} mb={4} id="strength-label">
            How strong is it?
          </Text>
          <SegmentedControl aria-labelledby="strength-label" data={STRENGTHS.map((value) => ({ value, label: STRENGTH_LABELS[value] }))} value={strength} onChange={(value) => setStrength(value as Strength)} />
        </div>
        <IdentifierWarning guard={guard} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save talking point
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

