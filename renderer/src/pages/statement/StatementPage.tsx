import { Alert, Group, Loader, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBulb, IconFileText, IconListDetails, IconMessage } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { resolveLimits } from '../../../../shared/statement/eras-limits';
import { personalPrompts } from '../../../../shared/statement/personal-prompts';
import type { ParagraphVariantInput, TalkingPoint, TalkingPointInput } from '../../../../shared/statement/statement-schema';
import { api, notifyFailure, unwrap } from '../../api';
import { useApiQuery } from '../../app/use-api-query';
import { ExportMenu } from '../../components/ExportMenu';
import { FormDialog } from '../../components/FormDialog';
import { useFocusAfterRender } from '../../components/use-focus-after-render';
import { DraftEditor } from './DraftEditor';
import { loadWorkspace } from './load-workspace';
import { OutlineTab } from './OutlineTab';
import { PromptsTab, type PromptChoice } from './PromptsTab';
import { statementActions } from './statement-actions';
import { exportDocx, exportMarkdown, type StatementExport } from './statement-exports';
import { TalkingPointForm } from './TalkingPointForm';
import { talkingPointToFocus, TalkingPointsTab } from './TalkingPointsTab';
import { asOnScreen, unsavedDraft, unsavedOutline } from './unsaved-edits';
import { VariantsCard } from './VariantsCard';
import { VersionsCard } from './VersionsCard';

type Editing = { point: TalkingPoint | null; initial: TalkingPointInput };

