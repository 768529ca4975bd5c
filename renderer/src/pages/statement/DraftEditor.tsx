import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useMemo, useRef } from 'react';
import { useKeptEdit, type EditKeeper } from '../../app/edit-keeper';
import type { Limits } from '../../../../shared/statement/eras-limits';
import { toErasPlainText } from '../../../../shared/statement/eras-plain-text';
import { measureCharacters, measureWords } from '../../../../shared/statement/text-counts';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { TextCounter } from '../../components/TextCounter';
import { DraftPlainTextNotice } from './DraftPlainTextNotice';
import { SaveButton } from '../../components/SaveButton';

interface DraftEditorProps {
  saved: string;
  limits: Limits;
  onSave: (text: string, confirmed: boolean) => Promise<void>;
  /** Told whenever the text starts or stops differing from the saved draft. */
  onDirtyChange?: (dirty: boolean) => void;
  /** Keeps unsaved text while the editor is unmounted (another section opened); without it, text lives only as long as the editor. */
  keeper?: EditKeeper<string>;
}

/** The plain-text statement with live counts against the ERAS limit and a one-page length. Remount (key) when the saved text changes. */
export function DraftEditor({ saved, limits, onSave, onDirtyChange, keeper }: DraftEditorProps) {
  const [text, setText] = useKeptEdit(keeper, saved);
  // Paragraphs already saved were checked then: only new or edited ones are asked about.
  const savedDraft = useMemo(() => ({ text: saved }), [saved]);
  const guard = useIdentifierGuard('draft', savedDraft);
  const { saving, submit } = useGuardedSave(guard);
  const dirty = text !== saved;
  // Counted as ERAS will receive it: "…" becomes three characters, an emoji none.
  const plain = useMemo(() => toErasPlainText(text), [text]);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const field = useRef<HTMLTextAreaElement>(null);

  // Asked first: the typed text has no other copy, and Ctrl+Z cannot bring it back.
  const confirmDiscard = () =>
    modals.openConfirmModal({
      title: 'Discard your changes to the draft?',
      children: <Text size="sm">The draft goes back to the version you last saved. What you typed since then will be lost.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setText(saved);
        guard.reset();
        // The Discard button is now disabled and cannot hold focus: carry on in the draft.
        requestAnimationFrame(() => field.current?.focus());
      },
    });

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Draft</Title>
        {dirty ? (
          <Badge color="orange" variant="light">
            Unsaved changes
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            Saved
          </Badge>
        )}
      </Group>
      <Stack gap="xs">
        <Textarea
          label="Personal statement"
          description="Plain text, as ERAS takes it. Leave a blank line between paragraphs."
          autosize
          minRows={12}
          ref={field}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group gap="lg">
          <TextCounter measure={measureCharacters(plain.text, limits.statementChars)} unit="characters" label="Characters against the ERAS limit" />
          <TextCounter measure={measureWords(plain.text, limits.onePageWords)} unit="words" label="Words against about one page" />
          <Text size="xs" c="dimmed">
            Characters: ERAS limit. Words: about one printed page, a convention rather than a rule.
          </Text>
        </Group>
        <DraftPlainTextNotice changes={plain.changes} />
        <IdentifierWarning guard={guard} />
        <Group justify="flex-end">
          <Button variant="default" disabled={!dirty} onClick={confirmDiscard}>
            Discard changes
          </Button>
          <SaveButton disabled={!dirty} loading={saving} onClick={() => void submit({ text }, (confirmed) => onSave(text, confirmed))}>
            Save draft
          </SaveButton>
        </Group>
      </Stack>
    </Card>
  );
}
