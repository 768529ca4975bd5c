import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../electron/core/store';
import type { ExposureCollections } from '../../../shared/exposure/exposure-collections';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import { expectOk, useHandlers } from './handler-harness';
import { readBytes } from './helpers';

const harness = useHandlers();
const { call } = harness;

const entry = (procedureId: string) => ({
  date: '2026-02-03',
  procedureId,
  role: 'observed',
  guidance: ['fluoroscopy'],
  setting: 'emergency',
  experienceId: null,
  attending: '',
  learned: '',
  patientCare: '',
  complication: '',
  notes: '',
});

let typo: CustomProcedure;
let unused: CustomProcedure;

beforeEach(async () => {
  typo = expectOk(await call('custom-procedures:add', { procedure: { name: 'Splenic artery embolisaton', categoryId: 'venous', advanced: false } }));
  unused = expectOk(await call('custom-procedures:add', { procedure: { name: 'Genicular artery embolization', categoryId: 'arterial', advanced: true } }));
  expectOk(await call('procedures:add', { entries: [entry(typo.id), entry(typo.id), entry('tace')] }));
});

/** Runs `act` and checks that the store and the file on disk are exactly as before. */
async function expectUnchanged(act: () => Promise<void>): Promise<void> {
  await harness.store.flush();
  const bytes = await readBytes(harness.store.dataFile);
  const document = structuredClone(harness.store.document);
  await act();
  await harness.store.flush();
  expect(harness.store.document).toEqual(document);
  expect((await readBytes(harness.store.dataFile))?.equals(bytes!)).toBe(true);
}

describe('custom-procedures channels: refusals change nothing', () => {
  const BAD_ARGS: [string, (ids: { typo: string }) => unknown][] = [
    ['custom-procedures:update', ({ typo: id }) => ({ procedure: { id, categoryId: 'arterial', name: '   ', advanced: true } })],
    ['custom-procedures:update', ({ typo: id }) => ({ procedure: { id, categoryId: 'cardiac', name: 'Splenic artery embolization', advanced: true } })],
    ['custom-procedures:update', ({ typo: id }) => ({ procedure: { id, categoryId: 'arterial', name: 'Splenic artery embolization', advanced: 'yes' } })],
    ['custom-procedures:update', ({ typo: id }) => ({ procedure: { id, categoryId: 'arterial', name: 'x'.repeat(121), advanced: true } })],
    ['custom-procedures:update', () => ({ procedure: { id: 'tace', categoryId: 'arterial', name: 'Chemo', advanced: true } })],
    ['custom-procedures:update', ({ typo: id }) => ({ procedure: { id, name: 'Splenic artery embolization' } })],
    ['custom-procedures:update', ({ typo: id }) => ({ id, categoryId: 'arterial', name: 'Splenic artery embolization', advanced: true })],
    ['custom-procedures:delete', () => ({ id: '' })],
    ['custom-procedures:delete', () => ({ id: 7 })],
    ['custom-procedures:delete', () => ({})],
    ['custom-procedures:restore', () => ({ id: 'tips', categoryId: 'arterial', name: 'Shunt', advanced: true })],
    ['custom-procedures:restore', () => ({ categoryId: 'arterial', name: 'No id', advanced: true })],
  ];
  it.each(BAD_ARGS)('%s refuses malformed arguments readably', async (channel, args) => {
    await expectUnchanged(async () => {
      const result = await call(channel, args({ typo: typo.id }));
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(!result.ok && result.error.message).not.toMatch(/^\s*[[{]|ZodError/);
    });
  });

  it('refuses a rename to a name another procedure has, in any case', async () => {
    await expectUnchanged(async () => {
      const clash = await call('custom-procedures:update', { procedure: { ...typo, name: 'GENICULAR artery embolization' } });
      expect(clash).toEqual({ ok: false, error: { code: 'validation', message: '"Genicular artery embolization" is already in the list of procedures.' } });
      const listed = await call('custom-procedures:update', { procedure: { ...typo, name: 'tips' } });
      expect(listed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Transjugular intrahepatic portosystemic shunt/) } });
    });
  });

  it('refuses to delete a procedure that log entries use, saying how many', async () => {
    await expectUnchanged(async () => {
      const refused = await call('custom-procedures:delete', { id: typo.id });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'validation',
          message:
            '"Splenic artery embolisaton" is used by 2 log entries, so it was not deleted. Edit it instead, or move those entries to another procedure first.',
        },
      });
    });
  });

  it('answers not-found for a procedure that does not exist', async () => {
    await expectUnchanged(async () => {
      expect(await call('custom-procedures:delete', { id: 'custom-gone' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await call('custom-procedures:update', { procedure: { ...typo, id: 'custom-gone' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });
  });
});

describe('custom-procedures channels: changes', () => {
  it('a rename reaches every entry through its id', async () => {
    const saved = expectOk<CustomProcedure>(
      await call('custom-procedures:update', { procedure: { ...typo, name: '  Splenic artery embolization ', categoryId: 'arterial', advanced: true } }),
    );
    expect(saved).toEqual({ id: typo.id, name: 'Splenic artery embolization', categoryId: 'arterial', advanced: true });
    const exposure = expectOk<ExposureCollections>(await call('exposure:get'));
    expect(exposure.customProcedures.find((p) => p.id === typo.id)).toEqual(saved);
    expect(exposure.procedures.filter((p) => p.procedureId === typo.id)).toHaveLength(2);

    await harness.store.flush();
    const reopened = await Store.open({ dataDir: harness.store.dataDir });
    expect(reopened.document.customProcedures.find((p) => p.id === typo.id)?.name).toBe('Splenic artery embolization');
  });

  it('deletes an unused procedure and restores it with its id', async () => {
    const removed = expectOk<CustomProcedure>(await call('custom-procedures:delete', { id: unused.id }));
    expect(removed).toEqual(unused);
    expect(harness.store.document.customProcedures.map((p) => p.id)).toEqual([typo.id]);

    expect(expectOk<CustomProcedure>(await call('custom-procedures:restore', removed))).toEqual(unused);
    expect(harness.store.document.customProcedures.map((p) => p.id)).toEqual([typo.id, unused.id]);
    // A second undo (an entry's undo may have brought it back first) succeeds and changes nothing.
    await expectUnchanged(async () => {
      expect(expectOk<CustomProcedure>(await call('custom-procedures:restore', removed))).toEqual(unused);
    });
  });
});
