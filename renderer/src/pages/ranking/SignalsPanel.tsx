import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { Program } from '../../../../shared/programs/program-schema';
import type { ProgramSignal, SignalSettings, SignalTier } from '../../../../shared/programs/signals';
import { api, notifyFailure, unwrap } from '../../api';
import { PrelimPairingsCard } from './PrelimPairingsCard';
import { SignalAssignmentsCard } from './SignalAssignmentsCard';
import { SignalSettingsCard } from './SignalSettingsCard';

interface SignalsPanelProps {
  programs: readonly Program[];
  initialSignals: readonly ProgramSignal[];
  initialSettings: SignalSettings;
  currentCycleYear: number | undefined;
}

export function SignalsPanel({ programs, initialSignals, initialSettings, currentCycleYear }: SignalsPanelProps) {
  const [signals, setSignals] = useState<readonly ProgramSignal[]>(initialSignals);
  const [settings, setSettings] = useState(initialSettings);
  const [pending, setPending] = useState(0);

  // Shown at once; the saved list replaces it, or the old one comes back if saving fails.
  const assign = async (programId: string, tier: SignalTier | null) => {
    const previous = signals;
    const others = signals.filter((signal) => signal.programId !== programId);
    setSignals(tier ? [...others, { programId, tier }] : others);
    setPending((n) => n + 1);
    try {
      setSignals(unwrap(await api()['signals:set']({ programId, tier })));
    } catch (caught) {
      setSignals(previous);
      notifyFailure(caught, 'The signal was not saved');
    } finally {
      setPending((n) => n - 1);
    }
  };

  return (
    <Stack>
      <SignalSettingsCard settings={settings} onSaved={setSettings} />
      <SignalAssignmentsCard
        programs={programs}
        signals={signals}
        settings={settings}
        currentCycleYear={currentCycleYear}
        saving={pending > 0}
        onAssign={(programId, tier) => void assign(programId, tier)}
      />
      <PrelimPairingsCard programs={programs} />
    </Stack>
  );
}
