import { describe, expect, it } from 'vitest';
import { prelimPairing, signalUsage } from '../../../shared/programs/signal-usage';
import { DEFAULT_SIGNALS } from '../../../shared/programs/signals';
import { categoryExposure } from '../../../shared/programs/thin-exposure';
import { makeProgram } from './program-fixture';

describe('signalUsage', () => {
  it('counts each tier against what is left after signals kept for other programs', () => {
    const settings = { ...DEFAULT_SIGNALS, gold: 3, silver: 6, heldForOtherPrograms: { gold: 1, silver: 0 } };
    const usage = signalUsage(
      [
        { programId: 'a', tier: 'gold' },
        { programId: 'b', tier: 'gold' },
        { programId: 'c', tier: 'gold' },
        { programId: 'd', tier: 'silver' },
      ],
      settings,
    );
    expect(usage.gold).toEqual({ used: 3, available: 2, over: true });
    expect(usage.silver).toEqual({ used: 1, available: 6, over: false });
  });

  it('never reports fewer than zero available', () => {
    const settings = { ...DEFAULT_SIGNALS, gold: 1, heldForOtherPrograms: { gold: 4, silver: 0 } };
    expect(signalUsage([], settings).gold.available).toBe(0);
  });
});

describe('prelimPairing', () => {
  it('is null for programs that start at PGY-1', () => {
    expect(prelimPairing(makeProgram('Categorical'))).toBeNull();
  });

  it('flags an advanced program with no active preliminary or transitional application', () => {
    const advanced = makeProgram('Advanced', (p) => (p.integratedStartsPgy2 = true));
    expect(prelimPairing(advanced)).toEqual({ applications: [], missing: true });

    advanced.prelimApplications = [{ id: 'x', program: 'Some TY', kind: 'transitional', status: 'withdrawn' }];
    expect(prelimPairing(advanced)?.missing).toBe(true);
    advanced.prelimApplications.push({ id: 'y', program: 'Some prelim', kind: 'preliminary', status: 'applied' });
    expect(prelimPairing(advanced)?.missing).toBe(false);
  });
});

describe('categoryExposure', () => {
  it('marks categories with two or fewer logged cases as thin, including empty ones', () => {
    const exposure = categoryExposure({ arterial: 12, oncologic: 2, venous: 3 });
    const thin = exposure.filter((c) => c.thin).map((c) => c.category);
    expect(thin).toEqual(['portal-hepatic', 'oncologic', 'drainage-biliary-gu', 'dialysis-access', 'nonvascular-msk', 'lines-ports']);
    expect(exposure.find((c) => c.category === 'arterial')).toEqual({ category: 'arterial', cases: 12, thin: false });
  });

  it('treats an empty log as thin everywhere', () => {
    expect(categoryExposure({}).every((c) => c.thin && c.cases === 0)).toBe(true);
  });
});
