import { ActionIcon, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback } from 'react';
import { findIdentifiers, listIdentifierKinds } from '../../../../shared/exposure/find-identifiers';
import { MAX_SECTION_TITLE_CHARS, type OutlineSection, type TalkingPoint } from '../../../../shared/statement/statement-schema';
import type { EditKeeper } from '../../app/edit-keeper';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useCheckGuard } from '../../components/identifier-guard/use-identifier-guard';
import { identifiersInOutline } from '../../../../shared/statement/outline-identifiers';
import { SaveButton } from '../../components/SaveButton';
import { moveSection } from '../../../../shared/statement/outline-sections';
import { talkingPointOptions } from './point-options';
import { useOutlineSections } from './use-outline-sections';

interface OutlineTabProps {
  outline: readonly OutlineSection[];
  points: readonly TalkingPoint[];
  /** Rejects when the save failed (the caller has said why); the sections on screen are kept. */
  onSave: (sections: OutlineSection[], confirmedNotPatientData: boolean) => Promise<void>;
  /** Keeps unsaved changes while the tab is unmounted (another section opened). */
  keeper?: EditKeeper<readonly OutlineSection[]>;
}

/**
 * Ordered sections of the statement, each with the talking points it will make. Nothing is saved
 * until Save outline; a removed section can be brought back with Undo, and Discard changes goes
 * back to the saved outline. Remount (key) to reset to the saved outline.
 */
export function OutlineTab({ outline, points, onSave, keeper }: OutlineTabProps) {
  const { sections, setSections, heading, titleRef, removeRef, add, remove, discard } = useOutlineSections(outline, points, keeper);
  // Titles go into the outline exports, so they get the same patient-data check as the draft: one
  // warning naming only the titles to fix, skipping those saved (and so checked) before.
  const checkOutline = useCallback(
    (record: object) => identifiersInOutline((record as { sections: readonly OutlineSection[] }).sections, outline),
    [outline],
  );
  const guard = useCheckGuard(checkOutline);
  const { saving, submit } = useGuardedSave(guard);
  const changed = JSON.stringify(sections) !== JSON.stringify(outline);
  const pointOptions = talkingPointOptions(points);
  const update = (index: number, patch: Partial<OutlineSection>) => setSections((list) => list.map((section, at) => (at === index ? { ...section, ...patch } : section)));
  const invalid = sections.some((section) => section.title.trim() === '');
  // Asked first, as the draft asks: a retitled or reordered outline has no other copy.
  const confirmDiscard = () =>
    modals.openConfirmModal({
      title: 'Discard your changes to the outline?',
      children: <Text size="sm">The outline goes back to how you last saved it. Every change since then is lost: sections added, removed, retitled or moved, and talking points placed.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        discard();
        guard.reset();
      },
    });
  const titleError = (title: string): string | undefined => {
    if (title.trim() === '') return 'Give the section a title';
    // Only while the warning is up, so the flagged section is easy to find among many.
    if (guard.findings.length === 0 || guard.confirmed || outline.some((saved) => saved.title === title)) return undefined;
    const findings = findIdentifiers(title);
    return findings.length > 0 ? `May identify a patient: ${listIdentifierKinds(findings)}` : undefined;
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4} ref={heading} tabIndex={-1}>
            Outline
          </Title>
          <Text size="sm" c="dimmed">
            The order your statement will follow. A talking point sits in one section.
          </Text>
        </div>
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={add}>
            Add section
          </Button>
          <Button variant="default" disabled={!changed} onClick={confirmDiscard}>
            Discard changes
          </Button>
          <SaveButton
            disabled={!changed || invalid}
            loading={saving}
            onClick={() => void submit({ sections }, (confirmed) => onSave([...sections], confirmed))}
          >
            Save outline
          </SaveButton>
        </Group>
      </Group>
      <Stack gap="sm">
        <IdentifierWarning guard={guard} />
        {sections.map((section, index) => (
          <Card key={section.id} withBorder padding="sm" aria-label={`Section ${index + 1}`}>
            <Group align="flex-end" wrap="nowrap">
              <Text fw={700} c="dimmed" w={24}>
                {index + 1}
              </Text>
              <TextInput
                style={{ flex: 1 }}
                label="Section title"
                value={section.title}
                maxLength={MAX_SECTION_TITLE_CHARS}
                description={section.title.length >= MAX_SECTION_TITLE_CHARS ? `At most ${MAX_SECTION_TITLE_CHARS} characters` : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                error={titleError(section.title)}
                ref={titleRef(section.id)}
                onChange={(event) => update(index, { title: event.currentTarget.value })}
              />
              <ActionIcon variant="subtle" aria-label={`Move ${section.title} up`} disabled={index === 0} onClick={() => setSections((list) => moveSection(list, index, index - 1))}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={`Move ${section.title} down`} disabled={index === sections.length - 1} onClick={() => setSections((list) => moveSection(list, index, index + 1))}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon ref={removeRef(section.id)} variant="subtle" color="red" aria-label={`Remove ${section.title}`} onClick={() => remove(index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <MultiSelect
              mt="xs"
              label="Talking points in this section"
              placeholder={points.length === 0 ? 'Write talking points first' : 'Choose points'}
              data={pointOptions.map((option) => ({ ...option, disabled: sections.some((other, at) => at !== index && other.talkingPointIds.includes(option.value)) }))}
              value={section.talkingPointIds}
              onChange={(talkingPointIds) => update(index, { talkingPointIds })}
            />
          </Card>
        ))}
      </Stack>
    </Card>
  );
}
