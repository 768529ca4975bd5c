import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import { cleanupTempDirs, makeTempDir } from '../spine/helpers';

let context: HandlerContext;
const call = (channel: string, args?: unknown) => dispatch(handlers, context, channel, args);
const value = async <T>(channel: string, args?: unknown): Promise<T> => {
  const result = await call(channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
};

beforeEach(async () => {
  context = { store: await Store.open({ dataDir: await makeTempDir() }), platform: { shell: 'preview', version: '0.0.0' } };
});
afterEach(cleanupTempDirs);

const statement = () => context.store.document.statement;

describe('deletes in the statement workspace, and their undo', () => {
  it('brings a deleted program-specific paragraph back in its place', async () => {
    for (const label of ['Opening', 'Closing']) {
      await value('statement:save-variant', { variant: { programId: 'prog-1', paragraphLabel: label, text: `${label} for this program.` } });
    }
    const [opening] = statement().draft.variants;
    const removed = await value('statement:delete-variant', { id: opening!.id });
    expect(statement().draft.variants.map((variant) => variant.paragraphLabel)).toEqual(['Closing']);
    await value('statement:restore-variant', removed);
    expect(statement().draft.variants.map((variant) => variant.paragraphLabel)).toEqual(['Opening', 'Closing']);
  });

  it('deletes a version, brings it back with undo, and refuses a second version of the same name in words', async () => {
    await value('statement:save-draft', { text: 'First take.' });
    const first = await value<{ id: string }>('statement:save-version', { name: 'Dup' });
    const refused = await call('statement:save-version', { name: 'Dup' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: 'A version is already called “Dup”. Choose another name.' } });

    const removed = await value('statement:delete-version', { id: first.id });
    expect(statement().draft.versions).toEqual([]);
    await value('statement:undo-delete-version', removed);
    expect(statement().draft.versions.map((version) => version.name)).toEqual(['Dup']);
  });
});
