import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { restoredProgramMessage } from '../../../../shared/programs/restored-message';
import { withStatus } from '../../../../shared/programs/program-draft';
import { newProgramDraft, type Program, type ProgramDraft } from '../../../../shared/programs/program-schema';
import { programsToCsv } from '../../../../shared/programs/program-csv';
import type { Pathway } from '../../../../shared/schema/profile';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useApiQuery } from '../../app/use-api-query';
import { downloadText } from '../../download';
import { AddProgramModal } from './AddProgramModal';
import { CsvImportModal } from './CsvImportModal';
import { notifyDeletedWithUndo } from '../../components/notify-undo';
import { ProgramDetail } from './ProgramDetail';
import { ProgramList } from './ProgramList';
import { localToday } from '../../../../shared/local-today';
import { focusWasLost } from '../../components/focus-lost';

/** The shortlist, and the pathways the applicant's profile names (to mark programs that offer none of them). */
const loadPrograms = async () => {
  const [shortlist, profile] = await Promise.all([api()['shortlist:get'](), api()['profile:get']()]);
  return { programs: unwrap(shortlist).programs, applicantPathways: unwrap(profile)?.pathways ?? [] };
};

const NO_PATHWAYS: readonly Pathway[] = [];

/** The button that opens a program from its row in the list, if that row is on screen. */
function programRowButton(list: HTMLElement | null, programId: string): HTMLElement | null {
  const row = [...(list?.querySelectorAll<HTMLElement>('[data-program-id]') ?? [])].find((candidate) => candidate.dataset.programId === programId);
  return row?.querySelector('button') ?? null;
}

/**
 * What Undo of a delete says: the program may come back renamed when one of its name was added
 * since, and the applicant needs the name to find it.
 */
export function ProgramsPage() {
  const { data, error, loading, reload } = useApiQuery(loadPrograms);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const programs = data?.programs ?? [];
  const applicantPathways = data?.applicantPathways ?? NO_PATHWAYS;
  const programNames = useMemo(() => (data?.programs ?? []).map((program) => program.name), [data]);
  const open = openId === null ? undefined : programs.find((p) => p.id === openId);
  const otherNames = useMemo(() => programNames.filter((name) => name !== open?.name), [programNames, open]);

  // Going back to the list, or deleting a program, takes the focused button away: focus goes to a
  // program's row in the list (the one left, or the one after the deleted one), else to the list's
  // title, instead of the top of the document, so a keyboard user goes on from the list.
  const title = useRef<HTMLHeadingElement>(null);
  const listArea = useRef<HTMLDivElement>(null);
  const focusOnList = useRef<{ programId: string | null } | null>(null);
  useEffect(() => {
    const target = focusOnList.current;
    if (!target || open) return;
    focusOnList.current = null;
    if (!focusWasLost()) return;
    const row = target.programId === null ? null : programRowButton(listArea.current, target.programId);
    (row ?? title.current)?.focus({ preventScroll: row === null });
  }, [open, data]);

  /** Saves, reloads, and rethrows after telling the user, so forms keep what was typed. */
  const save = async (id: string | undefined, draft: ProgramDraft, message: string, confirmedNotPatientData = false): Promise<Program> => {
    try {
      const args = { program: draft, confirmedNotPatientData };
      const saved = unwrap(await api()['programs:save'](id === undefined ? args : { id, ...args }));
      notifySuccess(message);
      await reload();
      return saved;
    } catch (caught) {
      notifyFailure(caught, 'The program was not saved');
      throw caught;
    }
  };

  const create = async (name: string) => {
    const saved = await save(undefined, withStatus(newProgramDraft(name), 'researching', localToday()), `Added ${name}`);
    setAdding(false);
    setOpenId(saved.id);
  };

  /** `focusNext`: the program whose row takes the focus once this one has gone from the list. */
  const remove = async (program: Program, focusNext: string | null = null) => {
    try {
      const removed = unwrap(await api()['programs:delete']({ id: program.id }));
      focusOnList.current = { programId: focusNext };
      if (openId === program.id) setOpenId(null);
      await reload();
      notifyDeletedWithUndo(`Deleted ${program.name}`, async () => {
        const back = unwrap(await api()['programs:restore'](removed));
        await reload();
        // The list on screen when the delete happened is out of date here: name the program as it is now written.
        const names = back.name === program.name ? [] : (await loadPrograms()).programs.map((p) => p.name);
        notifySuccess(restoredProgramMessage(program.name, back.name, names));
      });
    } catch (caught) {
      notifyFailure(caught, 'The program was not deleted');
    }
  };

  const importDrafts = async (drafts: ProgramDraft[]) => {
    try {
      // Rows with identifiers were held back in the preview, so there is nothing left to confirm.
      const created = unwrap(await api()['programs:import']({ programs: drafts, confirmedNotPatientData: false }));
      notifySuccess(`Imported ${created.length} ${created.length === 1 ? 'program' : 'programs'}`);
      await reload();
    } catch (caught) {
      notifyFailure(caught, 'Nothing was imported');
      throw caught;
    }
  };

  if (open) {
    return (
      <ProgramDetail
        key={open.id}
        program={open}
        applicantPathways={applicantPathways}
        onBack={() => {
          focusOnList.current = { programId: open.id };
          setOpenId(null);
        }}
        onSave={async (draft, confirmedNotPatientData) => {
          await save(open.id, draft, 'Program saved', confirmedNotPatientData);
        }}
        onDelete={() => void remove(open)}
        otherNames={otherNames}
      />
    );
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} ref={title} tabIndex={-1}>
            Programs
          </Title>
          <Text c="dimmed" size="sm" maw={640}>
            Your shortlist, judged on what residents actually log and do, not on a department’s headline number.
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
            Import CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} />}
            disabled={programs.length === 0}
            onClick={() => downloadText('ir-programs.csv', programsToCsv(programs), 'text/csv')}
          >
            Export CSV
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add program
          </Button>
        </Group>
      </Group>
      {error && (
        <Alert color="red" title="Your programs could not be loaded">
          {error}
        </Alert>
      )}
      {loading && data === undefined ? (
        <Loader aria-label="Loading programs" />
      ) : programs.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <Text fw={600}>No programs yet</Text>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              Add a program by name and fill in what you learn as you go: every fact starts as “not known yet”, and each unknown
              becomes a question for your interview day.
            </Text>
            <Button mt="xs" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Add your first program
            </Button>
          </Stack>
        </Card>
      ) : (
        <div ref={listArea}>
          <ProgramList
            programs={programs}
            applicantPathways={applicantPathways}
            onOpen={setOpenId}
            onDelete={(program, focusNext) => void remove(program, focusNext)}
          />
        </div>
      )}
      <AddProgramModal opened={adding} onClose={() => setAdding(false)} onCreate={create} existingNames={programNames} />
      <CsvImportModal opened={importing} onClose={() => setImporting(false)} onImport={importDrafts} existingNames={programNames} />
    </Stack>
  );
}
