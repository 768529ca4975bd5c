import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconChartBar, IconClipboardList, IconForms, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { pathwayFit, pathwayMismatch } from '../../../../shared/programs/pathway-fit';
import { PROGRAM_STATUS_LABELS, type Program, type ProgramDraft } from '../../../../shared/programs/program-schema';
import type { Pathway } from '../../../../shared/schema/profile';
import { useConfirmLeave } from '../../app/LeaveGuard';
import { describeUnsaved } from '../../app/unsaved-changes';
import { focusWasLost } from '../../components/focus-lost';
import { EvaluationPanel } from './EvaluationPanel';
import { InterviewSheetPanel } from './InterviewSheetPanel';
import { PrintableSheet } from './PrintableSheet';
import { ProgramEditor } from './ProgramEditor';
import { STATUS_COLORS } from './program-labels';

interface ProgramDetailProps {
  program: Program;
  /** The pathways the applicant's profile names. */
  applicantPathways: readonly Pathway[];
  onBack: () => void;
  /** `confirmedNotPatientData`: the user confirmed what the identifier check found. */
  onSave: (draft: ProgramDraft, confirmedNotPatientData: boolean) => Promise<void>;
  onDelete: () => void;
  /** The names of the other programs on the shortlist. */
  otherNames: readonly string[];
}

/**
 * Deletes at once when nothing typed would be lost (Undo brings the program back); with unsaved
 * edits, asks first, since Undo brings back only what was saved.
 */
function confirmDelete(name: string, onDelete: () => void): void {
  const unsaved = describeUnsaved('lostOnLeaving');
  if (unsaved === '') {
    onDelete();
    return;
  }
  modals.openConfirmModal({
    title: `Delete ${name} with unsaved changes?`,
    children: (
      <Text size="sm">
        Your changes to {unsaved} are not saved. Undo after deleting brings the program back as it was last saved, without them.
      </Text>
    ),
    labels: { confirm: 'Delete program', cancel: 'Keep editing' },
    confirmProps: { color: 'red' },
    onConfirm: onDelete,
  });
}

export function ProgramDetail({ program, applicantPathways, onBack, onSave, onDelete, otherNames }: ProgramDetailProps) {
  const [tab, setTab] = useState<string | null>('details');
  const [printing, setPrinting] = useState(false);
  const confirmLeave = useConfirmLeave();
  const mismatch = pathwayMismatch(pathwayFit(applicantPathways, program));
  const place = [program.institution, [program.city, program.state].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
  // Opening a program (from the list, or "Add and edit") takes away what was focused: a keyboard
  // user starts again from the program's name rather than from the top of the document.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusWasLost()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        {/* A long unbroken name, institution or city wraps anywhere instead of running off the header. */}
        <div style={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} />} onClick={() => confirmLeave(onBack)} mb={4}>
            All programs
          </Button>
          <Group gap="sm">
            <Title order={2} ref={heading} tabIndex={-1} miw={0}>
              {program.name}
            </Title>
            <Badge variant="light" color={STATUS_COLORS[program.status]}>
              {PROGRAM_STATUS_LABELS[program.status]}
            </Badge>
          </Group>
          {place && (
            <Text c="dimmed" size="sm">
              {place}
            </Text>
          )}
          {mismatch && (
            <Text c="orange.8" size="sm" mt={4}>
              Not one of your pathways: {mismatch}
            </Text>
          )}
        </div>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => confirmDelete(program.name, onDelete)}
          style={{ flexShrink: 0 }}
        >
          Delete program
        </Button>
      </Group>
      {/* Hidden by style, not by React's Activity: Activity runs a hidden panel's effect cleanups, which
          unregistered its unsaved edits, so leaving the program from another tab lost them silently. */}
      <Tabs value={tab} onChange={setTab} keepMountedMode="display-none">
        <Tabs.List mb="md">
          <Tabs.Tab value="details" leftSection={<IconForms size={16} />}>
            Details
          </Tabs.Tab>
          <Tabs.Tab value="evaluation" leftSection={<IconChartBar size={16} />}>
            Evaluation
          </Tabs.Tab>
          <Tabs.Tab value="interview" leftSection={<IconClipboardList size={16} />}>
            Interview sheet
          </Tabs.Tab>
        </Tabs.List>
        {/* Panels stay mounted, so unsaved edits in Details survive a look at the evaluation. */}
        <Tabs.Panel value="details">
          <ProgramEditor program={program} onSave={onSave} otherNames={otherNames} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluation">
          <EvaluationPanel program={program} />
        </Tabs.Panel>
        <Tabs.Panel value="interview">
          <InterviewSheetPanel program={program} onSave={onSave} onPrint={() => setPrinting(true)} />
        </Tabs.Panel>
      </Tabs>
      <PrintableSheet program={program} opened={printing} onClose={() => setPrinting(false)} />
    </Stack>
  );
}
