import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/exposure/experience-schema';
import type { ProcedureEntry } from '../../../shared/exposure/procedure-schema';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import {
  DEFAULT_SORT,
  NO_EXPERIENCE,
  NO_FILTERS,
  buildLogRows,
  filterRows,
  hasActiveFilters,
  prepareSearch,
  readDateBound,
  searchTextOf,
  sortRows,
  toggleSort,
  type LogRow,
} from '../../../renderer/src/pages/procedures/procedure-filters';

// Pure functions; this file sits with the page's tests (jsdom project) because it tests the page's module.

const experiences: Pick<Experience, 'id' | 'title' | 'organisation' | 'city'>[] = [
  { id: 'exp-lake', title: 'IR observership', organisation: 'Lakeshore', city: 'Chicago' },
  { id: 'exp-river', title: 'Cancer center observership', organisation: 'Riverbend', city: '' },
];
const custom: CustomProcedure[] = [{ id: 'custom-1', categoryId: 'arterial', name: 'Splenic artery embolization', advanced: true }];

let nextId = 0;
function entry(overrides: Partial<ProcedureEntry>): ProcedureEntry {
  nextId += 1;
  return {
    id: `e${String(nextId).padStart(4, '0')}`,
    date: '2026-01-10',
    procedureId: 'tace',
    role: 'observed',
    guidance: [],
    setting: 'scheduled',
    experienceId: 'exp-lake',
    attending: 'Dr. Whitford',
    learned: '',
    patientCare: '',
    complication: '',
    notes: '',
    ...overrides,
  };
}

const entries = [
  entry({ date: '2026-01-12', procedureId: 'tace', attending: 'Dr. Whitford', learned: 'Saw the post-embolization syndrome plan' }),
  entry({ date: '2026-01-05', procedureId: 'port-placement', role: 'assisted', attending: 'Dr. Anand', experienceId: 'exp-river' }),
  entry({ date: '2026-02-20', procedureId: 'y90', role: 'scrubbed', setting: 'emergency', attending: '', experienceId: null }),
  entry({ date: '2026-01-30', procedureId: 'custom-1', role: 'performed-supervised', notes: 'Trauma night' }),
  entry({ date: '2026-01-30', procedureId: 'gone-procedure' }),
];
const rows = buildLogRows(entries, custom, experiences);
const ids = (list: readonly LogRow[]) => list.map((row) => row.entry.id);
const names = (list: readonly LogRow[]) => list.map((row) => row.procedureName);

describe('buildLogRows', () => {
  it('resolves names, categories, labels and the site', () => {
    const [tace, port, y90, splenic, unknown] = rows;
    expect(tace).toMatchObject({ procedureName: 'Chemoembolization', categoryLabel: 'Oncologic', advanced: true, roleLabel: 'Observed' });
    expect(tace?.experienceLabel).toBe('IR observership · Lakeshore');
    expect(tace?.site).toBe('Lakeshore, Chicago');
    expect(port).toMatchObject({ advanced: false, roleLabel: 'Assisted', site: 'Riverbend' });
    expect(y90).toMatchObject({ settingLabel: 'Emergency / on call', experienceLabel: '', site: '' });
    expect(splenic).toMatchObject({ procedureName: 'Splenic artery embolization', categoryId: 'arterial' });
    // An entry whose custom procedure was lost still shows up, clearly marked.
    expect(unknown).toMatchObject({ procedureName: 'Unknown procedure (gone-procedure)', categoryId: null, categoryLabel: '' });
  });
});

describe('filterRows', () => {
  it('returns everything without filters', () => {
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(rows.length);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
  });

  it('filters by category, procedure, role and experience', () => {
    expect(names(filterRows(rows, { ...NO_FILTERS, categoryId: 'oncologic' }))).toEqual(['Chemoembolization', 'Radioembolization']);
    expect(names(filterRows(rows, { ...NO_FILTERS, procedureId: 'port-placement' }))).toEqual(['Port placement']);
    expect(names(filterRows(rows, { ...NO_FILTERS, role: 'scrubbed' }))).toEqual(['Radioembolization']);
    expect(names(filterRows(rows, { ...NO_FILTERS, experienceId: 'exp-river' }))).toEqual(['Port placement']);
    expect(names(filterRows(rows, { ...NO_FILTERS, experienceId: NO_EXPERIENCE }))).toEqual(['Radioembolization']);
    expect(hasActiveFilters({ ...NO_FILTERS, role: 'scrubbed' })).toBe(true);
  });

  it('keeps dates inside an inclusive range', () => {
    const inRange = filterRows(rows, { ...NO_FILTERS, from: '2026-01-12', to: '2026-01-30' });
    expect(inRange.map((row) => row.entry.date).sort()).toEqual(['2026-01-12', '2026-01-30', '2026-01-30']);
    expect(filterRows(rows, { ...NO_FILTERS, from: '2026-02-21' })).toEqual([]);
  });

  it('matches every typed word, case-insensitively, in names, short forms, attending and reflections', () => {
    expect(names(filterRows(rows, { ...NO_FILTERS, text: 'TACE' }))).toEqual(['Chemoembolization']);
    expect(names(filterRows(rows, { ...NO_FILTERS, text: 'anand' }))).toEqual(['Port placement']);
    expect(names(filterRows(rows, { ...NO_FILTERS, text: 'embolization syndrome' }))).toEqual(['Chemoembolization']);
    expect(names(filterRows(rows, { ...NO_FILTERS, text: 'trauma night' }))).toEqual(['Splenic artery embolization']);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'tace anand' })).toEqual([]);
    expect(filterRows(rows, { ...NO_FILTERS, text: '   ' })).toHaveLength(rows.length);
  });

  it('combines filters', () => {
    expect(filterRows(rows, { ...NO_FILTERS, categoryId: 'oncologic', role: 'observed', text: 'whitford' })).toHaveLength(1);
  });

  it('finds the same rows whether or not the search text was prepared ahead', () => {
    const fresh = buildLogRows(
      rows.map((row) => row.entry),
      custom,
      experiences,
    );
    const unprepared = names(filterRows(fresh, { ...NO_FILTERS, text: 'embolization syndrome' }));
    const prepared = buildLogRows(
      rows.map((row) => row.entry),
      custom,
      experiences,
    );
    expect(prepareSearch(prepared)).toBe(prepared.length);
    expect(names(filterRows(prepared, { ...NO_FILTERS, text: 'embolization syndrome' }))).toEqual(unprepared);
    expect(unprepared).toEqual(['Chemoembolization']);
  });
});

