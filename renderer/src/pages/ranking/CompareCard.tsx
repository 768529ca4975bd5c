import { Badge, Card, List, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useMemo, useState, type ReactNode } from 'react';
import { PROGRAM_PATHWAY_LABELS, PROGRAM_STATUS_LABELS } from '../../../../shared/programs/program-schema';
import { volumeReading } from '../../../../shared/programs/program-summary';
import { SCORE_FACTOR_LABELS } from '../../../../shared/programs/ranking-weights';
import type { RankedProgram } from '../../../../shared/programs/scoring';
import { placeAt, tiedPlaces, type Place } from '../../../../shared/programs/tied-places';
import {
  AUTONOMY_LABELS,
  COMPETITION_LABELS,
  IMG_LABELS,
  SOURCE_LABELS,
  TONE_COLOR,
  TRANSPARENCY_LABELS,
} from './reading-labels';
import { AUTONOMY_WORDS } from '../programs/evaluation-words';
import { formatCount } from '../../../../shared/format-count';

/** A name or city with no space to break at wraps inside its column rather than running over the next one. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const;

/** Said in words in the picker's description ("two to four"). */
export const MAX_COMPARED = 4;
const count = (n: number) => formatCount(n);
const orUnknown = (n: number | null) => (n === null ? '?' : String(n));
const some = (n: number | null, one: string, many: string) => `${orUnknown(n)} ${n === 1 ? one : many}`;

function VolumeCell({ entry }: { entry: RankedProgram }) {
  const { caseVolume, volumeFigures, estimate } = entry.evaluation;
  const reading = volumeReading(caseVolume, entry.evaluation.volumeDisagreements);
  const total = volumeFigures['resident-graduation-total'];
  const perYear = volumeFigures['resident-per-core-year'];
  const departmental = volumeFigures['departmental-annual'];
  return (
    <Stack gap={4}>
      <Badge variant="light" color={TONE_COLOR[reading.tone]} size="sm" style={{ alignSelf: 'flex-start' }}>
        {reading.label}
      </Badge>
      {total && <Text size="xs">{count(total.value)} by graduation ({SOURCE_LABELS[total.source]}, {total.confidence} confidence)</Text>}
      {perYear && <Text size="xs">{count(perYear.value)} per core IR year ({SOURCE_LABELS[perYear.source]})</Text>}
      {departmental && <Text size="xs">{count(departmental.value)} a year for the whole service</Text>}
      {estimate && (
        <Text size="xs" c="dimmed">
          Estimate: about {count(estimate.perLearnerAnnual)} per trainee a year
          {entry.evaluation.estimateDisagreement && ' (far from the stated figure, which is used instead)'}
        </Text>
      )}
    </Stack>
  );
}

function FlagList({ flags, color }: { flags: { id: string; reason: string }[]; color: string }) {
  if (flags.length === 0) return <Text size="xs" c="dimmed">None</Text>;
  return (
    <List size="xs" spacing={2} c={color}>
      {flags.map((flag) => (
        <List.Item key={flag.id}>{flag.reason}</List.Item>
      ))}
    </List>
  );
}

function settingTags(entry: RankedProgram): string {
  const ctx = entry.program.institutionalContext;
  const tags = [
    ctx.level1Trauma && 'Level I trauma',
    ctx.nciCancerCenter && 'NCI cancer center',
    ctx.transplantCenter && 'Transplant center',
    ctx.tertiaryReferral && 'Tertiary referral',
    ctx.independentFellowship && `IR fellowship${ctx.fellowshipSinceYear ? ` since ${ctx.fellowshipSinceYear}` : ''}`,
  ].filter(Boolean);
  return tags.length > 0 ? tags.join(' · ') : 'None recorded';
}

