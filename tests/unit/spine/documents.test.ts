import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentCounts, holdsApplicantData } from '../../../shared/document-contents';
import { loadDocument, loadDocumentText } from '../../../shared/document-loading';
import { checkSchemaVersion, migrateDocument, MIGRATIONS, type Migration } from '../../../shared/migrations';
import { CURRENT_SCHEMA_VERSION, documentSchema, emptyDocument } from '../../../shared/schema/document';
import { profileSchema } from '../../../shared/schema/profile';
import { validProfile } from './helpers';

const NOW = new Date('2030-06-15T12:00:00.000Z');
const SAMPLE_PATH = join(import.meta.dirname, '../../../resources/sample/sample-applicant.json');

const current = (overrides: Record<string, unknown> = {}) => ({ ...emptyDocument(NOW), ...overrides });

describe('loadDocumentText', () => {
  it.each(['', '   \n'])('calls an empty file empty (%j)', (text) => {
    expect(loadDocumentText(text, NOW)).toEqual({ ok: false, kind: 'unparseable', message: 'The file is empty.' });
  });

  it.each(['{"schemaVersion": 2, "prof', 'hello', '{,}', '\u0000\u0001'])('calls %j damaged', (text) => {
    expect(loadDocumentText(text, NOW)).toEqual({
      ok: false,
      kind: 'unparseable',
      message: 'The file is not valid JSON; it may be damaged or cut short.',
    });
  });

  it.each([
    ['an array', '[1,2]', /does not hold an IR Match Planner document/],
    ['null', 'null', /does not hold an IR Match Planner document/],
    ['a number', '42', /does not hold an IR Match Planner document/],
    ['no version', '{"profile": null}', /does not say which version of the app wrote it/],
    ['a text version', '{"schemaVersion": "2"}', /does not say which version of the app wrote it/],
    ['version 0', '{"schemaVersion": 0}', /does not say which version of the app wrote it/],
    ['a fractional version', '{"schemaVersion": 1.5}', /does not say which version of the app wrote it/],
  ])('rejects %s as invalid', (_label, text, message) => {
    const loaded = loadDocumentText(text, NOW);
    expect(loaded).toMatchObject({ ok: false, kind: 'invalid' });
    if (!loaded.ok) expect(loaded.message).toMatch(message);
  });

  it('rejects a current-version document with a bad field, naming it', () => {
    const text = JSON.stringify(current({ profile: { ...validProfile(), step2ckScore: 999 } }));
    const loaded = loadDocumentText(text, NOW);
    expect(loaded).toMatchObject({ ok: false, kind: 'invalid' });
    if (!loaded.ok) expect(loaded.message).toContain('profile › Step 2 CK score: Step 2 CK score must be between 1 and 300');
  });

  it('refuses a newer format and says to update the app', () => {
    const loaded = loadDocumentText(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), NOW);
    expect(loaded).toMatchObject({ ok: false, kind: 'newer', found: CURRENT_SCHEMA_VERSION + 1 });
    if (!loaded.ok) {
      expect(loaded.message).toContain(`format ${CURRENT_SCHEMA_VERSION + 1}`);
      expect(loaded.message).toContain('Update the app');
    }
  });

  it('upgrades an older (v1) document and reports where it came from', () => {
    const loaded = loadDocumentText(JSON.stringify({ schemaVersion: 1, profile: validProfile() }), NOW);
    expect(loaded).toMatchObject({ ok: true, upgradedFrom: 1 });
    if (!loaded.ok) return;
    expect(loaded.doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(loaded.doc.meta).toEqual({ createdAt: NOW.toISOString(), sample: false });
    expect(loaded.doc.profile).toEqual(validProfile());
    expect(documentSchema.safeParse(loaded.doc).success).toBe(true);
  });

  it('still validates an upgraded document', () => {
    const loaded = loadDocumentText(JSON.stringify({ schemaVersion: 1, profile: { fullName: '' } }), NOW);
    expect(loaded).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('loads a current document unchanged', () => {
    const doc = current({ profile: validProfile(), meta: { createdAt: '2029-01-01T00:00:00.000Z', sample: false } });
    const loaded = loadDocumentText(JSON.stringify(doc), NOW);
    expect(loaded).toEqual({ ok: true, doc, upgradedFrom: null });
  });

  it('loads a document object the same way (loadDocument)', () => {
    expect(loadDocument(current(), NOW)).toMatchObject({ ok: true, upgradedFrom: null });
    expect(loadDocument('text', NOW)).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('the shipped sample applicant', () => {
  const text = readFileSync(SAMPLE_PATH, 'utf8');

  it('loads, validates and is marked as the sample', () => {
    const loaded = loadDocumentText(text, NOW);
    if (!loaded.ok) throw new Error(`sample does not load: ${loaded.message}`);
    expect(loaded.doc.meta.sample).toBe(true);
    expect(loaded.doc.profile).not.toBeNull();
    expect(profileSchema.safeParse(loaded.doc.profile).success).toBe(true);
    expect(loaded.doc.profile?.fullName).toMatch(/sample/i);
  });

  it('counts its contents for the import summary', () => {
    const loaded = loadDocumentText(text, NOW);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(documentCounts(loaded.doc)).toMatchObject({ profile: 1 });
  });

  it('counts the statement too: talking points, the draft’s words and ERAS entries', () => {
    const doc = emptyDocument(NOW);
    doc.statement.draft.text = 'Three short words';
    expect(documentCounts(doc)).toMatchObject({ 'talking points': 0, 'words in the statement draft': 3, 'ERAS entries': 0 });
  });
});

describe('holdsApplicantData', () => {
  it('is false for a new file, whatever its date, and for the sample', () => {
    expect(holdsApplicantData(emptyDocument(NOW))).toBe(false);
    expect(holdsApplicantData(documentSchema.parse(JSON.parse(JSON.stringify(emptyDocument(new Date(2020, 0, 1))))))).toBe(false);
    const sample = emptyDocument(NOW);
    sample.meta.sample = true;
    sample.statement.draft.text = 'Sample words';
    expect(holdsApplicantData(sample)).toBe(false);
  });

  it('is true as soon as anything differs from a new file: a profile, a draft, a renamed outline section, a weight', () => {
    const withProfile = emptyDocument(NOW);
    withProfile.profile = validProfile();
    const withDraft = emptyDocument(NOW);
    withDraft.statement.draft.text = 'Mine';
    const renamed = emptyDocument(NOW);
    renamed.statement.outline[0]!.title = 'My opening';
    const weighted = emptyDocument(NOW);
    const firstWeight = Object.keys(weighted.shortlist.rankingWeights)[0]!;
    (weighted.shortlist.rankingWeights as Record<string, number>)[firstWeight] = 0;
    for (const doc of [withProfile, withDraft, renamed, weighted]) expect(holdsApplicantData(doc)).toBe(true);
  });
});

describe('migrations', () => {
  it('are numbered 2..CURRENT_SCHEMA_VERSION, in order, with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 2),
    );
    expect(MIGRATIONS.every((m) => m.description.length > 0)).toBe(true);
  });

  it('each migration sets its own schemaVersion', () => {
    let doc: Record<string, unknown> = { schemaVersion: 1, profile: null };
    for (const migration of MIGRATIONS) {
      doc = migration.up(doc, NOW);
      expect(doc.schemaVersion).toBe(migration.version);
    }
  });

  it('migrateDocument applies only the migrations above `from`, in order', () => {
    const trail = (version: number): Migration => ({
      version,
      description: `to ${version}`,
      up: (doc) => ({ ...doc, schemaVersion: version, trail: [...((doc.trail as number[]) ?? []), version] }),
    });
    const list = [trail(2), trail(3), trail(4)];
    expect(migrateDocument({ schemaVersion: 1 }, 1, NOW, list)).toEqual({ schemaVersion: 4, trail: [2, 3, 4] });
    expect(migrateDocument({ schemaVersion: 2 }, 2, NOW, list)).toEqual({ schemaVersion: 4, trail: [3, 4] });
    expect(migrateDocument({ schemaVersion: 4 }, 4, NOW, list)).toEqual({ schemaVersion: 4 });
  });

  it('migrateDocument passes the clock and does not mutate its input', () => {
    const input = { schemaVersion: 1, profile: null };
    const copy = structuredClone(input);
    const out = migrateDocument(input, 1, NOW);
    expect(input).toEqual(copy);
    expect(out.meta).toEqual({ createdAt: NOW.toISOString(), sample: false });
  });

  it('checkSchemaVersion classifies documents', () => {
    expect(checkSchemaVersion({ schemaVersion: CURRENT_SCHEMA_VERSION })).toEqual({ kind: 'current' });
    expect(checkSchemaVersion({ schemaVersion: 1 })).toEqual({ kind: 'older', from: 1 });
    expect(checkSchemaVersion({ schemaVersion: 1000 })).toEqual({ kind: 'newer', found: 1000 });
    expect(checkSchemaVersion({ schemaVersion: -3 }).kind).toBe('invalid');
    expect(checkSchemaVersion(undefined).kind).toBe('invalid');
  });
});
