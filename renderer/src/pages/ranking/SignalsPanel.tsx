import { Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Program } from '../../../../shared/programs/program-schema';
import type { ProgramSignal, SignalSettings, SignalTier } from '../../../../shared/programs/signals';
import { api, notifyFailure, unwrap } from '../../api';
import { useShownState } from '../../components/use-shown-state';
import { PrelimPairingsCard } from './PrelimPairingsCard';
import { SignalAssignmentsCard } from './SignalAssignmentsCard';
import { SignalSettingsCard } from './SignalSettingsCard';

interface SignalsPanelProps {
  /** Whether the signal settings hold unsaved input (see SignalSettingsCard). */
  onSettingsDirtyChange: (dirty: boolean) => void;
  programs: readonly Program[];
  initialSignals: readonly ProgramSignal[];
  initialSettings: SignalSettings;
  currentCycleYear: number | undefined;
}

export function SignalsPanel({ programs, initialSignals, initialSettings, currentCycleYear, onSettingsDirtyChange }: SignalsPanelProps) {
  // `assign` stays the same function, so the table's 400 rows can be memoised, and starts from
  // the signals last shown.
  const [signals, show, latestSignals] = useShownState<readonly ProgramSignal[]>(initialSignals);
  const [settings, setSettings] = useState(initialSettings);
  const [pending, setPending] = useState(0);

  // Shown at once; the saved list replaces it, or the old one comes back if saving fails.
  const assign = useCallback(
    (programId: string, tier: SignalTier | null) => {
      const previous = latestSignals();
      const others = previous.filter((signal) => signal.programId !== programId);
      show(tier ? [...others, { programId, tier }] : others);
      setPending((n) => n + 1);
      api()
        ['signals:set']({ programId, tier })
        .then(unwrap)
        .then(show, (caught: unknown) => {
          show(previous);
          notifyFailure(caught, 'The signal was not saved');
        })
        .finally(() => setPending((n) => n - 1));
    },
    [show, latestSignals],
  );

  return (
    <Stack>
      <SignalSettingsCard settings={settings} onSaved={setSettings} onDirtyChange={onSettingsDirtyChange} />
      <SignalAssignmentsCard
        programs={programs}
        signals={signals}
        settings={settings}
        currentCycleYear={currentCycleYear}
        saving={pending > 0}
        onAssign={assign}
      />
      <PrelimPairingsCard programs={programs} />
    </Stack>
  );
}
