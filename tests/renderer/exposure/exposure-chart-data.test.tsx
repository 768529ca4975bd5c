import { describe, expect, it } from 'vitest';
import { summarizeExposure } from '../../../shared/exposure/exposure-summary';
import { monthRows } from '../../../renderer/src/pages/exposure/exposure-chart-data';

// Pure functions; this file sits with the page's tests (jsdom project) because it tests the page's module.

describe('monthRows', () => {
  it('labels months with four-digit years, so no two decades look alike', () => {
    const summary = summarizeExposure({
      procedures: [
        { procedureId: 'tace', role: 'observed', date: '2025-12-03' },
        { procedureId: 'tace', role: 'observed', date: '2026-02-10' },
      ],
      customProcedures: [],
      experiences: [],
      researchOutputs: [],
    });
    expect(monthRows(summary)).toEqual([
      { month: 'Dec 2025', cases: 1 },
      { month: 'Jan 2026', cases: 0 },
      { month: 'Feb 2026', cases: 1 },
    ]);
  });
});
