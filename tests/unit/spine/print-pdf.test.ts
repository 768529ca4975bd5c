import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { Store } from '../../../electron/core/store';
import { cleanupTempDirs, makeTempDir } from './helpers';

afterEach(cleanupTempDirs);

describe('app:print-pdf', () => {
  it('in the preview, says to use the browser’s print dialog', async () => {
    const store = await Store.open({ dataDir: await makeTempDir() });
    const result = await dispatch(handlers, { store, platform: { shell: 'preview', version: '0' } }, 'app:print-pdf', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(!result.ok && result.error.message).toMatch(/Save as PDF/);
  });

  it('in the desktop shell, returns the window’s PDF bytes as base64', async () => {
    const store = await Store.open({ dataDir: await makeTempDir() });
    const pdf = new TextEncoder().encode('%PDF-1.7 fake');
    const platform = { shell: 'desktop' as const, version: '0', printToPdf: async () => pdf };
    const result = await dispatch(handlers, { store, platform }, 'app:print-pdf', undefined);
    expect(result.ok && Buffer.from((result.value as { base64: string }).base64, 'base64').toString()).toBe('%PDF-1.7 fake');
  });
});
