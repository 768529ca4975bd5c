import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNALS, signalSettingsSchema, signalWarnings, type ProgramSignal } from '../../../shared/programs/signals';

const signals = (gold: number, silver: number): ProgramSignal[] => [
  ...Array.from({ length: gold }, (_, i) => ({ programId: `g${i}`, tier: 'gold' as const })),
  ...Array.from({ length: silver }, (_, i) => ({ programId: `s${i}`, tier: 'silver' as const })),
];

describe('signal settings', () => {
  it('default to the last confirmed cycle and tell the user to check them', () => {
    expect(signalSettingsSchema.parse(DEFAULT_SIGNALS)).toEqual(DEFAULT_SIGNALS);
    expect(DEFAULT_SIGNALS).toMatchObject({ cycleYear: 2025, gold: 6, silver: 6 });
    expect(DEFAULT_SIGNALS.source).toMatch(/check them against the current ERAS\/AAMC list/);
  });
});

describe('signalWarnings', () => {
  it('is quiet within the limits', () => {
    expect(signalWarnings(signals(6, 6), DEFAULT_SIGNALS)).toEqual([]);
  });

  it('warns past each limit with how many to remove', () => {
    const warnings = signalWarnings(signals(8, 7), DEFAULT_SIGNALS);
    expect(warnings.map((w) => w.id)).toEqual(['gold-over-limit', 'silver-over-limit']);
    expect(warnings[0]!.message).toBe(
      'You have marked 8 gold signals, but only 6 are left in the 2025 cycle. Remove 2.',
    );
    expect(warnings[1]!.message).toMatch(/Remove 1\.$/);
  });

  it('counts signals kept for programs outside the shortlist', () => {
    const settings = { ...DEFAULT_SIGNALS, heldForOtherPrograms: { gold: 2, silver: 0 } };
    const [warning] = signalWarnings(signals(5, 0), settings);
    expect(warning?.message).toBe(
      'You have marked 5 gold signals, but only 4 are left after the 2 you kept for other programs in the 2025 cycle. Remove 1.',
    );
  });

  it('warns when a program has two signals, by name', () => {
    const warnings = signalWarnings(
      [
        { programId: 'a', tier: 'gold' },
        { programId: 'a', tier: 'silver' },
      ],
      DEFAULT_SIGNALS,
      { programNames: new Map([['a', 'Lakeside IR']]) },
    );
    expect(warnings).toEqual([
      { id: 'program-signalled-twice', message: 'Lakeside IR has more than one signal; a program can receive only one, so keep one.' },
    ]);
  });

  it('reminds the user when the numbers are from an older cycle', () => {
    expect(signalWarnings([], DEFAULT_SIGNALS, { currentCycleYear: 2027 }).map((w) => w.id)).toEqual([
      'settings-from-old-cycle',
    ]);
  });
});
