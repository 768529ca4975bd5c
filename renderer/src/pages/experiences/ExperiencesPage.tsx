import { Alert, Button, Card, Chip, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  EXPERIENCE_KIND_LABELS,
  EXPERIENCE_KINDS,
  type Experience,
  type ExperienceInput,
  type ExperienceKind,
} from '../../../../shared/exposure/experience-schema';
import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import type { ResearchOutput, ResearchOutputInput } from '../../../../shared/exposure/research-output-schema';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useApiQuery } from '../../app/use-api-query';
import { loadExposure } from '../exposure/load-exposure';
import { ShowMoreButton, useShowMore } from '../../components/show-more';
import { FormDialog } from '../../components/FormDialog';
import { ExperienceCard } from './ExperienceCard';
import { ExperienceForm } from './ExperienceForm';
import { notifyDeletedWithUndo } from '../../components/notify-undo';
import { ResearchOutputForm } from './ResearchOutputForm';
import { ResearchOutputItem } from './ResearchOutputItem';
import { focusWasLost } from '../../components/focus-lost';

/** Kinds whose work produces abstracts, posters and papers. */
const OUTPUT_KINDS: ReadonlySet<ExperienceKind> = new Set(['research-project', 'qi-project', 'case-report']);

type Editing =
  | { what: 'experience'; experience: Experience | null }
  | { what: 'output'; output: ResearchOutput | null; experienceId: string | null };

type Filter = ExperienceKind | 'all';

const newestFirst = (a: Experience, b: Experience) => b.startDate.localeCompare(a.startDate);

export function ExperiencesPage() {
  const { data, error, loading, reload } = useApiQuery(loadExposure);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  // Saved while the page is open: shown even when older than the first cards of its kind, so a save never seems lost.
  const [savedHere, setSavedHere] = useState<ReadonlySet<string>>(new Set());

  const saveExperience = async (input: ExperienceInput, confirmed: boolean) => {
    const id = editing?.what === 'experience' ? editing.experience?.id : undefined;
    try {
      const saved = unwrap(await api()['experiences:save']({ id, experience: input, confirmedNotPatientData: confirmed }));
      setSavedHere((current) => new Set(current).add(saved.id));
    } catch (caught) {
      notifyFailure(caught, 'The experience was not saved');
      throw caught;
    }
    setEditing(null);
    notifySuccess(id ? 'Experience updated' : 'Experience added');
    await reload();
  };

  const saveOutput = async (input: ResearchOutputInput, confirmed: boolean) => {
    const id = editing?.what === 'output' ? editing.output?.id : undefined;
    try {
      unwrap(await api()['outputs:save']({ id, output: input, confirmedNotPatientData: confirmed }));
    } catch (caught) {
      notifyFailure(caught, 'The research output was not saved');
      throw caught;
    }
    setEditing(null);
    notifySuccess(id ? 'Research output updated' : 'Research output added');
    await reload();
  };

  // A deleted card takes the focused Delete button with it: focus goes to the page's title, not
  // to the top of the document, so a keyboard user goes on from this page.
  const title = useRef<HTMLHeadingElement>(null);
  const keepFocusOnPage = () => {
    // After the list without the card has been committed.
    window.setTimeout(() => {
      if (focusWasLost()) title.current?.focus({ preventScroll: true });
    }, 0);
  };

  const deleteExperience = async (experience: Experience) => {
    try {
      const removed = unwrap(await api()['experiences:delete']({ id: experience.id }));
      await reload();
      keepFocusOnPage();
      notifyDeletedWithUndo(`Deleted “${experience.title}”`, async () => {
        // Restore puts back the links from procedures and outputs that the delete cleared.
        unwrap(await api()['experiences:restore'](removed));
        await reload();
      });
    } catch (caught) {
      notifyFailure(caught, 'The experience was not deleted');
    }
  };

  const deleteOutput = async (output: ResearchOutput) => {
    try {
      const removed = unwrap(await api()['outputs:delete']({ id: output.id }));
      await reload();
      keepFocusOnPage();
      notifyDeletedWithUndo(`Deleted “${output.title}”`, async () => {
        unwrap(await api()['outputs:restore'](removed));
        await reload();
      });
    } catch (caught) {
      notifyFailure(caught, 'The research output was not deleted');
    }
  };

  const close = () => setEditing(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} ref={title} tabIndex={-1}>
            Experiences
          </Title>
          <Text c="dimmed" size="sm" maw={640}>
            Observerships, rotations, research, conferences and the rest of what shows your interest in IR — with the
            abstracts, posters and papers that came out of them.
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFilePlus size={16} />} onClick={() => setEditing({ what: 'output', output: null, experienceId: null })}>
            Add research output
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ what: 'experience', experience: null })}>
            Add experience
          </Button>
        </Group>
      </Group>

      {error && (
        <Alert color="red" title="Your experiences could not be loaded">
          {error}
        </Alert>
      )}
      {loading && data === undefined ? (
        <Loader aria-label="Loading experiences" />
      ) : data ? (
        <ExperienceList
          data={data}
          filter={filter}
          onFilter={setFilter}
          savedHere={savedHere}
          onEdit={(experience) => setEditing({ what: 'experience', experience })}
          onDelete={(experience) => void deleteExperience(experience)}
          onAddOutput={(experienceId) => setEditing({ what: 'output', output: null, experienceId })}
          onEditOutput={(output) => setEditing({ what: 'output', output, experienceId: output.experienceId })}
          onDeleteOutput={(output) => void deleteOutput(output)}
        />
      ) : null}

      <FormDialog
        opened={editing !== null}
        onClose={close}
        size="xl"
        title={<Text fw={650}>{modalTitle(editing)}</Text>}
      >
        {editing?.what === 'experience' && <ExperienceForm initial={editing.experience} onSave={saveExperience} onCancel={close} />}
        {editing?.what === 'output' && (
          <ResearchOutputForm
            initial={editing.output}
            defaultExperienceId={editing.experienceId}
            projects={(data?.experiences ?? []).filter(
              (experience) => OUTPUT_KINDS.has(experience.kind) || experience.id === editing.experienceId,
            )}
            onSave={saveOutput}
            onCancel={close}
          />
        )}
      </FormDialog>
    </Stack>
  );
}