export function StatementPage() {
  const { data, error, loading, reload } = useApiQuery(loadWorkspace);
  const [tab, setTab] = useState<string | null>('prompts');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draftDirty, setDraftDirty] = useState(false);
  const { act, deletePoint, deleteVariant, deleteVersion } = statementActions(reload);
  const prompts = useMemo(() => (data ? personalPrompts(data) : []), [data]);
  const focusAfterRender = useFocusAfterRender();
  const pointsPanel = useRef<HTMLDivElement>(null);

  if (loading && !data) return <Loader aria-label="Loading the statement workspace" />;
  if (!data) return <Alert color="red">The statement workspace could not be loaded: {error}</Alert>;
  const limits = resolveLimits(data.statement.limits);

  const savePoint = (input: TalkingPointInput, confirmed: boolean) => {
    let savedId = '';
    const save = async () => {
      savedId = unwrap(await api()['statement:save-point']({ id: editing?.point?.id, point: input, confirmedNotPatientData: confirmed })).id;
    };
    return act(save, 'The talking point was not saved', editing?.point ? 'Talking point updated' : 'Talking point added').then(() => {
      setEditing(null);
      setTab('points');
      // What opened the dialog (a prompt's button) went with the Prompts tab, and focus would fall to the
      // top of the page: it goes to the point saved. Mantine returns focus to the opener only when nothing took it.
      focusAfterRender(() => talkingPointToFocus(pointsPanel.current, savedId));
    });
  };
  // The draft and outline as on screen, saved or not, as the ERAS export does.
  const runExport = (kind: StatementExport, format: 'md' | 'docx') => {
    const shown = asOnScreen(data);
    if (format === 'md') return exportMarkdown(kind, shown);
    exportDocx(kind, shown).catch((caught: unknown) => notifyFailure(caught, 'The document could not be made'));
  };
  const write = (choice: PromptChoice) => setEditing({ point: null, initial: { text: '', promptId: choice.promptId, evidence: choice.evidence, strength: 'solid' } });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Personal statement</Title>
          <Text c="dimmed" size="sm" maw={720}>
            Turn your log into a statement: answer prompts built from what you saw, keep each point tied to evidence, then draft.
            Programs look for specific procedures, care around them, IR as a clinical specialty, and your own path.
          </Text>
        </div>
        <ExportMenu>
            <Menu.Item onClick={() => runExport('statement', 'docx')}>Statement (Word)</Menu.Item>
            <Menu.Item onClick={() => runExport('statement', 'md')}>Statement (Markdown)</Menu.Item>
            <Menu.Item onClick={() => runExport('outline', 'docx')}>Outline and talking points (Word)</Menu.Item>
            <Menu.Item onClick={() => runExport('outline', 'md')}>Outline and talking points (Markdown)</Menu.Item>
        </ExportMenu>
      </Group>
      {/* The kept panels are hidden by style, not by Activity, whose effect cleanups would unregister a
          half-written program paragraph while another tab is open. */}
      <Tabs value={tab} onChange={setTab} keepMounted={false} keepMountedMode="display-none">
        <Tabs.List>
          <Tabs.Tab value="prompts" leftSection={<IconBulb size={16} />}>
            Prompts
          </Tabs.Tab>
          <Tabs.Tab value="points" leftSection={<IconMessage size={16} />}>
            Talking points ({data.statement.talkingPoints.length})
          </Tabs.Tab>
          <Tabs.Tab value="outline" leftSection={<IconListDetails size={16} />}>
            Outline
          </Tabs.Tab>
          <Tabs.Tab value="draft" leftSection={<IconFileText size={16} />}>
            Draft
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="prompts" pt="md">
          <PromptsTab workspace={data} prompts={prompts} onWrite={write} />
        </Tabs.Panel>
        <Tabs.Panel value="points" pt="md" ref={pointsPanel}>
          <TalkingPointsTab
            workspace={data}
            prompts={prompts}
            onAdd={() => setEditing({ point: null, initial: { text: '', promptId: null, evidence: [], strength: 'solid' } })}
            onEdit={(point) => setEditing({ point, initial: point })}
            onDelete={deletePoint}
          />
        </Tabs.Panel>
        {/* Kept mounted so unsaved outline edits and draft text survive a look at another tab. */}
        <Tabs.Panel value="outline" pt="md" keepMounted>
          <OutlineTab
            key={JSON.stringify(data.statement.outline)}
            outline={data.statement.outline}
            points={data.statement.talkingPoints}
            keeper={unsavedOutline}
            onSave={(sections, confirmed) => act(async () => unwrap(await api()['statement:save-outline']({ sections, confirmedNotPatientData: confirmed })), 'The outline was not saved', 'Outline saved')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="draft" pt="md" keepMounted>
          <Stack>
            <DraftEditor key={data.statement.draft.updatedAt ?? 'new'} saved={data.statement.draft.text} limits={limits} keeper={unsavedDraft} onDirtyChange={setDraftDirty} onSave={(text, confirmed) => act(async () => unwrap(await api()['statement:save-draft']({ text, confirmedNotPatientData: confirmed })), 'The draft was not saved', 'Draft saved')} />
            <VersionsCard
              draft={data.statement.draft}
              draftDirty={draftDirty}
              onSaveVersion={(name, confirmed) => act(async () => unwrap(await api()['statement:save-version']({ name, confirmedNotPatientData: confirmed })), 'The version was not saved', `Saved as “${name}”`)}
              onRestore={(id) => act(async () => unwrap(await api()['statement:restore-version']({ id })), 'The version was not restored', 'Version restored; the text it replaced is kept as a version')}
              onDelete={deleteVersion}
              draftKeeper={unsavedDraft}
            />
            <VariantsCard
              variants={data.statement.draft.variants}
              programs={data.programs}
              onSave={(variant: ParagraphVariantInput, confirmed, id) =>
                act(async () => unwrap(await api()['statement:save-variant']({ id, variant, confirmedNotPatientData: confirmed })), 'The paragraph was not saved', id ? 'Paragraph updated' : 'Paragraph added')
              }
              onDelete={deleteVariant}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <FormDialog opened={editing !== null} onClose={() => setEditing(null)} title={editing?.point ? 'Edit talking point' : 'New talking point'} size="lg">
        {editing ? <TalkingPointForm workspace={data} prompts={prompts} initial={editing.initial} editing={editing.point} onSave={savePoint} onCancel={() => setEditing(null)} /> : null}
      </FormDialog>
    </Stack>
  );
}
