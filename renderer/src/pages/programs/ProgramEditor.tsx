import { Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useRef, type ReactNode } from 'react';
import { programToDraft, withStatus } from '../../../../shared/programs/program-draft';
import { programDraftSchema, type Program, type ProgramDraft } from '../../../../shared/programs/program-schema';
import { notifyFailure } from '../../api';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { BasicsSection } from './BasicsSection';
import { CaseMixSection } from './CaseMixSection';
import { ContextSection } from './ContextSection';
import { FitSection } from './FitSection';
import { PathwaysSection } from './PathwaysSection';
import { formToDraftInput, programToForm, rowKey, type ProgramFormValues } from './program-form-values';
import { localToday } from '../../../../shared/local-today';
import { useProgramIdentifierGuard } from './use-program-identifier-guard';
import { VolumeFiguresTable } from './VolumeFiguresTable';
import { SaveButton } from '../../components/SaveButton';
import { sameNameProblem } from '../../../../shared/programs/program-names';

const resolveDraft = schemaResolver(programDraftSchema, { sync: true });

interface ProgramEditorProps {
  program: Program;
  /** Resolves when saved; rejects (after telling the user) so the form keeps what was typed. */
  onSave: (draft: ProgramDraft, confirmedNotPatientData: boolean) => Promise<void>;
  /** The names of the other programs on the shortlist: renaming to one of them is refused. */
  otherNames: readonly string[];
}

function EditorCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * Every field is checked against the schema the main process enforces, then new free text
 * against the patient-data guard; nothing is sent until both pass.
 */
export function ProgramEditor({ program, onSave, otherNames }: ProgramEditorProps) {
  const guard = useProgramIdentifierGuard(program);
  const { saving, submit: guardedSave } = useGuardedSave(guard);
  const warning = useRef<HTMLDivElement>(null);
  const held = guard.findings.length > 0;
  // The save bar is sticky, so the user may be far from the notes: bring the warning into view.
  useEffect(() => {
    if (held) warning.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [held]);
  const form = useForm<ProgramFormValues>({
    mode: 'controlled',
    initialValues: programToForm(program),
    validate: (values) => {
      const errors = resolveDraft(formToDraftInput(values, programToDraft(program)));
      const taken = sameNameProblem(values.name, otherNames);
      return taken && !errors.name ? { ...errors, name: taken } : errors;
    },
  });
  useUnsavedChanges('the program details', form.isDirty());

  const submit = async (values: ProgramFormValues) => {
    const base = programToDraft(program);
    const edited = programDraftSchema.parse(formToDraftInput(values, base));
    // The saved status stays until withStatus records the change with today's date.
    const draft = withStatus({ ...edited, status: base.status }, edited.status, localToday());
    // Undefined when the guard held the save back or it failed (the page has said why): the form keeps everything typed.
    const saved = await guardedSave(draft, async (confirmed) => {
      await onSave(draft, confirmed);
      return true;
    });
    if (saved) {
      form.resetDirty();
      guard.reset();
    }
  };

  return (
    <form
      noValidate
      aria-label="Program details"
      onSubmit={form.onSubmit(
        (values) => {
          void submit(values);
        },
        (errors) => {
          const messages = Object.values(errors).filter((m): m is string => typeof m === 'string');
          notifyFailure(
            new Error(`${messages.length === 1 ? 'One field needs' : `${messages.length} fields need`} attention: ${messages[0] ?? ''}`),
            'Not saved yet',
          );
        },
      )}
    >
      <Stack gap="md">
        <EditorCard title="Basics">
          <BasicsSection form={form} history={program.statusHistory} />
        </EditorCard>
        <EditorCard title="Case volume">
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              Record each number with what it counts and where it came from. When two figures of the same kind disagree,
              the evaluation trusts the higher confidence, then the newer one.
            </Text>
            <VolumeFiguresTable
              figures={form.values.volumeFigures}
              onAdd={(figure) => form.insertListItem('volumeFigures', { ...figure, key: rowKey() })}
              onReplace={(index, figure) => form.replaceListItem('volumeFigures', index, { ...figure, key: rowKey() })}
              onRemove={(index) => form.removeListItem('volumeFigures', index)}
            />
            <NumberInput
              label="Share of the department's cases done by trainees (%)"
              description="Used only for the per-resident estimate from a departmental figure. Leave empty if unknown."
              hideControls
              suffix="%"
              maw={420}
              {...form.getInputProps('traineeSharePercent')}
            />
          </Stack>
        </EditorCard>
        <EditorCard title="Pathways and positions">
          <PathwaysSection form={form} />
        </EditorCard>
        <EditorCard title="Institution, learners and autonomy">
          <ContextSection form={form} />
        </EditorCard>
        <EditorCard title="Case mix">
          <CaseMixSection form={form} />
        </EditorCard>
        <EditorCard title="Fit and notes">
          <FitSection form={form} />
        </EditorCard>
        {held && (
          <div ref={warning}>
            <IdentifierWarning guard={guard} />
          </div>
        )}
        <Card withBorder padding="sm" pos="sticky" bottom={8} style={{ zIndex: 2 }}>
          <Group justify="space-between">
            <Text size="sm" c={form.isDirty() ? 'orange.8' : 'dimmed'}>
              {form.isDirty() ? 'You have unsaved changes. The evaluation updates after you save.' : 'All changes saved.'}
            </Text>
            <SaveButton type="submit" loading={saving}>
              Save program
            </SaveButton>
          </Group>
        </Card>
      </Stack>
    </form>
  );
}
