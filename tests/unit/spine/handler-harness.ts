import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { Platform } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import type { Result } from '../../../shared/result';
import { cleanupTempDirs, makeTempDir } from './helpers';

const PREVIEW: Platform = { shell: 'preview', version: '0.0.0' };

/**
 * For handler tests: before each test a store over a fresh folder (flushed and removed after it),
 * and `call`, which goes through the real dispatch and handlers as the app's IPC does.
 */
export function useHandlers() {
  const harness = {
    store: undefined as unknown as Store,
    call: (channel: unknown, args?: unknown) => dispatch(handlers, { store: harness.store, platform: PREVIEW }, channel, args),
  };
  beforeEach(async () => {
    harness.store = await Store.open({ dataDir: await makeTempDir() });
  });
  afterEach(async () => {
    await harness.store.flush();
    await cleanupTempDirs();
  });
  return harness;
}

/** The value of a call expected to succeed; otherwise the test fails with the handler's message. */
export function expectOk<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
