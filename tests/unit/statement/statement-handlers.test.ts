import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import { migrateDocument } from '../../../shared/migrations';
import { documentSchema, emptyDocument } from '../../../shared/schema/document';
import { emptyStatement } from '../../../shared/statement/statement-schema';
import { makeExperience } from '../exposure/fixtures';
import { cleanupTempDirs, makeTempDir } from '../spine/helpers';

let context: HandlerContext;
const call = (channel: string, args?: unknown) => dispatch(handlers, context, channel, args);
const value = async <T>(channel: string, args?: unknown): Promise<T> => {
  const result = await call(channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
};

beforeEach(async () => {
  const store = await Store.open({ dataDir: await makeTempDir() });
  await store.update((doc) => ({ ...doc, experiences: [makeExperience({ id: 'exp-1' }), makeExperience({ id: 'exp-2', title: 'Rotation' })] }));
  context = { store, platform: { shell: 'preview', version: '0.0.0' } };
});
afterEach(cleanupTempDirs);

const point = (text: string) => ({ text, promptId: 'advanced-tace', evidence: [{ kind: 'experience', id: 'exp-1' }], strength: 'strong' });
const eras = (experienceId: string, mostMeaningful = false) => ({ experienceId, description: 'What I did.', mostMeaningful, reflection: '', talkingPointId: null });

describe('migration to v5', () => {
  it('gives a v4 file an empty statement workspace that validates', () => {
    const v4 = { ...emptyDocument(new Date('2026-01-01')), schemaVersion: 4 } as Record<string, unknown>;
    delete v4.statement;
    const migrated = migrateDocument(v4, 4, new Date('2026-01-01'));
    expect(migrated.statement).toEqual(emptyStatement());
    expect(documentSchema.safeParse(migrated).success).toBe(true);
  });
});

describe('statement handlers', () => {
  it('holds back a talking point that looks like patient data until the user confirms', async () => {
    const risky = point('pt John Smith, MRN 1234567, taught me about consent');
    const refused = await call('statement:save-point', { point: risky });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toMatch(/"Talking point" looks like patient-identifying data/);
    expect(context.store.document.statement.talkingPoints).toEqual([]);

    await value('statement:save-point', { point: risky, confirmedNotPatientData: true });
    expect(context.store.document.statement.talkingPoints).toHaveLength(1);
  });

  it('holds back an outline whose section title looks like patient data until the user confirms', async () => {
    const before = context.store.document.statement.outline;
    const title = 'Ms. Jane Doe, DOB 1/2/1950, phone 312-555-0100';
    const sections = before.map((section, index) => (index === 1 ? { ...section, title } : section));
    const refused = await call('statement:save-outline', { sections });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toMatch(/"Outline section title" looks like patient-identifying data/);
    expect(context.store.document.statement.outline).toEqual(before);

    const saved = await value<{ title: string }[]>('statement:save-outline', { sections, confirmedNotPatientData: true });
    expect(saved[1]?.title).toBe(title);
    expect(context.store.document.statement.outline[1]?.title).toBe(title);
  });

  it('holds back a version name or a variant’s "replaces which paragraph" that looks like patient data until confirmed', async () => {
    await value('statement:save-draft', { text: 'First take.' });
    const name = 'Before Mrs. Garcia (DOB 4/12/1931) read it';
    const version = await call('statement:save-version', { name });
    expect(!version.ok && version.error.message).toMatch(/^Something in "Version name" looks like patient-identifying data/);
    expect(context.store.document.statement.draft.versions).toEqual([]);
    await value('statement:save-version', { name, confirmedNotPatientData: true });
    expect(context.store.document.statement.draft.versions.map((saved) => saved.name)).toEqual([name]);

    const variant = { programId: 'program-1', paragraphLabel: 'Closing, call 312-555-0100', text: 'Why this program.' };
    const refused = await call('statement:save-variant', { variant });
    expect(!refused.ok && refused.error.message).toMatch(/^Something in "Replaces which paragraph" looks/);
    expect(context.store.document.statement.draft.variants).toEqual([]);
  });

  it('names the ERAS entry whose text looks like patient data, and does not ask again about it once confirmed and saved', async () => {
    const flagged = { ...eras('exp-1'), description: 'Followed Mrs. Garcia (DOB 4/12/1931) to clinic.' };
    const refused = await call('statement:save-eras', { entries: [flagged, eras('exp-2')] });
    expect(!refused.ok && refused.error.message).toMatch(/^Something in "IR observership: Experience description" looks/);
    await value('statement:save-eras', { entries: [flagged, eras('exp-2')], confirmedNotPatientData: true });

    // Only the second entry changes: the first one's confirmed text is not refused again.
    const edited = { ...eras('exp-2'), description: 'Built the data set myself.' };
    await value('statement:save-eras', { entries: [flagged, edited] });
    expect(context.store.document.statement.erasEntries[1]?.description).toBe('Built the data set myself.');

    // New text that looks like patient data is still refused, and named by its own entry.
    const again = await call('statement:save-eras', { entries: [flagged, { ...edited, reflection: 'MRN 1234567' }] });
    expect(!again.ok && again.error.message).toMatch(/^Something in "Rotation: Most meaningful reflection" looks/);
  });

  it('deletes a talking point from the outline and brings it back in place with undo', async () => {
    const saved = await value<{ id: string }>('statement:save-point', { point: point('Selection decides TACE outcomes.') });
    const outline = context.store.document.statement.outline.map((section) => (section.id === 'exposure' ? { ...section, talkingPointIds: [saved.id] } : section));
    await value('statement:save-outline', { sections: outline });
    const removed = await value('statement:delete-point', { id: saved.id });
    expect(context.store.document.statement.outline.find((section) => section.id === 'exposure')?.talkingPointIds).toEqual([]);
    await value('statement:restore-point', removed);
    expect(context.store.document.statement.outline.find((section) => section.id === 'exposure')?.talkingPointIds).toEqual([saved.id]);
  });

  it('keeps the replaced draft as a version when an older one is restored', async () => {
    await value('statement:save-draft', { text: 'First take.' });
    const first = await value<{ id: string }>('statement:save-version', { name: 'First' });
    await value('statement:save-draft', { text: 'Second take, much better.' });
    const draft = await value<{ text: string; versions: { name: string; text: string }[] }>('statement:restore-version', { id: first.id });
    expect(draft.text).toBe('First take.');
    expect(draft.versions.map((version) => [version.name, version.text])).toEqual([
      ['First', 'First take.'],
      ['Before restoring “First”', 'Second take, much better.'],
    ]);
  });

  it('refuses more ERAS entries or most-meaningful marks than the limits, and an unknown experience', async () => {
    await value('statement:save-limits', { limits: { experiences: 1 } });
    const tooMany = await call('statement:save-eras', { entries: [eras('exp-1'), eras('exp-2')] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'validation', message: 'ERAS takes at most 1 experience; remove one before adding another.' } });
    await value('statement:save-limits', { limits: { mostMeaningful: 1 } });
    const tooMeaningful = await call('statement:save-eras', { entries: [eras('exp-1', true), eras('exp-2', true)] });
    expect(tooMeaningful).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('statement:save-eras', { entries: [eras('gone')] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(context.store.document.statement.erasEntries).toEqual([]);
  });

  it('saves an over-long description whole: the limit is shown, never enforced by cutting', async () => {
    const long = 'x'.repeat(900);
    await value('statement:save-eras', { entries: [{ ...eras('exp-1'), description: long }] });
    expect(context.store.document.statement.erasEntries[0]?.description).toBe(long);
  });

  it('refuses invalid limits with the field’s own message and keeps the old ones', async () => {
    await value('statement:save-limits', { limits: { descriptionChars: 800 } });
    const refused = await call('statement:save-limits', { limits: { descriptionChars: 0 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(context.store.document.statement.limits).toEqual({ descriptionChars: 800 });
  });
});

describe('statement:save-draft and patient data', () => {
  const confirmed = 'I followed pt John Smith after his TIPS.';

  it('asks only about new or edited paragraphs: a confirmed, saved one is not refused again', async () => {
    expect(await call('statement:save-draft', { text: `Opening.\n\n${confirmed}` })).toMatchObject({ ok: false, error: { code: 'validation' } });
    await value('statement:save-draft', { text: `Opening.\n\n${confirmed}`, confirmedNotPatientData: true });

    // Another paragraph edited, the confirmed one untouched: saved without asking.
    await value('statement:save-draft', { text: `A better opening.\n\n${confirmed}\n\nClosing.` });
    // A new paragraph that looks like patient data is refused, naming its paragraph.
    const refused = await call('statement:save-draft', { text: `A better opening.\n\n${confirmed}\n\nCall 312-555-0100.` });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('"Statement draft, paragraph 3"') } });
  });
});
