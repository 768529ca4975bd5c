import { describe, expect, it } from 'vitest';
import {
  caseMixCoverage,
  casesPerMonth,
  hoursByExperienceKind,
  proceduresByCategory,
  proceduresByRole,
  researchOutputsByStatus,
  summarizeExposure,
} from '../../../shared/exposure/exposure-summary';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const customPae: CustomProcedure = { id: 'custom-pae', categoryId: 'arterial', name: 'PAE', advanced: true };
const TODAY = '2026-11-29';

describe('proceduresByCategory and proceduresByRole', () => {
  it('counts by category, including custom procedures, and sets aside unknown ids', () => {
    const counts = proceduresByCategory(
      [
        makeProcedure({ procedureId: 'tace' }),
        makeProcedure({ procedureId: 'y90' }),
        makeProcedure({ procedureId: 'port-placement' }),
        makeProcedure({ procedureId: 'custom-pae' }),
        makeProcedure({ procedureId: 'deleted-custom' }),
      ],
      [customPae],
    );
    expect(counts.byCategory).toEqual({
      arterial: 1,
      'portal-hepatic': 0,
      oncologic: 2,
      venous: 0,
      'drainage-biliary-gu': 0,
      'dialysis-access': 0,
      'nonvascular-msk': 0,
      'lines-ports': 1,
    });
    expect(counts.advancedCount).toBe(3);
    expect(counts.unmatchedCount).toBe(1);
  });

  it('counts by role with zeros for unused roles', () => {
    expect(proceduresByRole([makeProcedure({ role: 'observed' }), makeProcedure({ role: 'scrubbed' }), makeProcedure({ role: 'observed' })])).toEqual({
      observed: 2,
      assisted: 0,
      scrubbed: 1,
      'performed-supervised': 0,
    });
  });
});

describe('caseMixCoverage', () => {
  it('reports nothing covered and no share for an empty log', () => {
    const coverage = caseMixCoverage([], []);
    expect(coverage.coveredCount).toBe(0);
    expect(coverage.totalCategories).toBe(8);
    expect(coverage.caseCount).toBe(0);
    expect(coverage.advancedShare).toBeNull();
    expect(coverage.categories.every((c) => !c.covered && c.count === 0)).toBe(true);
  });

  it('reports covered categories and the advanced share', () => {
    const coverage = caseMixCoverage(
      [
        makeProcedure({ procedureId: 'tips' }),
        makeProcedure({ procedureId: 'port-placement' }),
        makeProcedure({ procedureId: 'picc' }),
        makeProcedure({ procedureId: 'custom-pae' }),
      ],
      [customPae],
    );
    expect(coverage.categories.filter((c) => c.covered).map((c) => c.id)).toEqual([
      'arterial',
      'portal-hepatic',
      'lines-ports',
    ]);
    expect(coverage.coveredCount).toBe(3);
    expect(coverage.advancedShare).toBe(0.5);
    expect(coverage.categories.find((c) => c.id === 'lines-ports')).toEqual({
      id: 'lines-ports',
      label: 'Lines and ports',
      count: 2,
      covered: true,
    });
  });

  it('leaves cases with unknown procedures out of the share', () => {
    const coverage = caseMixCoverage([makeProcedure({ procedureId: 'gone' }), makeProcedure({ procedureId: 'picc' })], []);
    expect(coverage.caseCount).toBe(1);
    expect(coverage.advancedShare).toBe(0);
  });
});

