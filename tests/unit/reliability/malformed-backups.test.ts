import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import { mulberry32 } from '../../../shared/programs/stability';
import { CURRENT_SCHEMA_VERSION, documentSchema } from '../../../shared/schema/document';
import { cleanupTempDirs, listDir, makeTempDir, readBytes } from '../spine/helpers';
import { deepNesting, malformedVariants, pick, UNICODE_GARBAGE, type Malformed } from './malformed-generator';
import { expectPrototypeClean, expectReadable, requiredKeysOf } from './readable-error';
import { sampleDocument } from './valid-payloads';

/** JSON as a careless writer would produce it: NaN and Infinity as bare (invalid) tokens. */
function looseJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && !Number.isFinite(item) ? `@@${String(item)}@@` : item,
  );
  return text.replace(/"@@(NaN|Infinity|-Infinity)@@"/g, '$1');
}

/** Damage at the level of the text: cut short, bytes flipped, garbage, wrong versions. */
function textVariants(valid: string, count: number, seed: number): Malformed<string>[] {
  const random = mulberry32(seed);
  const fixed: Malformed<string>[] = [
    { label: 'whitespace only', value: ' \n\t ' },
    { label: 'a byte-order mark and nothing else', value: '\uFEFF' },
    { label: 'a byte-order mark before the JSON', value: `\uFEFF${valid}` },
    { label: 'a newer format', value: JSON.stringify({ ...JSON.parse(valid), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }) },
    { label: 'format 1e999', value: valid.replace(/"schemaVersion":\s*\d+/, '"schemaVersion": 1e999') },
    { label: 'format -1', value: valid.replace(/"schemaVersion":\s*\d+/, '"schemaVersion": -1') },
    { label: '100,000 nested arrays', value: '['.repeat(100_000) + ']'.repeat(100_000) },
    { label: '100,000 nested objects', value: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` },
    { label: '1,000 nested objects', value: JSON.stringify(deepNesting(1_000, 'object')) },
    { label: 'a JSON string', value: JSON.stringify(valid) },
    { label: 'two documents back to back', value: `${valid}${valid}` },
    { label: 'JavaScript, not JSON', value: `module.exports = ${valid}` },
    { label: 'single quotes', value: valid.replace(/"/g, "'") },
  ];
  const out = [...fixed];
  while (out.length < count) {
    const at = Math.floor(random() * valid.length);
    const roll = random();
    if (roll < 0.4) out.push({ label: `cut short at ${at}`, value: valid.slice(0, Math.max(1, at)) });
    else if (roll < 0.7) {
      const bytes = Array.from({ length: 1 + Math.floor(random() * 64) }, () => String.fromCharCode(Math.floor(random() * 256)));
      // A raw control character is invalid JSON both inside and outside a string, so this is always damage.
      out.push({ label: `random bytes at ${at}`, value: `${valid.slice(0, at)}${bytes.join('')}\u0001${valid.slice(at + 1)}` });
    } else out.push({ label: `unicode garbage at ${at}`, value: valid.slice(0, at) + pick(random, UNICODE_GARBAGE) + '"' + valid.slice(at) });
  }
  return out;
}

const doc = sampleDocument();
const validJson = JSON.stringify(doc, null, 2);
const documentVariants = malformedVariants(doc, { count: 240, seed: 2030, requiredKeys: requiredKeysOf(documentSchema) }).map(
  ({ label, value }) => ({ label, value: looseJson(value) }),
);
const allVariants = [...documentVariants, ...textVariants(validJson, 80, 99)];

let store: Store;
let context: HandlerContext;

beforeAll(async () => {
  store = await Store.open({ dataDir: await makeTempDir('irmp-malformed-backup-') });
  await store.replace(sampleDocument(), 'pre-import');
  context = { store, platform: { shell: 'preview', version: '0.0.0' } };
});

afterAll(async () => {
  await store.flush();
  await cleanupTempDirs();
});

describe('malformed JSON backups, through data:import-preview and data:import', () => {
  it('the unmutated sample imports (so the mutations mean something)', async () => {
    const result = await dispatch(handlers, context, 'data:import-preview', { json: validJson });
    expect(result.ok).toBe(true);
  });

  it(`refuses ${allVariants.length} damaged backups readably and leaves the data file alone`, async () => {
    expect(allVariants.length).toBeGreaterThanOrEqual(300);
    const bytesBefore = await readBytes(store.dataFile);
    const backupsBefore = await listDir(store.backups.dir);
    for (const { label, value } of allVariants) {
      for (const channel of ['data:import-preview', 'data:import'] as const) {
        const where = `${channel} of a backup with ${label}`;
        const result = await dispatch(handlers, context, channel, { json: value });
        expect(result.ok, where).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, where).toBe('validation');
        expectReadable(result.error.message, where);
      }
      expect((await readBytes(store.dataFile))?.equals(bytesBefore!), label).toBe(true);
    }
    await store.flush();
    expect(await listDir(store.backups.dir)).toEqual(backupsBefore);
    expectPrototypeClean();
  });
});
