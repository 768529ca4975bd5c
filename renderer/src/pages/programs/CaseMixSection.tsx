import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import {
  ADVANCED_CATEGORY_IDS,
  CASE_MIX_CATEGORY_IDS,
  CASE_MIX_CATEGORY_LABELS,
  CASE_MIX_STRENGTHS,
  type CaseMixStrength,
} from '../../../../shared/programs/case-mix-categories';
import type { ProgramForm } from './program-form-context';

const STRENGTH_OPTIONS = CASE_MIX_STRENGTHS.map((value) => ({
  value,
  label: value === 'unknown' ? 'Unknown' : value[0]!.toUpperCase() + value.slice(1),
}));
const ADVANCED = new Set<string>(ADVANCED_CATEGORY_IDS);

export function CaseMixSection({ form }: { form: ProgramForm }) {
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        How much of each kind of work residents here get. Advanced work is what a large count of lines and drains cannot replace.
      </Text>
      {CASE_MIX_CATEGORY_IDS.map((id) => (
        <Group key={id} justify="space-between" wrap="nowrap" gap="sm">
          <Group gap={6} wrap="nowrap">
            <Text size="sm" id={`case-mix-${id}`}>
              {CASE_MIX_CATEGORY_LABELS[id]}
            </Text>
            {ADVANCED.has(id) && (
              <Badge size="xs" variant="light" color="indigo">
                advanced
              </Badge>
            )}
          </Group>
          <SegmentedControl
            size="xs"
            aria-labelledby={`case-mix-${id}`}
            data={STRENGTH_OPTIONS}
            value={form.values.caseMix[id]}
            onChange={(next) => form.setFieldValue(`caseMix.${id}`, next as CaseMixStrength)}
          />
        </Group>
      ))}
    </Stack>
  );
}