function modalTitle(editing: Editing | null): string {
  if (!editing) return '';
  if (editing.what === 'experience') return editing.experience ? 'Edit experience' : 'New experience';
  return editing.output ? 'Edit research output' : 'New research output';
}

interface ExperienceListProps {
  data: ExposureCollections;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  savedHere: ReadonlySet<string>;
  onEdit: (experience: Experience) => void;
  onDelete: (experience: Experience) => void;
  onAddOutput: (experienceId: string | null) => void;
  onEditOutput: (output: ResearchOutput) => void;
  onDeleteOutput: (output: ResearchOutput) => void;
}

/** Cards shown per kind until the user asks for the rest: an applicant with hundreds of experiences still opens the page at once. */
const CARDS_PER_KIND = 6;

function ExperienceList({ data, filter, onFilter, ...actions }: ExperienceListProps) {
  const { experiences, researchOutputs } = data;
  const experienceIds = new Set(experiences.map((experience) => experience.id));
  const outputsByExperience = new Map<string | null, ResearchOutput[]>();
  for (const output of researchOutputs) {
    const list = outputsByExperience.get(output.experienceId);
    if (list) list.push(output);
    else outputsByExperience.set(output.experienceId, [output]);
  }
  // An output whose project is gone is shown with the stand-alone ones rather than lost from view.
  const standAlone = researchOutputs.filter((output) => output.experienceId === null || !experienceIds.has(output.experienceId));
  const kindsPresent = EXPERIENCE_KINDS.filter((kind) => experiences.some((experience) => experience.kind === kind));
  // A filter whose last experience was deleted falls back to showing everything.
  const active: Filter = filter !== 'all' && kindsPresent.includes(filter) ? filter : 'all';
  const shownKinds = active === 'all' ? kindsPresent : [active];

  if (experiences.length === 0 && researchOutputs.length === 0) {
    return (
      <Card withBorder padding="xl">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>Nothing logged yet</Text>
          <Text size="sm" c="dimmed" maw={620}>
            Start with what you have already done: an observership, a US rotation, research with IR faculty, a conference
            or a series of virtual case conferences. Note which were in the US and who could write you a letter.
          </Text>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      {kindsPresent.length > 1 && (
        <Chip.Group multiple={false} value={active} onChange={(value) => onFilter(value as Filter)}>
          <Group gap="xs" role="group" aria-label="Show experiences of kind">
            <Chip value="all" size="sm">
              All ({experiences.length})
            </Chip>
            {kindsPresent.map((kind) => (
              <Chip key={kind} value={kind} size="sm">
                {EXPERIENCE_KIND_LABELS[kind]} ({experiences.filter((experience) => experience.kind === kind).length})
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}

      {shownKinds.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          experiences={experiences.filter((experience) => experience.kind === kind).sort(newestFirst)}
          outputsByExperience={outputsByExperience}
          {...actions}
        />
      ))}

      {active === 'all' && standAlone.length > 0 && (
        <Stack gap="sm" component="section" aria-label="Stand-alone research outputs">
          <Title order={4} c="dimmed" fw={600}>
            Stand-alone research outputs
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0}>
            {standAlone.map((output) => (
              <ResearchOutputItem
                key={output.id}
                output={output}
                onEdit={() => actions.onEditOutput(output)}
                onDelete={() => actions.onDeleteOutput(output)}
              />
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

type KindSectionProps = Omit<ExperienceListProps, 'data' | 'filter' | 'onFilter'> & {
  kind: ExperienceKind;
  /** This kind's experiences, newest first. */
  experiences: readonly Experience[];
  outputsByExperience: ReadonlyMap<string | null, ResearchOutput[]>;
};

function KindSection({ kind, experiences, outputsByExperience, savedHere, ...actions }: KindSectionProps) {
  const { shown: first, hidden: beyondFirst, showAll } = useShowMore(experiences, CARDS_PER_KIND);
  const shown = beyondFirst === 0 ? first : experiences.filter((experience, index) => index < CARDS_PER_KIND || savedHere.has(experience.id));
  const hidden = experiences.length - shown.length;
  return (
    <Stack gap="sm" component="section" aria-label={EXPERIENCE_KIND_LABELS[kind]}>
      <Title order={4} c="dimmed" fw={600}>
        {EXPERIENCE_KIND_LABELS[kind]}
      </Title>
      {shown.map((experience) => (
        <ExperienceCard
          key={experience.id}
          experience={experience}
          outputs={outputsByExperience.get(experience.id) ?? []}
          holdsOutputs={OUTPUT_KINDS.has(experience.kind)}
          onEdit={() => actions.onEdit(experience)}
          onDelete={() => actions.onDelete(experience)}
          onAddOutput={() => actions.onAddOutput(experience.id)}
          onEditOutput={actions.onEditOutput}
          onDeleteOutput={actions.onDeleteOutput}
        />
      ))}
      <ShowMoreButton hidden={hidden} onClick={showAll}>
        Show {hidden} older {hidden === 1 ? 'one' : 'ones'}
      </ShowMoreButton>
    </Stack>
  );
}
