import { Alert, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { PROGRAM_STATUS_LABELS, type Program } from '../../../../shared/programs/program-schema';
import { signalUsage } from '../../../../shared/programs/signal-usage';
import {
  signalWarnings,
  type ProgramSignal,
  type SignalSettings,
  type SignalTier,
} from '../../../../shared/programs/signals';
import { ShowMoreButton } from '../../components/show-more';
import classes from './SignalAssignmentsCard.module.css';

/** The top of the applicant's order until they ask for the rest; a program with a signal always shows. */
const FIRST_SHOWN = 30;

const TIER_OPTIONS = [
  { value: 'none', label: 'None' },
  { value: 'gold', label: 'Gold' },
  { value: 'silver', label: 'Silver' },
] as const;

interface SignalAssignmentsCardProps {
  programs: readonly Program[];
  signals: readonly ProgramSignal[];
  settings: SignalSettings;
  /** The cycle the applicant is matching in, when the profile gives it. */
  currentCycleYear: number | undefined;
  /** True while a change is on its way to the data file. */
  saving: boolean;
  /** Stable, so rows whose signal did not change are not rendered again. */
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
  const [showAll, setShowAll] = useState(false);
  // Signalled when the page opened: such a row stays while its signal is changed or taken away.
  const [signalledAtStart] = useState(() => new Set(signals.map((signal) => signal.programId)));
  const shown = showAll ? programs : programs.filter((program, index) => index < FIRST_SHOWN || signalledAtStart.has(program.id));
  const hidden = programs.length - shown.length;

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
            {shown.map((program) => (
              <SignalRow
                key={program.id}
                programId={program.id}
                name={program.name}
                status={PROGRAM_STATUS_LABELS[program.status]}
                tier={tierOf.get(program.id) ?? 'none'}
                onAssign={onAssign}
              />
            ))}
          </Table.Tbody>
        </Table>
        <ShowMoreButton hidden={hidden} onClick={() => setShowAll(true)}>
          Show the other {hidden} programs
        </ShowMoreButton>
      </Stack>
    </Card>
  );
}

interface SignalRowProps {
  programId: string;
  name: string;
  status: string;
  tier: SignalTier | 'none';
  onAssign: (programId: string, tier: SignalTier | null) => void;
}

/**
 * Plain elements, and plain values in: moving programs in the rank list reorders these rows and
 * renders none of them (a Mantine Table.Td would render again with the table around it).
 */
const SignalRow = memo(function SignalRow({ programId, name, status, tier, onAssign }: SignalRowProps) {
  return (
    <tr className={classes.row}>
      <td className={classes.cell}>{name}</td>
      <td className={`${classes.cell} ${classes.status}`}>{status}</td>
      <td className={classes.cell}>
        <div role="radiogroup" aria-label={`Signal for ${name}`} className={classes.tiers}>
          {TIER_OPTIONS.map((option) => (
            <label key={option.value} className={classes.tier} data-tier={option.value} data-checked={tier === option.value || undefined}>
              <input
                type="radio"
                className={classes.radio}
                name={`signal-${programId}`}
                value={option.value}
                checked={tier === option.value}
                onChange={() => onAssign(programId, option.value === 'none' ? null : option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </td>
    </tr>
  );
});
