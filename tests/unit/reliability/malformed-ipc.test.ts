import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { cleanupTempDirs, listDir, makeTempDir, readBytes } from '../spine/helpers';
import { malformedVariants } from './malformed-generator';
import { expectPrototypeClean, expectReadable, requiredKeysOf } from './readable-error';
import { sampleDocument, validArgsByChannel } from './valid-payloads';

const PER_CHANNEL = 12;
const seedOf = (channel: string) => [...channel].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);

let store: Store;
let context: HandlerContext;
const valid = validArgsByChannel(sampleDocument());
let total = 0;

beforeAll(async () => {
  store = await Store.open({ dataDir: await makeTempDir('irmp-malformed-ipc-') });
  // Real content, so "unchanged" means something.
  await store.replace(sampleDocument(), 'pre-import');
  context = { store, platform: { shell: 'preview', version: '0.0.0' } };
});

afterAll(async () => {
  await store.flush();
  await cleanupTempDirs();
});

describe('malformed IPC arguments, through the real dispatch wrapper, handlers and store', () => {
  it('every valid base payload is accepted by its channel schema (so the mutations mean something)', () => {
    for (const channel of CHANNELS) {
      const parsed = contract[channel].args.safeParse(valid[channel]);
      expect(parsed.success, `${channel}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it.each(CHANNELS.map((channel) => [channel]))('%s: malformed arguments are refused readably and change nothing', async (channel: Channel) => {
    const variants = malformedVariants(valid[channel], {
      count: PER_CHANNEL,
      seed: seedOf(channel),
      requiredKeys: requiredKeysOf(contract[channel].args),
    });
    const bytesBefore = await readBytes(store.dataFile);
    const backupsBefore = await listDir(store.backups.dir);
    const documentBefore = JSON.stringify(store.document);

    for (const { label, value } of variants) {
      const where = `${channel} with ${label}`;
      // dispatch must never throw: every outcome is a Result.
      const result = await dispatch(handlers, context, channel, value);
      expect(result.ok, where).toBe(false);
      if (result.ok) continue;
      // `internal` would mean a handler threw something unexpected.
      expect(result.error.code, `${where}: ${result.error.message}`).not.toBe('internal');
      expectReadable(result.error.message, where);
      // Buffer.equals: toEqual would compare a large file byte by byte, slowly.
      expect((await readBytes(store.dataFile))?.equals(bytesBefore!), where).toBe(true);
      total += 1;
    }

    await store.flush();
    expect(await listDir(store.backups.dir)).toEqual(backupsBefore);
    expect(JSON.stringify(store.document)).toBe(documentBefore);
    expectPrototypeClean();
  });

  // Well-formed arguments the handlers themselves must refuse: they reach the real handlers and store.
  const REFUSED_BY_HANDLERS: [Channel, unknown][] = [
    ['experiences:delete', { id: 'no-such-experience' }],
    ['outputs:delete', { id: 'no-such-output' }],
    ['programs:delete', { id: 'no-such-program' }],
    ['custom-procedures:delete', { id: 'no-such-procedure' }],
    ['custom-procedures:update', { procedure: { id: 'no-such-procedure', categoryId: 'arterial', name: 'Splenic artery embolization', advanced: true } }],
    ['experiences:save', { ...(valid['experiences:save'] as object), id: 'no-such-experience' }],
    ['procedures:add', { entries: [{ ...(valid['procedures:add'] as { entries: object[] }).entries[0], notes: 'pt John Smith MRN 12345678' }] }],
    ['backups:restore', { name: 'backup-2001-01-01T00-00-00-000Z-start.json' }],
    ['app:open-external', { url: 'javascript:alert(1)' }],
    ['app:open-data-folder', undefined],
    ['data:import', { json: '{"schemaVersion": 99}' }],
  ];
  it.each(REFUSED_BY_HANDLERS)('%s: a well-formed call the handler refuses changes nothing', async (channel, args) => {
    const bytesBefore = await readBytes(store.dataFile);
    const result = await dispatch(handlers, context, channel, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).not.toBe('internal');
    expectReadable(result.error.message, channel);
    await store.flush();
    expect((await readBytes(store.dataFile))?.equals(bytesBefore!)).toBe(true);
  });

  it(`covered at least 200 malformed payloads`, () => {
    expect(total).toBeGreaterThanOrEqual(200);
  });
});
