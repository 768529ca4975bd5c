import { z } from 'zod';
import { idSchema, longTextSchema } from '../schema/common';

export const SIGNAL_TIERS = ['gold', 'silver'] as const;
export type SignalTier = (typeof SIGNAL_TIERS)[number];

export const signalSchema = z.object({
  programId: idSchema,
  tier: z.enum(SIGNAL_TIERS, { error: 'A signal is either gold or silver' }),
});
export type ProgramSignal = z.infer<typeof signalSchema>;

const signalCount = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(100, `${label} must be 100 or fewer; check the number`);

/**
 * Signal numbers change from cycle to cycle, so they are settings the applicant edits,
 * not constants. `heldForOtherPrograms` covers signals meant for programs outside this
 * shortlist (the radiology pool is shared between DR and IR).
 */
export const signalSettingsSchema = z.object({
  cycleYear: z
    .number({ error: 'Enter the application cycle year as a number' })
    .int('The cycle year must be a whole year')
    .min(2020, 'The cycle year must be 2020 or later')
    .max(2100, 'The cycle year must be 2100 or earlier'),
  gold: signalCount('Gold signals available'),
  silver: signalCount('Silver signals available'),
  heldForOtherPrograms: z.object({
    gold: signalCount('Gold signals kept for other programs'),
    silver: signalCount('Silver signals kept for other programs'),
  }),
  source: longTextSchema,
});
export type SignalSettings = z.infer<typeof signalSettingsSchema>;

/**
 * Last figures we could confirm: the AAMC's list for the 2025 ERAS season gives
 * "Diagnostic Radiology and Interventional Radiology" one shared pool of 6 gold and 6 silver.
 */
export const DEFAULT_SIGNALS: SignalSettings = {
  cycleYear: 2025,
  gold: 6,
  silver: 6,
  heldForOtherPrograms: { gold: 0, silver: 0 },
  source:
    'AAMC page "Program Signaling for the 2025 MyERAS Application Season": diagnostic and ' +
    'interventional radiology share one pool of 6 gold and 6 silver signals. Numbers change ' +
    'each year; check them against the current ERAS/AAMC list before you rely on them.',
};

export type SignalWarningId =
  | 'gold-over-limit'
  | 'silver-over-limit'
  | 'program-signalled-twice'
  | 'settings-from-old-cycle';

export interface SignalWarning {
  id: SignalWarningId;
  message: string;
}

export interface SignalWarningOptions {
  /** Used to name programs in warnings; ids are shown otherwise. */
  programNames?: ReadonlyMap<string, string>;
  /** The cycle the applicant is applying in; warns when the settings are older. */
  currentCycleYear?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Readable warnings when the shortlist's signals do not fit the cycle's limits. */
export function signalWarnings(
  signals: readonly ProgramSignal[],
  settings: SignalSettings,
  options: SignalWarningOptions = {},
): SignalWarning[] {
  const warnings: SignalWarning[] = [];

  for (const tier of SIGNAL_TIERS) {
    const used = signals.filter((s) => s.tier === tier).length;
    const available = Math.max(0, settings[tier] - settings.heldForOtherPrograms[tier]);
    if (used > available) {
      const held = settings.heldForOtherPrograms[tier];
      const heldNote = held > 0 ? ` after the ${held} you kept for other programs` : '';
      warnings.push({
        id: `${tier}-over-limit`,
        message:
          `You have marked ${plural(used, `${tier} signal`)}, but only ${available} ` +
          `${available === 1 ? 'is' : 'are'} left${heldNote} in the ${settings.cycleYear} cycle. ` +
          `Remove ${used - available}.`,
      });
    }
  }

  const seen = new Set<string>();
  const doubled = new Set<string>();
  for (const s of signals) {
    if (seen.has(s.programId)) doubled.add(s.programId);
    seen.add(s.programId);
  }
  for (const programId of doubled) {
    const name = options.programNames?.get(programId) ?? programId;
    warnings.push({
      id: 'program-signalled-twice',
      message: `${name} has more than one signal; a program can receive only one, so keep one.`,
    });
  }

  if (options.currentCycleYear !== undefined && options.currentCycleYear > settings.cycleYear) {
    warnings.push({
      id: 'settings-from-old-cycle',
      message:
        `Your signal numbers are from the ${settings.cycleYear} cycle. Check the current ` +
        `ERAS list for ${options.currentCycleYear} and update them.`,
    });
  }
  return warnings;
}
