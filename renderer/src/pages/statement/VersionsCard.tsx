import { Box, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { versionNamed, versionRoom, VERSIONS_FULL_MESSAGE } from '../../../../shared/statement/draft-versions';
import { MAX_VERSION_NAME_CHARS, MAX_VERSIONS, type Draft, type DraftVersion } from '../../../../shared/statement/statement-schema';
import type { EditKeeper } from '../../app/edit-keeper';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { VersionsSideBySide } from './VersionsSideBySide';
import { VersionsTable } from './VersionsTable';
import { SaveButton } from '../../components/SaveButton';

interface VersionsCardProps {
  draft: Draft;
  /** The editor holds text not yet saved: a version or a restore would not include it. */
  draftDirty: boolean;
  /** Rejects when the save failed (the caller has said why); the typed name is kept. */
  onSaveVersion: (name: string, confirmedNotPatientData: boolean) => Promise<void>;
  /** Rejects when the restore failed (the caller has said why). */
  onRestore: (id: string) => Promise<void>;
  /** Deletes at once; the caller offers Undo. */
  onDelete: (version: DraftVersion) => void;
  /** The editor's unsaved text, shown as the current draft side by side. */
  draftKeeper?: EditKeeper<string>;
}

/** Named snapshots of the draft, restore, and two of them side by side. */
export function VersionsCard({ draft, draftDirty, onSaveVersion, onRestore, onDelete, draftKeeper }: VersionsCardProps) {
  const [name, setName] = useState('');
  // The name is listed beside the versions and in the side-by-side picker, so it is checked like any free text.
  const guard = useIdentifierGuard('version');
  const { saving, submit } = useGuardedSave(guard);
  const heading = useRef<HTMLHeadingElement>(null);
  const taken = versionNamed(draft.versions, name);
  const room = versionRoom(draft.versions);
  const nameTaken = taken ? `You already have a version called “${taken.name}”. Choose another name.` : undefined;
  const atLimit = name.length >= MAX_VERSION_NAME_CHARS ? `A version name takes at most ${MAX_VERSION_NAME_CHARS} characters.` : undefined;
  // A version keeps the saved draft: with none written, it would only take a place among the versions.
  const emptyDraft = !draftDirty && draft.text.trim() === '';
  const whyNotNow = useId();
  const saveVersion = () => {
    const version = { name: name.trim() };
    void submit(version, (confirmed) => onSaveVersion(version.name, confirmed).then(() => true)).then((done) => {
      if (!done) return;
      setName('');
      guard.reset();
    });
  };

  return (
    <Card withBorder>
      <Title order={4} ref={heading} tabIndex={-1}>
        Versions
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Keep a named copy before a big rewrite. Restoring keeps the text it replaces as a version too.
      </Text>
      {/* Says why Save as version does nothing yet; the button is described by it. */}
      {draftDirty ? (
        <Text size="sm" c="orange" mb="sm" id={whyNotNow}>
          Save or discard your draft changes first, so nothing you typed is left out or lost.
        </Text>
      ) : emptyDraft ? (
        <Text size="sm" c="dimmed" mb="sm" id={whyNotNow}>
          The draft is empty. Write and save some text first: a version keeps a copy of it.
        </Text>
      ) : null}
      {room === 'full' ? (
        <Text size="sm" c="red" mb="sm">
          {VERSIONS_FULL_MESSAGE}
        </Text>
      ) : room === 'replaces-automatic' ? (
        <Text size="sm" c="dimmed" mb="sm">
          You have {MAX_VERSIONS} versions, the most the app keeps: the next one replaces the oldest copy kept before a restore.
        </Text>
      ) : null}
      {/* The warning goes under the row, at full width, so a one-line name is not squeezed beside the button. */}
      <Stack gap="xs" mb="md">
        <TextInput
          label="Version name"
          placeholder="e.g. After Dr. Lee’s comments"
          value={name}
          maxLength={MAX_VERSION_NAME_CHARS}
          error={nameTaken}
          description={nameTaken ? undefined : atLimit}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          // The button sits beside the field itself, level with it, above any note under the field.
          inputContainer={(field) => (
            <Group align="flex-start" wrap="nowrap">
              <Box style={{ flex: 1 }}>{field}</Box>
              <SaveButton
                disabled={name.trim() === '' || draftDirty || emptyDraft || taken !== undefined || room === 'full'}
                aria-describedby={draftDirty || emptyDraft ? whyNotNow : undefined}
                loading={saving}
                onClick={saveVersion}
              >
                Save as version
              </SaveButton>
            </Group>
          )}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <IdentifierWarning guard={guard} />
      </Stack>
      {draft.versions.length > 0 ? (
        <VersionsTable versions={draft.versions} draftDirty={draftDirty} onRestore={onRestore} onDelete={onDelete} focusList={() => heading.current?.focus()} />
      ) : (
        <Text size="sm" c="dimmed" mb="md">
          No saved versions yet.
        </Text>
      )}
      <VersionsSideBySide draft={draft} draftKeeper={draftKeeper} />
    </Card>
  );
}
