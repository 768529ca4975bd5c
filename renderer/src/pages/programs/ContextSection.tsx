import { NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ProgramForm } from './program-form-context';
import type { ContextField } from './program-form-values';
import { TriStateControl } from './TriStateControl';

const CONTEXT_FIELDS: { field: ContextField; label: string }[] = [
  { field: 'level1Trauma', label: 'Level I trauma center' },
  { field: 'nciCancerCenter', label: 'NCI-designated cancer center' },
  { field: 'transplantCenter', label: 'Transplant center' },
  { field: 'tertiaryReferral', label: 'Tertiary referral center' },
  { field: 'vaAffiliation', label: 'VA affiliation' },
  { field: 'independentFellowship', label: 'Independent IR fellowship or residency' },
];

const PGY_OPTIONS = [
  { value: '', label: 'Not known yet' },
  ...[2, 3, 4, 5, 6].map((pgy) => ({ value: String(pgy), label: `PGY-${pgy}` })),
];

/** Institution type, other learners and autonomy: what predicts the cases a resident gets. */
export function ContextSection({ form }: { form: ProgramForm }) {
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Institution
        </Text>
        {CONTEXT_FIELDS.map(({ field, label }) => (
          <TriStateControl
            key={field}
            label={label}
            value={values.institutionalContext[field]}
            onChange={(next) => form.setFieldValue(`institutionalContext.${field}`, next)}
          />
        ))}
        {values.institutionalContext.independentFellowship === 'yes' && (
          <NumberInput
            label="Fellowship running since"
            placeholder="Year, if known"
            hideControls
            allowDecimal={false}
            maw={200}
            {...form.getInputProps('institutionalContext.fellowshipSinceYear')}
          />
        )}
      </Stack>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Competing learners
        </Text>
        <Text size="xs" c="dimmed">
          Leave a box empty when you do not know; empty is not zero.
        </Text>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <NumberInput label="IR residents per class" hideControls {...form.getInputProps('competingLearners.irResidentsPerClass')} />
          <NumberInput label="Independent IR fellows" hideControls {...form.getInputProps('competingLearners.independentFellows')} />
          <NumberInput label="ESIR residents" hideControls {...form.getInputProps('competingLearners.esirResidents')} />
          <NumberInput label="APPs (NPs, PAs)" hideControls {...form.getInputProps('competingLearners.apps')} />
        </SimpleGrid>
        <Text size="sm" fw={600} mt="sm">
          Autonomy
        </Text>
        <Select
          label="Residents are primary operator on complex cases from"
          data={PGY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('autonomy.primaryOperatorFromPgy')}
        />
        <TriStateControl
          label="Residents assist but do not lead advanced cases"
          value={values.autonomy.residentsOnlyAssistAdvanced}
          onChange={(next) => form.setFieldValue('autonomy.residentsOnlyAssistAdvanced', next)}
        />
      </Stack>
    </SimpleGrid>
  );
}