describe('casesPerMonth', () => {
  it('is empty for no cases', () => {
    expect(casesPerMonth([], TODAY)).toEqual([]);
  });

  it('runs on to the current month, so quiet months since the last case show as 0', () => {
    // QA repro: the last case in May and today in November hid six empty months.
    const series = casesPerMonth([makeProcedure({ date: '2026-05-12' })], TODAY);
    expect(series.map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(series.map((m) => m.count)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps a month after today that an older file may hold', () => {
    expect(casesPerMonth([makeProcedure({ date: '2027-01-05' })], TODAY).map((m) => m.month)).toEqual(['2027-01']);
  });

  it('sorts months and fills the gaps with zeros, across a year end', () => {
    expect(
      casesPerMonth([
        makeProcedure({ date: '2026-02-10' }),
        makeProcedure({ date: '2025-11-03' }),
        makeProcedure({ date: '2025-11-28' }),
        makeProcedure({ date: '2026-02-01' }),
      ], '2026-02-20'),
    ).toEqual([
      { month: '2025-11', count: 2 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 2 },
    ]);
  });
});

describe('hours and research summaries', () => {
  it('adds hours per experience kind', () => {
    const hours = hoursByExperienceKind([
      makeExperience({ kind: 'observership', hours: { mode: 'weekly', perWeek: 40, weeks: 4 } }),
      makeExperience({ kind: 'observership', hours: { mode: 'total', total: 20 } }),
      makeExperience({ kind: 'research-project', hours: { mode: 'total', total: 150 } }),
      makeExperience({ kind: 'conference', hours: { mode: 'none' } }),
    ]);
    expect(hours.observership).toBe(180);
    expect(hours['research-project']).toBe(150);
    expect(hours.conference).toBe(0);
    expect(hours.teaching).toBe(0);
  });

  it('counts research outputs by status', () => {
    expect(
      researchOutputsByStatus([
        makeResearchOutput({ status: 'idea' }),
        makeResearchOutput({ status: 'published' }),
        makeResearchOutput({ status: 'published' }),
      ]),
    ).toEqual({ idea: 1, 'in-progress': 0, submitted: 0, accepted: 0, published: 2 });
  });
});

describe('summarizeExposure', () => {
  it('brings every figure together', () => {
    const summary = summarizeExposure({
      procedures: [makeProcedure({ procedureId: 'tace', date: '2025-06-03' }), makeProcedure({ procedureId: 'picc', date: '2025-07-09', role: 'assisted' })],
      customProcedures: [],
      experiences: [makeExperience()],
      researchOutputs: [makeResearchOutput()],
    }, '2025-07-31');
    expect(summary.totalProcedures).toBe(2);
    expect(summary.byCategory.oncologic).toBe(1);
    expect(summary.byRole).toMatchObject({ observed: 1, assisted: 1 });
    expect(summary.coverage.advancedShare).toBe(0.5);
    expect(summary.casesPerMonth.map((m) => m.month)).toEqual(['2025-06', '2025-07']);
    expect(summary.totalHours).toBe(160);
    expect(summary.researchOutputsByStatus.submitted).toBe(1);
    expect(summary.unmatchedProcedures).toBe(0);
  });

  it('summarises 5,000 entries quickly', () => {
    const ids = ['tace', 'y90', 'tips', 'port-placement', 'picc', 'nephrostomy', 'custom-pae'];
    const procedures = Array.from({ length: 5_000 }, (_, i) =>
      makeProcedure({
        id: `p${i}`,
        procedureId: ids[i % ids.length],
        date: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      }),
    );
    const customProcedures = Array.from({ length: 500 }, (_, i) => ({ ...customPae, id: i === 0 ? 'custom-pae' : `custom-${i}` }));
    const summary = summarizeExposure({ procedures, customProcedures, experiences: [], researchOutputs: [] }, '2025-12-31');
    expect(summary.totalProcedures).toBe(5_000);
    expect(summary.casesPerMonth).toHaveLength(6 * 12);
    expect(summary.byCategory.arterial).toBe(Math.ceil(5_000 / 7) - 1);
  });
});

describe('planned experiences', () => {
  const summarize = (experiences: ReturnType<typeof makeExperience>[]) =>
    summarizeExposure({ procedures: [], customProcedures: [], experiences, researchOutputs: [] }, TODAY);
  // Six past experiences, 71 h in all, as in the QA repro.
  const past = [
    makeExperience({ id: 'p1', hours: { mode: 'total', total: 40 } }),
    ...['p2', 'p3', 'p4', 'p5', 'p6'].map((id) => makeExperience({ id, kind: 'virtual-lecture', startDate: '2026-02-10', endDate: '2026-02-10', hours: { mode: 'total', total: 6.2 } })),
  ];
  const plannedObservership = makeExperience({ id: 'future', startDate: '2030-06-01', endDate: '2030-07-01', hours: { mode: 'total', total: 100 } });

  it('leaves an experience that starts after today out of the counts and hours, and reports it as planned', () => {
    const before = summarize(past);
    expect(before.experienceCount).toBe(6);
    expect(before.totalHours).toBeCloseTo(71);

    const after = summarize([...past, plannedObservership]);
    expect(after.experienceCount).toBe(6);
    expect(after.totalHours).toBeCloseTo(71);
    expect(after.hoursByExperienceKind.observership).toBe(40);
    expect(after.planned).toEqual({ count: 1, hours: 100 });
  });

  it('counts an experience that starts today, or started and has not ended, with its hours as entered', () => {
    // Hours are entered by the applicant, not derived from the dates, so nothing is pro-rated.
    const startsToday = makeExperience({ id: 'today', startDate: TODAY, endDate: '2026-12-20', hours: { mode: 'total', total: 30 } });
    const ongoing = makeExperience({ id: 'ongoing', startDate: '2026-10-01', endDate: null, ongoing: true, hours: { mode: 'weekly', perWeek: 10, weeks: 12 } });
    const summary = summarize([startsToday, ongoing]);
    expect(summary.experienceCount).toBe(2);
    expect(summary.totalHours).toBe(150);
    expect(summary.planned).toEqual({ count: 0, hours: 0 });
  });
});