describe('prepareSearch', () => {
  it('works in slices and says where it stopped, so idle time can resume it', () => {
    const many = Array.from({ length: 450 }, (_, i) => rows[i % rows.length]!.entry).map((one, i) => ({ ...one, id: `slice-${i}` }));
    const prepared = buildLogRows(many, custom, experiences);
    let slices = 0;
    const stoppedAt = prepareSearch(prepared, 0, () => slices++ < 1);
    expect(stoppedAt).toBe(200);
    expect(prepareSearch(prepared, stoppedAt, () => false)).toBe(200);
    expect(prepareSearch(prepared, stoppedAt)).toBe(450);
    expect(searchTextOf(prepared[449]!)).toContain(prepared[449]!.procedureName.toLowerCase());
  });
});

describe('sortRows', () => {
  it('sorts newest first by default, ties by procedure name', () => {
    expect(sortRows(rows, DEFAULT_SORT).map((row) => row.entry.date)).toEqual([
      '2026-02-20',
      '2026-01-30',
      '2026-01-30',
      '2026-01-12',
      '2026-01-05',
    ]);
    expect(names(sortRows(rows, DEFAULT_SORT)).slice(1, 3)).toEqual(['Splenic artery embolization', 'Unknown procedure (gone-procedure)']);
  });

  it('sorts by name either way and leaves the input alone', () => {
    const before = ids(rows);
    expect(names(sortRows(rows, { column: 'procedure', direction: 'asc' }))[0]).toBe('Chemoembolization');
    expect(names(sortRows(rows, { column: 'procedure', direction: 'desc' }))[0]).toBe('Unknown procedure (gone-procedure)');
    expect(ids(rows)).toEqual(before);
  });

  it('sorts roles by how hands-on they were, not alphabetically', () => {
    expect(sortRows(rows, { column: 'role', direction: 'desc' })[0]?.entry.role).toBe('performed-supervised');
    expect(sortRows(rows, { column: 'role', direction: 'asc' }).at(-1)?.entry.role).toBe('performed-supervised');
  });

  it('puts empty cells last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      expect(sortRows(rows, { column: 'attending', direction }).at(-1)?.entry.attending).toBe('');
      expect(sortRows(rows, { column: 'experience', direction }).at(-1)?.entry.experienceId).toBeNull();
    }
  });

  it('toggles the direction of the same column and starts a new one sensibly', () => {
    expect(toggleSort(DEFAULT_SORT, 'date')).toEqual({ column: 'date', direction: 'asc' });
    expect(toggleSort(DEFAULT_SORT, 'procedure')).toEqual({ column: 'procedure', direction: 'asc' });
    expect(toggleSort({ column: 'procedure', direction: 'asc' }, 'procedure')).toEqual({ column: 'procedure', direction: 'desc' });
  });

  it('filters and sorts a 5,000-entry log quickly and stably', () => {
    const procedureIds = ['tace', 'y90', 'port-placement', 'picc', 'ufe', 'tips', 'nephrostomy'];
    const many = Array.from({ length: 5000 }, (_, i) =>
      entry({
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        procedureId: procedureIds[i % procedureIds.length],
        attending: `Dr. Attending ${i % 40}`,
        learned: i % 3 === 0 ? 'Access via the right common femoral artery' : '',
      }),
    );
    const started = performance.now();
    const built = buildLogRows(many, custom, experiences);
    const filtered = filterRows(built, { ...NO_FILTERS, text: 'femoral', categoryId: 'oncologic' });
    const sorted = sortRows(filtered, { column: 'attending', direction: 'asc' });
    const resorted = sortRows(built, { column: 'procedure', direction: 'desc' });
    const elapsed = performance.now() - started;

    expect(filtered.every((row) => row.categoryId === 'oncologic' && row.entry.learned !== '')).toBe(true);
    expect(sorted).toHaveLength(filtered.length);
    expect(resorted).toHaveLength(5000);
    expect(ids(sortRows(built, { column: 'procedure', direction: 'desc' }))).toEqual(ids(resorted));
    // Generous: it takes a few tens of ms; this only catches an accidental quadratic.
    expect(elapsed).toBeLessThan(1500);
  });
});

describe('readDateBound', () => {
  it('accepts real days and reports the rest', () => {
    expect(readDateBound('')).toEqual({ value: null, error: null });
    expect(readDateBound(' 2026-01-31 ')).toEqual({ value: '2026-01-31', error: null });
    expect(readDateBound('31/01/2026')).toEqual({ value: null, error: 'Use YYYY-MM-DD' });
    expect(readDateBound('2026-02-30')).toEqual({ value: null, error: 'That day does not exist' });
  });
});
