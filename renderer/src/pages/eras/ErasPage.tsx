import { Alert, Badge, Button, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { modals } from '@mantine/modals';
import { useCallback, useMemo, useRef, useState } from 'react';
import { plural } from '../../../../shared/in-words';
import { localToday } from '../../../../shared/local-today';
import { describeErasListChanges, erasListChanges } from '../../../../shared/statement/eras-entry-list';
import { identifiersInErasEntries } from '../../../../shared/statement/eras-identifiers';
import { resolveLimits } from '../../../../shared/statement/eras-limits';
import { suggestErasExperiences } from '../../../../shared/statement/eras-suggestion';
import { exposurePortfolio } from '../../../../shared/statement/statement-document';
import type { ErasEntry } from '../../../../shared/statement/statement-schema';
import { storiesUsedTwice } from '../../../../shared/statement/talking-point-rules';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useApiQuery } from '../../app/use-api-query';
import { ExportMenu } from '../../components/ExportMenu';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useCheckGuard } from '../../components/identifier-guard/use-identifier-guard';
import { PrintDocumentModal } from '../../components/PrintDocumentModal';
import { loadWorkspace, type Workspace } from '../statement/load-workspace';
import { talkingPointOptions } from '../statement/point-options';
import { ErasEntryCard } from './ErasEntryCard';
import { exportErasText, exportPortfolioDocx, exportPortfolioMarkdown } from './eras-exports';
import { MissingExperience } from './MissingExperience';
import { SuggestionsCard } from './SuggestionsCard';
import { useErasList } from './use-eras-list';
import { SaveButton } from '../../components/SaveButton';

