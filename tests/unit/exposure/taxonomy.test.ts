import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_IDS,
  INSTITUTION_LABELS,
  PROCEDURES,
  customProcedureSchema,
  findProcedure,
  procedureIndex,
  proceduresInCategory,
  type CustomProcedure,
} from '../../../shared/exposure/taxonomy';

const custom: CustomProcedure = {
  id: 'custom-pae',
  categoryId: 'arterial',
  name: 'Prostate artery embolization',
  advanced: true,
};

describe('case-mix taxonomy', () => {
  it('has the eight categories, in order, each with procedures and an institution hint', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const category of CATEGORIES) {
      expect(proceduresInCategory(category.id).length).toBeGreaterThan(0);
      expect(category.concentratesAt.length).toBeGreaterThan(0);
      for (const kind of category.concentratesAt) expect(INSTITUTION_LABELS[kind]).toBeTruthy();
    }
  });

  it('uses unique kebab-case procedure ids', () => {
    const ids = PROCEDURES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never gives two procedures the same name or short form', () => {
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const keys = PROCEDURES.flatMap((p) => [p.id, p.name, ...p.aliases].map(key));
    const perProcedure = PROCEDURES.map((p) => new Set([p.id, p.name, ...p.aliases].map(key)).size);
    expect(new Set(keys).size).toBe(perProcedure.reduce((a, b) => a + b, 0));
  });

  it('ties the institution hints to the guidance', () => {
    const byId = new Map(CATEGORIES.map((c) => [c.id, c.concentratesAt]));
    expect(byId.get('oncologic')).toContain('nci-cancer-center');
    expect(byId.get('portal-hepatic')).toContain('transplant-center');
    expect(byId.get('arterial')?.[0]).toBe('level-1-trauma-center');
  });

  it('marks the high-yield work advanced and the routine work not', () => {
    for (const id of ['tace', 'y90', 'tips', 'ufe', 'trauma-embolization', 'microwave-ablation', 'venous-stenting']) {
      expect(findProcedure(id)?.advanced, id).toBe(true);
    }
    for (const id of ['port-placement', 'picc', 'simple-drainage', 'tunneled-central-line']) {
      expect(findProcedure(id)?.advanced, id).toBe(false);
    }
  });

  it('finds listed and custom procedures, and nothing else', () => {
    expect(findProcedure('tips')).toMatchObject({ categoryId: 'portal-hepatic', custom: false });
    expect(findProcedure('custom-pae', [custom])).toMatchObject({ name: 'Prostate artery embolization', custom: true });
    expect(findProcedure('custom-pae')).toBeUndefined();
    expect(findProcedure('nope', [custom])).toBeUndefined();
  });

  it('lists custom procedures after the listed ones in their category', () => {
    const arterial = proceduresInCategory('arterial', [custom]);
    expect(arterial.at(-1)?.id).toBe('custom-pae');
    expect(proceduresInCategory('venous', [custom]).some((p) => p.custom)).toBe(false);
  });

  it('indexes listed and custom procedures together', () => {
    const index = procedureIndex([custom]);
    expect(index.get('y90')?.categoryId).toBe('oncologic');
    expect(index.get('custom-pae')?.advanced).toBe(true);
  });
});

describe('customProcedureSchema', () => {
  it('accepts a well-formed custom procedure', () => {
    expect(customProcedureSchema.parse(custom)).toEqual(custom);
  });

  it('trims the name and refuses an empty one', () => {
    expect(customProcedureSchema.parse({ ...custom, name: '  PAE  ' }).name).toBe('PAE');
    const result = customProcedureSchema.safeParse({ ...custom, name: '   ' });
    expect(result.error?.issues[0]?.message).toBe('Name is required');
  });

  it('refuses an id that a listed procedure already uses, and an unknown category', () => {
    expect(customProcedureSchema.safeParse({ ...custom, id: 'tace' }).error?.issues[0]?.message).toBe(
      'That id is already used by a listed procedure',
    );
    expect(customProcedureSchema.safeParse({ ...custom, categoryId: 'cardiac' }).error?.issues[0]?.message).toBe(
      'Choose a case-mix category',
    );
  });
});
