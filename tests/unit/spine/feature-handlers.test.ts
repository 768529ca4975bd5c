import { describe, expect, it } from 'vitest';
import { newProgramDraft } from '../../../shared/programs/program-schema';
import { useHandlers } from './handler-harness';

const harness = useHandlers();
const { call } = harness;

const entry = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-02-03',
  procedureId: 'tace',
  role: 'observed',
  guidance: ['fluoroscopy'],
  setting: 'scheduled',
  experienceId: null,
  attending: 'Dr. Lee',
  learned: '',
  patientCare: '',
  complication: '',
  notes: '',
  ...overrides,
});

describe('exposure handlers', () => {
  it('refuses free text that looks like patient data unless the user confirmed it', async () => {
    const risky = entry({ notes: 'pt John Smith, MRN 1234567' });
    const refused = await call('procedures:add', { entries: [risky] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toMatch(/"Notes" looks like patient-identifying data/);
    expect(harness.store.document.procedures).toHaveLength(0);

    const confirmed = await call('procedures:add', { entries: [risky], confirmedNotPatientData: true });
    expect(confirmed.ok).toBe(true);
    expect(harness.store.document.procedures).toHaveLength(1);
  });

  it('skips the check only for the entries confirmed one by one (a CSV import), not for the rest', async () => {
    const confirmedRow = entry({ notes: 'pt John Smith, MRN 1234567' });
    const otherRow = entry({ notes: 'Callback number 555-123-4567 for results' });
    const refused = await call('procedures:add', { entries: [entry(), confirmedRow, otherRow], confirmedEntries: [1] });
    expect(!refused.ok && refused.error.message).toMatch(/"Notes" looks like patient-identifying data/);
    expect(harness.store.document.procedures).toHaveLength(0);

    const added = await call('procedures:add', { entries: [entry(), confirmedRow], confirmedEntries: [1] });
    expect(added.ok).toBe(true);
    expect(harness.store.document.procedures.map((saved) => saved.notes)).toEqual(['', confirmedRow.notes]);
  });

  it('saves clean clinical reflection without asking', async () => {
    const result = await call('procedures:add', {
      entries: [entry({ learned: 'A 65-year-old with HCC underwent TACE on 3 March; saw 4 TIPS cases that week.' })],
    });
    expect(result.ok).toBe(true);
  });

  it('logs several cases at once with fresh ids, deletes them and restores them', async () => {
    const added = await call('procedures:add', { entries: [entry(), entry(), entry()] });
    const ids = added.ok ? (added.value as { id: string }[]).map((e) => e.id) : [];
    expect(new Set(ids).size).toBe(3);
    const removed = await call('procedures:delete', { ids: ids.slice(0, 2) });
    expect(harness.store.document.procedures).toHaveLength(1);
    const restored = await call('procedures:restore', { entries: removed.ok ? removed.value : [] });
    expect(restored.ok).toBe(true);
    expect(harness.store.document.procedures).toHaveLength(3);
  });

  it('updating an experience that was deleted is a not-found error, not a new record', async () => {
    const result = await call('experiences:save', {
      id: 'ghost',
      experience: {
        kind: 'observership', title: 'IR', organisation: '', city: '', region: '', usBased: true,
        startDate: '2026-01-01', endDate: null, ongoing: true, hours: { mode: 'none' }, supervisor: '',
        supervisorContact: '', canWriteLetter: false, irRelated: true, description: '', tags: [],
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(harness.store.document.experiences).toHaveLength(0);
  });
});

describe('shortlist handlers', () => {
  it('creates a program at the bottom of the rank list, and deleting then restoring keeps its place', async () => {
    const ids: string[] = [];
    for (const name of ['Alpha IR', 'Beta IR', 'Gamma IR']) {
      const saved = await call('programs:save', { program: newProgramDraft(name) });
      if (saved.ok) ids.push((saved.value as { id: string }).id);
    }
    expect(harness.store.document.shortlist.rankOrder).toEqual(ids);
    await call('signals:set', { programId: ids[1], tier: 'gold' });

    const removed = await call('programs:delete', { id: ids[1] });
    expect(harness.store.document.shortlist.rankOrder).toEqual([ids[0], ids[2]]);
    expect(harness.store.document.shortlist.signals).toEqual([]);

    await call('programs:restore', removed.ok ? removed.value : null);
    expect(harness.store.document.shortlist.rankOrder).toEqual(ids);
    expect(harness.store.document.shortlist.signals).toEqual([{ programId: ids[1], tier: 'gold' }]);
  });

  it('refuses a rank order that leaves a program out', async () => {
    const a = await call('programs:save', { program: newProgramDraft('Alpha IR') });
    await call('programs:save', { program: newProgramDraft('Beta IR') });
    const result = await call('ranking:set-order', { ids: [a.ok ? (a.value as { id: string }).id : ''] });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