function ErasBuilder({ workspace, reload }: { workspace: Workspace; reload: () => Promise<void> }) {
  const saved = workspace.statement.erasEntries;
  const title = useRef<HTMLHeadingElement>(null);
  const { entries, setEntries, headingRef, add, remove, discard } = useErasList(saved, title);
  const [printing, setPrinting] = useState(false);
  // One warning for the list, naming each flagged text by its experience; text already saved was checked then.
  const checkEntries = useCallback(
    (record: object) => identifiersInErasEntries((record as { entries: readonly ErasEntry[] }).entries, workspace.experiences, saved),
    [workspace.experiences, saved],
  );
  const guard = useCheckGuard(checkEntries);
  const { saving, submit } = useGuardedSave(guard);
  const resolved = resolveLimits(workspace.statement.limits);
  // Limits saved before Settings checked them may mark more than the list holds; only listed entries can be marked.
  const limits = { ...resolved, mostMeaningful: Math.min(resolved.mostMeaningful, resolved.experiences) };
  const experiences = useMemo(() => new Map(workspace.experiences.map((experience) => [experience.id, experience])), [workspace]);
  const pointOptions = useMemo(() => talkingPointOptions(workspace.statement.talkingPoints), [workspace]);
  const chosen = new Set(entries.map((entry) => entry.experienceId));
  const today = localToday();
  const suggestions = suggestErasExperiences(workspace.experiences, today).filter((suggestion) => !chosen.has(suggestion.experienceId));
  // An entry whose experience was deleted cannot be unmarked on its card, so it does not use up a mark.
  const meaningful = entries.filter((entry) => entry.mostMeaningful && experiences.has(entry.experienceId)).length;
  const toldInStatement = new Map<string, string[]>();
  for (const reuse of storiesUsedTwice(workspace.statement.talkingPoints, workspace.statement.outline, entries)) {
    const label = pointOptions.find((option) => option.value === reuse.talkingPointId)?.label ?? 'a talking point';
    toldInStatement.set(reuse.experienceId, [...(toldInStatement.get(reuse.experienceId) ?? []), label]);
  }
  const dirty = JSON.stringify(entries) !== JSON.stringify(saved);
  const update = (index: number, entry: ErasEntry) => setEntries((list) => list.map((item, at) => (at === index ? entry : item)));
  const move = (index: number, offset: -1 | 1) =>
    setEntries((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + offset, 0, item);
      return next;
    });

  // Asked first, as a dialog holding typed text asks: nothing on this page is saved until Save.
  const confirmDiscard = () =>
    modals.openConfirmModal({
      title: 'Discard your changes to the ERAS entries?',
      children: <Text size="sm">{describeErasListChanges(erasListChanges(saved, entries))} They will be lost.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: discard,
    });

  const save = () =>
    void submit({ entries }, async (confirmed) => {
      try {
        unwrap(await api()['statement:save-eras']({ entries, confirmedNotPatientData: confirmed }));
      } catch (caught) {
        notifyFailure(caught, 'The ERAS list was not saved');
        throw caught;
      }
      notifySuccess('ERAS experiences saved');
      await reload();
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} ref={title} tabIndex={-1}>
            ERAS experiences
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            Choose up to {plural(limits.experiences, 'experience', 'experiences')} from your tracker, write each description in plain text within {limits.descriptionChars} characters, and mark up to {limits.mostMeaningful} as most meaningful. Limits can be changed in Settings &amp; data when ERAS changes them.
          </Text>
        </div>
        <ExportMenu>
            {/* The entries as on screen, saved or not. */}
            <Menu.Item onClick={() => exportErasText({ ...workspace, statement: { ...workspace.statement, erasEntries: entries } }, today)}>ERAS entries (plain text)</Menu.Item>
            <Menu.Item onClick={() => void exportPortfolioDocx(workspace, today).catch((caught: unknown) => notifyFailure(caught, 'The portfolio could not be made'))}>Exposure portfolio (Word)</Menu.Item>
            <Menu.Item onClick={() => exportPortfolioMarkdown(workspace, today)}>Exposure portfolio (Markdown)</Menu.Item>
            <Menu.Item leftSection={<IconPrinter size={14} />} onClick={() => setPrinting(true)}>
              Exposure portfolio: print / save as PDF
            </Menu.Item>
        </ExportMenu>
      </Group>
      <Group gap="xs">
        <Badge variant="light" color={entries.length > limits.experiences ? 'red' : 'blue'} aria-label="Experiences chosen">
          {entries.length} / {plural(limits.experiences, 'experience', 'experiences')}
        </Badge>
        <Badge variant="light" color={meaningful > limits.mostMeaningful ? 'red' : 'grape'} aria-label="Most meaningful chosen">
          {meaningful} / {limits.mostMeaningful} most meaningful
        </Badge>
        {dirty ? (
          <Badge color="orange" variant="light">
            Unsaved changes
          </Badge>
        ) : null}
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed">Nothing chosen yet: add experiences from the suggestions below.</Text>
      ) : (
        <Stack component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="ERAS entries">
          {entries.map((entry, index) => {
            const experience = experiences.get(entry.experienceId);
            if (!experience) return <MissingExperience key={entry.experienceId} entry={entry} headingRef={headingRef(entry.experienceId)} onRemove={() => remove(index, null)} />;
            return (
              <ErasEntryCard
                key={entry.experienceId}
                position={index + 1}
                count={entries.length}
                experience={experience}
                entry={entry}
                limits={limits}
                canMarkMeaningful={meaningful < limits.mostMeaningful}
                toldInStatement={toldInStatement.get(entry.experienceId) ?? []}
                pointOptions={pointOptions}
                onChange={(next) => update(index, next)}
                onMove={(offset) => move(index, offset)}
                headingRef={headingRef(entry.experienceId)}
                onRemove={() => remove(index, experience.title)}
                today={today}
              />
            );
          })}
        </Stack>
      )}
      <IdentifierWarning guard={guard} />
      <Group justify="flex-end">
        <Button variant="default" disabled={!dirty} onClick={confirmDiscard}>
          Discard changes
        </Button>
        <SaveButton disabled={!dirty} loading={saving} onClick={save}>
          Save ERAS experiences
        </SaveButton>
      </Group>
      <SuggestionsCard
        suggestions={suggestions}
        experiences={experiences}
        full={entries.length >= limits.experiences}
        limit={limits.experiences}
        onAdd={(experienceId) => add({ experienceId, description: experiences.get(experienceId)?.description ?? '', mostMeaningful: false, reflection: '', talkingPointId: null })}
      />
      <PrintDocumentModal document={exposurePortfolio(workspace, today)} opened={printing} onClose={() => setPrinting(false)} pdfName="exposure-portfolio.pdf" />
    </Stack>
  );
}

export function ErasPage() {
  const { data, error, loading, reload } = useApiQuery(loadWorkspace);
  if (loading && !data) return <Loader aria-label="Loading ERAS experiences" />;
  if (!data) return <Alert color="red">Your ERAS experiences could not be loaded: {error}</Alert>;
  // Remounts with the saved list after every save or data replacement.
  return <ErasBuilder key={JSON.stringify(data.statement.erasEntries) + JSON.stringify(data.statement.limits)} workspace={data} reload={reload} />;
}
