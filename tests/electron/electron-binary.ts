import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed (it cannot be downloaded on this machine): the _electron desktop suite is skipped. The browser-preview suite covers the same UI, handlers and store.';

/**
 * The installed Electron binary, or null. Reads the path Electron records after
 * its download instead of require('electron'), which would try to download it.
 */
export function electronBinary(): string | null {
  const pathFile = join(projectRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(projectRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