/** `place`: where the computed ranking puts the program, a tie shared as on the ranking card. */
const ROWS: { label: string; cell: (entry: RankedProgram, place: Place) => ReactNode }[] = [
  { label: 'Where', cell: ({ program }) => [program.city, program.state].filter(Boolean).join(', ') || '—' },
  {
    label: 'Pathways',
    cell: ({ program }) =>
      program.pathways.map((p) => `${PROGRAM_PATHWAY_LABELS[p.pathway]} (${orUnknown(p.positionsPerYear)})`).join('; ') || '—',
  },
  { label: 'Status', cell: ({ program }) => PROGRAM_STATUS_LABELS[program.status] },
  {
    label: 'Computed score',
    cell: ({ score }, { place, tied }) => (
      <Text fw={600}>
        {score.total.toFixed(1)}{' '}
        <Text span c="dimmed" size="xs">
          (#{place}
          {tied ? '=' : ''})
        </Text>
      </Text>
    ),
  },
  { label: 'Case volume', cell: (entry) => <VolumeCell entry={entry} /> },
  {
    label: 'Case mix',
    cell: ({ evaluation: { caseMix } }) =>
      `${caseMix.breadth} of ${caseMix.outOf} kinds of work; ${caseMix.advancedCoverage} of ${caseMix.advanced.length} advanced` +
      (caseMix.unknownCount > 0 ? ` (${caseMix.unknownCount} not known)` : ''),
  },
  {
    label: 'Fellows and APPs',
    cell: ({ program, evaluation }) => {
      const l = program.competingLearners;
      return `${COMPETITION_LABELS[evaluation.competition.level]}: ${some(l.irResidentsPerClass, 'resident', 'residents')} a class, ${some(l.independentFellows, 'fellow', 'fellows')}, ${orUnknown(l.esirResidents)} ESIR, ${some(l.apps, 'APP', 'APPs')}`;
    },
  },
  {
    label: 'Autonomy',
    cell: ({ evaluation }) => (
      <>
        {AUTONOMY_LABELS[evaluation.autonomy.level]}
        <Text size="xs" c="dimmed">
          {AUTONOMY_WORDS[evaluation.autonomy.level].explain}
        </Text>
      </>
    ),
  },
  { label: 'Openness to IMGs', cell: ({ evaluation }) => IMG_LABELS[evaluation.imgFriendliness.level] },
  { label: 'Interview answers', cell: ({ evaluation }) => TRANSPARENCY_LABELS[evaluation.transparency.level] },
  { label: 'Setting', cell: settingTags },
  { label: 'Warning signs', cell: ({ evaluation }) => <FlagList flags={evaluation.flags.red} color="red.8" /> },
  { label: 'Good signs', cell: ({ evaluation }) => <FlagList flags={evaluation.flags.green} color="teal.8" /> },
];

/** Two to four programs side by side: the facts, the readings and what built each score. */
export const CompareCard = memo(function CompareCard({ ranked }: { ranked: readonly RankedProgram[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  const byId = new Map(ranked.map((entry) => [entry.program.id, entry]));
  const places = useMemo(() => tiedPlaces(ranked.map((entry) => entry.score.total)), [ranked]);
  const chosen = selected.map((id) => byId.get(id)).filter((entry) => entry !== undefined);

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Compare programs</Title>
        <MultiSelect
          label="Programs to compare"
          description="Pick two to four."
          placeholder={selected.length < MAX_COMPARED ? 'Choose a program' : undefined}
          data={ranked.map(({ program }) => ({ value: program.id, label: program.name }))}
          value={selected}
          onChange={setSelected}
          maxValues={MAX_COMPARED}
          searchable
          clearable
        />
        {chosen.length < 2 ? (
          <Text size="sm" c="dimmed">
            Choose at least two programs to see them side by side.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={chosen.length * 200 + 180}>
            <Table aria-label="Program comparison" fz="sm" verticalSpacing={6} withColumnBorders layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={180} />
                  {chosen.map(({ program }) => (
                    <Table.Th key={program.id} style={WRAP_ANYWHERE}>
                      {program.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ROWS.map((row) => (
                  <Table.Tr key={row.label}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                    </Table.Th>
                    {chosen.map((entry) => (
                      <Table.Td key={entry.program.id} style={{ verticalAlign: 'top', ...WRAP_ANYWHERE }}>
                        {row.cell(entry, placeAt(places, entry.rank))}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th colSpan={chosen.length + 1} bg="var(--mantine-color-gray-0)">
                    Score breakdown (points added by each factor)
                  </Table.Th>
                </Table.Tr>
                {chosen[0]!.score.breakdown.map((first, index) => (
                  <Table.Tr key={first.factor}>
                    <Table.Th scope="row" fw={400}>
                      {SCORE_FACTOR_LABELS[first.factor]}
                    </Table.Th>
                    {chosen.map((entry) => {
                      const b = entry.score.breakdown[index]!;
                      return (
                        <Table.Td key={entry.program.id}>
                          {b.contribution.toFixed(1)}
                          {b.value === null && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              (unknown, counted as 50%)
                            </Text>
                          )}
                          {b.note && (
                            <Text size="xs" c="dimmed">
                              {b.note}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
});
