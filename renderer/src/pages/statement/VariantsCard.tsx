import { Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useRef, useState } from 'react';
import type { Program } from '../../../../shared/programs/program-schema';
import { MAX_POINT_CHARS, MAX_VARIANT_LABEL_CHARS, type ParagraphVariant, type ParagraphVariantInput } from '../../../../shared/statement/statement-schema';
import { overLengthMessage } from '../../../../shared/statement/text-counts';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { SaveButton } from '../../components/SaveButton';
import { VariantList } from './VariantList';

interface VariantsCardProps {
  variants: readonly ParagraphVariant[];
  programs: readonly Program[];
  /** Adds a paragraph, or with `id` saves it in place; rejects when the save failed (the caller has said why). */
  onSave: (variant: ParagraphVariantInput, confirmed: boolean, id?: string) => Promise<void>;
  /** Deletes at once; the caller offers Undo. */
  onDelete: (variant: ParagraphVariant) => void;
}

type FormValues = { programId: string | null; label: string; text: string };
const EMPTY: FormValues = { programId: null, label: '', text: '' };
const valuesOf = (variant: ParagraphVariant): FormValues => ({ programId: variant.programId, label: variant.paragraphLabel, text: variant.text });
const sameValues = (a: FormValues, b: FormValues) => a.programId === b.programId && a.label === b.label && a.text === b.text;

/** A paragraph rewritten for one program ("why this program"), kept beside the main draft. */
export function VariantsCard({ variants, programs, onSave, onDelete }: VariantsCardProps) {
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [editing, setEditing] = useState<ParagraphVariant | null>(null);
  // Text already saved in the paragraph being edited was checked then.
  const guard = useIdentifierGuard('variant', editing);
  const { saving, submit } = useGuardedSave(guard);
  const heading = useRef<HTMLHeadingElement>(null);
  const paragraphField = useRef<HTMLTextAreaElement>(null);
  const names = new Map(programs.map((program) => [program.id, program.name]));
  const { programId, label, text } = values;
  const tooLong = overLengthMessage(text, MAX_POINT_CHARS, 'a paragraph');
  const ready = programId !== null && label.trim() !== '' && text.trim() !== '' && tooLong === null;
  const typed = editing ? !sameValues(values, valuesOf(editing)) : label.trim() !== '' || text.trim() !== '';
  // Not kept like the draft: a half-written paragraph is lost on leaving, so leaving asks first.
  useUnsavedChanges('the program-specific paragraph', typed);
  const set = (patch: Partial<FormValues>) => setValues((current) => ({ ...current, ...patch }));

  const reset = () => {
    setValues(EMPTY);
    setEditing(null);
    guard.reset();
  };

  const startEditing = (variant: ParagraphVariant) => {
    const load = () => {
      setValues(valuesOf(variant));
      setEditing(variant);
      guard.reset();
      paragraphField.current?.focus();
    };
    if (!typed) return load();
    // Asked first, as a dialog holding typed text asks: the form has no other copy of it.
    modals.openConfirmModal({
      title: 'Discard what you typed?',
      children: <Text size="sm">The paragraph in the form is not saved yet. Editing another one replaces it.</Text>,
      labels: { confirm: 'Discard and edit', cancel: 'Keep typing' },
      confirmProps: { color: 'red' },
      onConfirm: load,
    });
  };

  const remove = (variant: ParagraphVariant) => {
    // The paragraph goes from the list: focus leaves it first, so it does not fall to the top of the page.
    heading.current?.focus();
    if (editing?.id === variant.id) reset();
    onDelete(variant);
  };

  const save = () => {
    if (!programId) return;
    const variant = { programId, paragraphLabel: label.trim(), text: text.trim() };
    void submit(variant, (confirmed) => onSave(variant, confirmed, editing?.id).then(() => true)).then((done) => {
      if (!done) return;
      reset();
      // The Save button is about to read "Add paragraph" and hold nothing: the list's heading is where the result is.
      heading.current?.focus();
    });
  };

  return (
    <Card withBorder>
      <Title order={4} ref={heading} tabIndex={-1}>
        Program-specific paragraphs
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A paragraph written for one program, to swap in when you send the statement there.
      </Text>
      {programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add programs to your shortlist to write paragraphs for them.
        </Text>
      ) : (
        <Stack gap="xs" mb="md">
          <Group grow align="flex-start">
            <Select label="Program" placeholder="Choose a program" data={programs.map((program) => ({ value: program.id, label: program.name }))} value={programId} onChange={(value) => set({ programId: value })} searchable />
            <TextInput
              label="Replaces which paragraph"
              placeholder="e.g. Closing"
              value={label}
              maxLength={MAX_VARIANT_LABEL_CHARS}
              description={label.length >= MAX_VARIANT_LABEL_CHARS ? `At most ${MAX_VARIANT_LABEL_CHARS} characters` : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              onChange={(event) => set({ label: event.currentTarget.value })}
            />
          </Group>
          <Textarea ref={paragraphField} label="Paragraph for this program" autosize minRows={3} value={text} error={tooLong} onChange={(event) => set({ text: event.currentTarget.value })} />
          <IdentifierWarning guard={guard} />
          <Group justify="flex-end">
            {editing ? (
              <Button
                variant="default"
                onClick={() => {
                  reset();
                  heading.current?.focus();
                }}
              >
                Cancel editing
              </Button>
            ) : null}
            <SaveButton disabled={!ready} loading={saving} onClick={save}>
              {editing ? 'Save paragraph' : 'Add paragraph'}
            </SaveButton>
          </Group>
        </Stack>
      )}
      <VariantList variants={variants} names={names} editingId={editing?.id ?? null} onEdit={programs.length > 0 ? startEditing : undefined} onDelete={remove} />
    </Card>
  );
}
