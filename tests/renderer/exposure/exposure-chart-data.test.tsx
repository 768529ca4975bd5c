import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/exposure/experience-schema';
import { summarizeExposure } from '../../../shared/exposure/exposure-summary';
import {
  countInWords,
  experiencesLine,
  hoursRows,
  monthRows,
  shownTotalHours,
  wholeNumberAxis,
} from '../../../renderer/src/pages/exposure/exposure-chart-data';
import { makeExperience } from '../../unit/exposure/fixtures';

// Pure functions; this file sits with the page's tests (jsdom project) because it tests the page's module.

const TODAY = '2026-11-29';
const withExperiences = (experiences: Experience[]) =>
  summarizeExposure({ procedures: [], customProcedures: [], experiences, researchOutputs: [] }, TODAY);

describe('monthRows', () => {
  it('labels months with four-digit years, so no two decades look alike', () => {
    const summary = summarizeExposure(
      {
        procedures: [
          { procedureId: 'tace', role: 'observed', date: '2025-12-03' },
          { procedureId: 'tace', role: 'observed', date: '2026-02-10' },
        ],
        customProcedures: [],
        experiences: [],
        researchOutputs: [],
      },
      '2026-02-20',
    );
    expect(monthRows(summary)).toEqual([
      { month: 'Dec 2025', cases: 1 },
      { month: 'Jan 2026', cases: 0 },
      { month: 'Feb 2026', cases: 1 },
    ]);
  });
});

describe('hours rows and their total', () => {
  it('shows a part hour instead of "0"', () => {
    const summary = withExperiences([
      makeExperience({ id: 'a', kind: 'conference', hours: { mode: 'total', total: 0.4 } }),
      makeExperience({ id: 'b', kind: 'virtual-lecture', hours: { mode: 'total', total: 0.4 } }),
    ]);
    expect(hoursRows(summary)).toEqual([
      { label: 'Conference', value: 0.4 },
      { label: 'Virtual lecture or case conference', value: 0.4 },
    ]);
    expect(shownTotalHours(summary)).toBe(0.8);
  });

  it('adds up to the headline: rows that rounded to 85 and 85 no longer sit under 171', () => {
    const summary = withExperiences([
      makeExperience({ id: 'a', kind: 'observership', hours: { mode: 'total', total: 85.4 } }),
      makeExperience({ id: 'b', kind: 'research-project', hours: { mode: 'total', total: 85.4 } }),
    ]);
    const rows = hoursRows(summary).map((row) => row.value);
    expect(rows).toEqual([85.4, 85.4]);
    expect(shownTotalHours(summary)).toBe(170.8);
  });
});

describe('experiencesLine', () => {
  it('counts experiences that have started and names planned hours beside them', () => {
    const past = Array.from({ length: 6 }, (_, i) => makeExperience({ id: `p${i}`, hours: { mode: 'total', total: i === 0 ? 41 : 6 } }));
    const planned = makeExperience({ id: 'future', startDate: '2030-06-01', endDate: '2030-07-01', hours: { mode: 'total', total: 100 } });
    expect(experiencesLine(withExperiences(past))).toBe('6 · 71 h');
    expect(experiencesLine(withExperiences([...past, planned]))).toBe('6 · 71 h · 100\u00a0h planned');
    expect(experiencesLine(withExperiences([{ ...planned, hours: { mode: 'none' } }]))).toBe('0 · 0 h · 1 planned');
  });
});

describe('countInWords', () => {
  it('says "1 case" and groups large counts', () => {
    expect(countInWords(1, 'advanced case', 'advanced cases')).toBe('1 advanced case');
    expect(countInWords(1250, 'case', 'cases')).toBe('1,250 cases');
  });
});

describe('wholeNumberAxis', () => {
  it('gives whole ticks, as many as the counts need, at most five', () => {
    expect(wholeNumberAxis([1, 0, 0])).toEqual({ allowDecimals: false, tickCount: 2 });
    expect(wholeNumberAxis([0, 3])).toEqual({ allowDecimals: false, tickCount: 4 });
    expect(wholeNumberAxis([40, 12])).toEqual({ allowDecimals: false, tickCount: 5 });
    expect(wholeNumberAxis([])).toEqual({ allowDecimals: false, tickCount: 2 });
  });
});
