import { Stack } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
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
  // The signals as last shown, for `assign`, which stays the same function so that the table's
  // 400 rows can be memoised.
  const current = useRef(initialSignals);

  // Shown at once; the saved list replaces it, or the old one comes back if saving fails.
  const assign = useCallback(async (programId: string, tier: SignalTier | null) => {
    const show = (shown: readonly ProgramSignal[]) => {
      current.current = shown;
      setSignals(shown);
    };
    const previous = current.current;
    const others = previous.filter((signal) => signal.programId !== programId);
    show(tier ? [...others, { programId, tier }] : others);
    setPending((n) => n + 1);
    try {
      show(unwrap(await api()['signals:set']({ programId, tier })));
    } catch (caught) {
      show(previous);
      notifyFailure(caught, 'The signal was not saved');
    } finally {
      setPending((n) => n - 1);
    }
  }, []);
  const onAssign = useCallback((programId: string, tier: SignalTier | null) => void assign(programId, tier), [assign]);

  return (
    <Stack>
      <SignalSettingsCard settings={settings} onSaved={setSettings} />
      <SignalAssignmentsCard
        programs={programs}
        signals={signals}
        settings={settings}
        currentCycleYear={currentCycleYear}
        saving={pending > 0}
        onAssign={onAssign}
      />
      <PrelimPairingsCard programs={programs} />
    </Stack>
  );
}
