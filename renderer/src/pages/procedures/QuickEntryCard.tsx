import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { memo, useState, type Ref } from 'react';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import type { ProcedureEntry, ProcedureEntryInput } from '../../../../shared/exposure/procedure-schema';
import { findProcedure, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { emptyProcedureForm } from './procedure-form-values';
import { ProcedureEntryForm } from './ProcedureEntryForm';

const LAST_EXPERIENCE_KEY = 'irmp.procedure-log.last-experience';

/** Cases come in runs during one observership, so the last experience chosen is the likely next one. */
function rememberedExperience(experiences: readonly Experience[]): string | null {
  try {
    const id = window.localStorage.getItem(LAST_EXPERIENCE_KEY);
    return experiences.some((experience) => experience.id === id) ? id : null;
  } catch {
    return null;
  }
}

function rememberExperience(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(LAST_EXPERIENCE_KEY, id);
    else window.localStorage.removeItem(LAST_EXPERIENCE_KEY);
  } catch {
    // Storage can be unavailable (private mode); remembering is only a convenience.
  }
}

interface QuickEntryCardProps {
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Experience[];
  onLogged: (created: ProcedureEntry[]) => Promise<void>;
  onAddCustomProcedure: () => void;
  onManageCustomProcedures: () => void;
  /** Where focus goes back to when the dialogs these buttons open are closed. */
  addProcedureButton?: Ref<HTMLButtonElement>;
  manageProceduresButton?: Ref<HTMLButtonElement>;
}

/** Memoised: typing in the log's search box re-renders the page, and this form has nothing to redo. */
export const QuickEntryCard = memo(function QuickEntryCard(props: QuickEntryCardProps) {
  const { customProcedures, experiences, onLogged, onAddCustomProcedure, onManageCustomProcedures, addProcedureButton, manageProceduresButton } = props;
  const [initialValues] = useState(() => emptyProcedureForm({ experienceId: rememberedExperience(experiences) }));

  const save = async (entry: ProcedureEntryInput, count: number, confirmedNotPatientData: boolean) => {
    try {
      const entries = Array.from({ length: count }, () => entry);
      const created = unwrap(await api()['procedures:add']({ entries, confirmedNotPatientData }));
      rememberExperience(entry.experienceId);
      const name = findProcedure(entry.procedureId, customProcedures)?.name ?? 'case';
      notifySuccess(count === 1 ? `Logged ${name}` : `Logged ${count} × ${name}`);
      await onLogged(created);
      return true;
    } catch (caught) {
      notifyFailure(caught, 'The case was not logged');
      return false;
    }
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Log a case</Title>
            <Text size="sm" c="dimmed">
              Pick the procedure, your role and the experience; the rest is optional.
            </Text>
          </div>
          <Group gap="xs">
            {customProcedures.length > 0 && (
              <Button
                ref={manageProceduresButton}
                variant="default"
                size="xs"
                leftSection={<IconListDetails size={14} />}
                onClick={onManageCustomProcedures}
              >
                Your own procedures ({customProcedures.length})
              </Button>
            )}
            <Button ref={addProcedureButton} variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAddCustomProcedure}>
              Add your own procedure
            </Button>
          </Group>
        </Group>
        <ProcedureEntryForm
          mode="quick"
          initialValues={initialValues}
          customProcedures={customProcedures}
          experiences={experiences}
          onSave={save}
        />
      </Stack>
    </Card>
  );
});
