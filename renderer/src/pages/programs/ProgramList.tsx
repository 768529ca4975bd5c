import { ActionIcon, Anchor, Badge, Card, Group, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFlag, IconHelpCircle, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { pathwayFit, pathwayMismatch } from '../../../../shared/programs/pathway-fit';
import { PROGRAM_STATUS_LABELS, type Program, type ProgramStatus } from '../../../../shared/programs/program-schema';
import { programListSummary } from '../../../../shared/programs/program-summary';
import type { Pathway } from '../../../../shared/schema/profile';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows';
import { VOLUME_TONE_COLORS } from './evaluation-words';
import { STATUS_COLORS, STATUS_OPTIONS } from './program-labels';
import { localToday } from '../../../../shared/local-today';

const ROW_HEIGHT = 58;
const VIEWPORT_HEIGHT = 600;
const COLUMN_COUNT = 6;

interface ProgramListProps {
  programs: Program[];
  /** The pathways the applicant's profile names: a program offering none of them is marked. */
  applicantPathways: readonly Pathway[];
  onOpen: (id: string) => void;
  /** `focusNext`: the program shown after it (or before it, when it is last), to take the focus once it has gone. */
  onDelete: (program: Program, focusNext: string | null) => void;
}

export function ProgramList({ programs, applicantPathways, onOpen, onDelete }: ProgramListProps) {
  const [status, setStatus] = useState<ProgramStatus | null>(null);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const asOf = localToday();
    return programs.map((program) => ({
      program,
      summary: programListSummary(program, { asOf }),
      mismatch: pathwayMismatch(pathwayFit(applicantPathways, program)),
    }));
  }, [programs, applicantPathways]);
  const needle = search.trim().toLowerCase();
  const shown = rows.filter(
    ({ program }) =>
      (status === null || program.status === status) &&
      (needle === '' || `${program.name} ${program.institution}`.toLowerCase().includes(needle)),
  );
  // A shortlist of every program (hundreds) renders only the rows in view.
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom, measure } = useVirtualRows({
    count: shown.length,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    viewportHeight: VIEWPORT_HEIGHT,
    getKey: (index) => shown[index]?.program.id ?? index,
  });

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group gap="sm">
          <TextInput
            aria-label="Search programs"
            placeholder="Search by name"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Select
            aria-label="Filter by status"
            placeholder="All statuses"
            data={STATUS_OPTIONS}
            value={status}
            onChange={(value) => setStatus(value as ProgramStatus | null)}
            clearable
            w={220}
          />
        </Group>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            No program matches that search or status.
          </Text>
        ) : (
          <div ref={scrollRef} style={{ maxHeight: VIEWPORT_HEIGHT, overflow: 'auto' }} data-testid="program-list-scroll">
            <Table highlightOnHover stickyHeader verticalSpacing="xs" miw={800} aria-label="Programs">
              <Table.Thead>
                <Table.Tr>
                  {/* Room for a long name on two lines in a narrow window (the box scrolls sideways below that). */}
                  <Table.Th miw={210}>Program</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Resident volume</Table.Th>
                  <Table.Th ta="center">Flags</Table.Th>
                  <Table.Th ta="center">Open questions</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <SpacerRow height={paddingTop} colSpan={COLUMN_COUNT} />
                {items.map((item) => {
                  const row = shown[item.index];
                  if (!row) return null;
                  const neighbour = shown[item.index + 1] ?? shown[item.index - 1];
                  return (
                    <ProgramRow
                      key={row.program.id}
                      {...row}
                      index={item.index}
                      measure={measure}
                      onOpen={onOpen}
                      onDelete={(program) => onDelete(program, neighbour?.program.id ?? null)}
                    />
                  );
                })}
                <SpacerRow height={paddingBottom} colSpan={COLUMN_COUNT} />
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Card>
  );
}

type ProgramRowProps = {
  program: Program;
  summary: ReturnType<typeof programListSummary>;
  index: number;
  /** Long names wrap, so each row's real height is measured for the virtual list. */
  measure: (element: Element | null) => void;
  /** Why the program offers none of the applicant's pathways, or null. */
  mismatch: string | null;
  onOpen: (id: string) => void;
  onDelete: (program: Program) => void;
};

function ProgramRow({ program, summary, index, measure, mismatch, onOpen, onDelete }: ProgramRowProps) {
  return (
    <Table.Tr ref={measure} data-index={index} data-program-id={program.id} h={ROW_HEIGHT}>
      <Table.Td>
        <Anchor component="button" type="button" fw={600} size="sm" ta="left" onClick={() => onOpen(program.id)}>
          {program.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {[program.city, program.state].filter(Boolean).join(', ') || 'Location not set'}
        </Text>
        {mismatch && (
          <Tooltip label={mismatch} multiline w={300}>
            <Badge color="orange" variant="light" size="xs" tt="none" aria-label={`Not your pathway: ${mismatch}`}>
              Not your pathway
            </Badge>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        {/* Whole words: the program's name wraps instead ("INTERVIEW OF…" said nothing). */}
        <Badge variant="light" color={STATUS_COLORS[program.status]} miw="max-content">
          {PROGRAM_STATUS_LABELS[program.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={VOLUME_TONE_COLORS[summary.volume.tone]} tt="none" miw="max-content">
          {summary.volume.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="center" wrap="nowrap">
          <Tooltip label="Red flags">
            <Badge color="red" variant={summary.redFlags ? 'light' : 'outline'} leftSection={<IconFlag size={12} />} miw="max-content" aria-label={`${summary.redFlags} red flags`}>
              {summary.redFlags}
            </Badge>
          </Tooltip>
          <Tooltip label="Green flags">
            <Badge color="teal" variant={summary.greenFlags ? 'light' : 'outline'} leftSection={<IconFlag size={12} />} miw="max-content" aria-label={`${summary.greenFlags} green flags`}>
              {summary.greenFlags}
            </Badge>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td ta="center">
        <Badge variant="default" leftSection={<IconHelpCircle size={12} />} miw="max-content" aria-label={`${summary.openQuestions} open questions`}>
          {summary.openQuestions}
        </Badge>
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={`Delete ${program.name}`} onClick={() => onDelete(program)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
