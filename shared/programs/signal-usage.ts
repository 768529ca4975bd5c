import type { Program, PrelimApplication } from './program-schema';
import { SIGNAL_TIERS, type ProgramSignal, type SignalSettings, type SignalTier } from './signals';

export interface TierUsage {
  used: number;
  /** Signals left for this shortlist once those kept for other programs are set aside. */
  available: number;
  over: boolean;
}

export function signalUsage(signals: readonly ProgramSignal[], settings: SignalSettings): Record<SignalTier, TierUsage> {
  return Object.fromEntries(
    SIGNAL_TIERS.map((tier) => {
      const used = signals.filter((signal) => signal.tier === tier).length;
      const available = Math.max(0, settings[tier] - settings.heldForOtherPrograms[tier]);
      return [tier, { used, available, over: used > available }];
    }),
  ) as Record<SignalTier, TierUsage>;
}

export interface PrelimPairing {
  applications: PrelimApplication[];
  /** True when no preliminary or transitional application is still active. */
  missing: boolean;
}

/**
 * Advanced (PGY-2) positions need a separate first year, so the applicant must also
 * match into a preliminary or transitional program. Null when the program starts at PGY-1.
 */
export function prelimPairing(program: Pick<Program, 'integratedStartsPgy2' | 'prelimApplications'>): PrelimPairing | null {
  if (!program.integratedStartsPgy2) return null;
  const active = program.prelimApplications.filter((application) => application.status !== 'withdrawn');
  return { applications: program.prelimApplications, missing: active.length === 0 };
}
