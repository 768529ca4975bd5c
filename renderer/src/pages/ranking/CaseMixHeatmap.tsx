import { Box, Card, Group, Stack, Table, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CASE_MIX_CATEGORY_IDS, CASE_MIX_STRENGTHS, CASE_MIX_STRENGTH_LABELS, type CaseMixStrength } from '../../../../shared/programs/case-mix-categories';
import type { ContextBoost } from '../../../../shared/programs/evaluation';
import type { RankedProgram } from '../../../../shared/programs/scoring';
import type { CategoryExposure } from '../../../../shared/programs/thin-exposure';
import { CATEGORIES } from '../../../../shared/exposure/taxonomy';
import { memo } from 'react';
import { ShowMoreButton, useShowMore } from '../../components/show-more';
import { STRENGTH_COLOR, STRENGTH_SHORT } from './reading-labels';

/** The best-scoring programs until the user asks for the rest: each row is nine cells, some with a tooltip. */
const FIRST_SHOWN = 30;

const SHORT_LABEL = new Map(CATEGORIES.map((category) => [category.id as string, category.label]));

const BOOST_REASON: Record<ContextBoost, string> = {
  'level1-trauma': 'a Level I trauma center',
  'nci-cancer-center': 'an NCI-designated cancer center',
  'transplant-center': 'a transplant center',
};

interface Cell {
  strength: CaseMixStrength;
  boostedBy: ContextBoost | null;
}

/** Stated strengths, with the institution's boost applied to the advanced categories as the score does. */
function cells(entry: RankedProgram): Record<string, Cell> {
  const result: Record<string, Cell> = {};
  for (const id of CASE_MIX_CATEGORY_IDS) result[id] = { strength: entry.program.caseMix[id], boostedBy: null };
  for (const advanced of entry.evaluation.caseMix.advanced) {
    result[advanced.category] = { strength: advanced.effective, boostedBy: advanced.boostedBy };
  }
  return result;
}

function CategoryHeader({ exposure }: { exposure: CategoryExposure }) {
  const label = SHORT_LABEL.get(exposure.category) ?? exposure.category;
  if (!exposure.thin) {
    return (
      <Text size="xs" fw={600}>
        {label}
      </Text>
    );
  }
  const logged = exposure.cases === 0 ? 'no cases' : `only ${exposure.cases} case${exposure.cases === 1 ? '' : 's'}`;
  return (
    <Tooltip
      multiline
      w={240}
      label={`Your own log has ${logged} here. A program strong in this work would fill a gap in what you have seen.`}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Group gap={4} wrap="nowrap" tabIndex={0} data-thin-category={exposure.category} aria-label={`${label}: thin in your log (${logged})`}>
        <ThemeIcon size={16} color="orange" variant="light">
          <IconAlertTriangle size={12} />
        </ThemeIcon>
        <Text size="xs" fw={700} c="orange.9">
          {label}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** Programs against the eight kinds of IR work, with the applicant's thin categories marked. */
export const CaseMixHeatmap = memo(function CaseMixHeatmap({ ranked, exposure }: { ranked: readonly RankedProgram[]; exposure: CategoryExposure[] }) {
  const thinCount = exposure.filter((e) => e.thin).length;
  const { shown, hidden, showAll } = useShowMore(ranked, FIRST_SHOWN);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Case mix across your programs</Title>
        <Text size="sm" c="dimmed">
          {thinCount === 0
            ? 'What each program says residents see in each kind of IR work.'
            : `What each program says residents see in each kind of IR work. Columns marked in orange are ones where your own log has two cases or fewer (${thinCount} of 8): programs strong there would widen what you have seen.`}
        </Text>
        <Group gap="md" aria-label="Legend">
          {CASE_MIX_STRENGTHS.map((strength) => (
            <Group key={strength} gap={6}>
              <Box w={14} h={14} bg={STRENGTH_COLOR[strength]} style={{ borderRadius: 3, border: '1px solid var(--mantine-color-gray-3)' }} />
              {/* The cells' own word first ("None", "?"), so the legend reads the way the table does. */}
              <Text size="xs">
                {STRENGTH_SHORT[strength] === CASE_MIX_STRENGTH_LABELS[strength]
                  ? STRENGTH_SHORT[strength]
                  : `${STRENGTH_SHORT[strength]}: ${CASE_MIX_STRENGTH_LABELS[strength].toLowerCase()}`}
              </Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            * inferred from the kind of hospital
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={820}>
          <Table aria-label="Case mix heatmap" layout="fixed" withTableBorder fz="xs" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>Program</Table.Th>
                {exposure.map((e) => (
                  <Table.Th key={e.category} bg={e.thin ? 'var(--mantine-color-orange-0)' : undefined} style={{ verticalAlign: 'bottom' }}>
                    <CategoryHeader exposure={e} />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((entry) => {
                const row = cells(entry);
                return (
                  <Table.Tr key={entry.program.id}>
                    <Table.Th scope="row" fw={500}>
                      <Text size="xs" fw={500} lineClamp={2}>
                        {entry.program.name}
                      </Text>
                    </Table.Th>
                    {CASE_MIX_CATEGORY_IDS.map((id) => {
                      const cell = row[id]!;
                      const label = SHORT_LABEL.get(id) ?? id;
                      const text = `${STRENGTH_SHORT[cell.strength]}${cell.boostedBy ? '*' : ''}`;
                      const cellBody = (
                        <Text size="xs" fw={cell.strength === 'strong' ? 700 : 400} c={cell.strength === 'strong' ? 'white' : undefined}>
                          {text}
                        </Text>
                      );
                      return (
                        <Table.Td
                          key={id}
                          ta="center"
                          bg={STRENGTH_COLOR[cell.strength]}
                          aria-label={`${entry.program.name}, ${label}: ${CASE_MIX_STRENGTH_LABELS[cell.strength]}`}
                          style={{ border: '2px solid var(--mantine-color-body)' }}
                        >
                          {cell.boostedBy ? (
                            <Tooltip label={`Inferred: this is ${BOOST_REASON[cell.boostedBy]}.`}>{cellBody}</Tooltip>
                          ) : (
                            cellBody
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ShowMoreButton hidden={hidden} onClick={showAll}>
          Show the other {hidden} programs
        </ShowMoreButton>
      </Stack>
    </Card>
  );
});
