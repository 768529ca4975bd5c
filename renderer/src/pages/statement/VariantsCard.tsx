import { ActionIcon, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Program } from '../../../../shared/programs/program-schema';
import type { ParagraphVariant, ParagraphVariantInput } from '../../../../shared/statement/statement-schema';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { SaveButton } from '../../components/SaveButton';

interface VariantsCardProps {
  variants: readonly ParagraphVariant[];
  programs: readonly Program[];
  onSave: (variant: ParagraphVariantInput, confirmed: boolean) => Promise<void>;
  onDelete: (variant: ParagraphVariant) => void;
}

/** A paragraph rewritten for one program ("why this program"), kept beside the main draft. */
export function VariantsCard({ variants, programs, onSave, onDelete }: VariantsCardProps) {
  const [programId, setProgramId] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const guard = useIdentifierGuard('variant');
  const { saving, submit } = useGuardedSave(guard);
  const names = new Map(programs.map((program) => [program.id, program.name]));
  const ready = programId !== null && label.trim() !== '' && text.trim() !== '';
  // Not kept like the draft: a half-written paragraph is lost on leaving, so leaving asks first.
  useUnsavedChanges('the program-specific paragraph', label.trim() !== '' || text.trim() !== '');

  return (
    <Card withBorder>
      <Title order={4}>Program-specific paragraphs</Title>
      <Text size="sm" c="dimmed" mb="sm">
        A paragraph written for one program, to swap in when you send the statement there.
      </Text>
      {programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add programs to your shortlist to write paragraphs for them.
        </Text>
      ) : (
        <Stack gap="xs" mb="md">
          <Group grow>
            <Select label="Program" placeholder="Choose a program" data={programs.map((program) => ({ value: program.id, label: program.name }))} value={programId} onChange={setProgramId} searchable />
            <TextInput label="Replaces which paragraph" placeholder="e.g. Closing" value={label} onChange={(event) => setLabel(event.currentTarget.value)} />
          </Group>
          <Textarea label="Paragraph for this program" autosize minRows={3} value={text} onChange={(event) => setText(event.currentTarget.value)} />
          <IdentifierWarning guard={guard} />
          <Group justify="flex-end">
            <SaveButton
              disabled={!ready}
              loading={saving}
              onClick={() => {
                if (!programId) return;
                const variant = { programId, paragraphLabel: label.trim(), text: text.trim() };
                void submit(variant, (confirmed) => onSave(variant, confirmed).then(() => true)).then((done) => {
                  if (!done) return;
                  setLabel('');
                  setText('');
                  guard.reset();
                });
              }}
            >
              Add paragraph
            </SaveButton>
          </Group>
        </Stack>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Program-specific paragraphs">
        {variants.map((variant) => (
          <Card component="li" key={variant.id} withBorder padding="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" fw={600}>
                  {names.get(variant.programId) ?? 'A program no longer on your shortlist'} — {variant.paragraphLabel}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {variant.text}
                </Text>
              </div>
              <ActionIcon variant="subtle" color="red" aria-label={`Delete the paragraph for ${names.get(variant.programId) ?? 'a program'}`} onClick={() => onDelete(variant)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}
