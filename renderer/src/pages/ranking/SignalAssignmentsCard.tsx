import { Alert, Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { PROGRAM_STATUS_LABELS, type Program } from '../../../../shared/programs/program-schema';
import { signalUsage } from '../../../../shared/programs/signal-usage';
import {
  signalWarnings,
  type ProgramSignal,
  type SignalSettings,
  type SignalTier,
} from '../../../../shared/programs/signals';

const TIER_OPTIONS = [
  { value: 'none', label: 'None' },
  { value: 'gold', label: 'Gold' },
  { value: 'silver', label: 'Silver' },
];

interface SignalAssignmentsCardProps {
  programs: readonly Program[];
  signals: readonly ProgramSignal[];
  settings: SignalSettings;
  /** The cycle the applicant is matching in, when the profile gives it. */
  currentCycleYear: number | undefined;
  /** True while a change is on its way to the data file. */
  saving: boolean;
  onAssign: (programId: string, tier: SignalTier | null) => void;
}

/** Gold, silver or no signal per program, with the warnings that say when the plan does not fit. */
export function SignalAssignmentsCard({ programs, signals, settings, currentCycleYear, saving, onAssign }: SignalAssignmentsCardProps) {
  const usage = signalUsage(signals, settings);
  const tierOf = new Map(signals.map((signal) => [signal.programId, signal.tier]));
  const warnings = signalWarnings(signals, settings, {
    programNames: new Map(programs.map((p) => [p.id, p.name])),
    currentCycleYear,
  });

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Your signals</Title>
          <Group gap="xs">
            <Badge variant="light" color={saving ? 'blue' : 'teal'} aria-live="polite" data-testid="signals-save-state">
              {saving ? 'Saving…' : 'Saved'}
            </Badge>
            {(['gold', 'silver'] as const).map((tier) => (
              <Badge key={tier} variant="light" color={usage[tier].over ? 'red' : tier === 'gold' ? 'yellow' : 'gray'} size="lg">
                {tier === 'gold' ? 'Gold' : 'Silver'}: {usage[tier].used} of {usage[tier].available}
              </Badge>
            ))}
          </Group>
        </Group>
        {warnings.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="Check your signals" role="alert">
            <Stack gap={4}>
              {warnings.map((warning) => (
                <Text key={warning.id} size="sm">
                  {warning.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Table aria-label="Signals by program" verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Signal</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programs.map((program) => (
              <Table.Tr key={program.id}>
                <Table.Td>{program.name}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {PROGRAM_STATUS_LABELS[program.status]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={`Signal for ${program.name}`}
                    data={TIER_OPTIONS}
                    value={tierOf.get(program.id) ?? 'none'}
                    color={tierOf.get(program.id) === 'gold' ? 'yellow' : tierOf.get(program.id) === 'silver' ? 'gray' : undefined}
                    onChange={(value) => onAssign(program.id, value === 'none' ? null : (value as SignalTier))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
