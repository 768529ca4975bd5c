import type { AppInfo } from '../../../shared/ipc/app-info';
import { AppFailure } from '../../../shared/result';
import { parseExternalUrl } from '../../../shared/safe-url';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schema/document';
import type { HandlerContext, HandlerGroup } from '../handler-types';

export function appInfo({ store, platform }: HandlerContext): AppInfo {
  return {
    version: platform.version,
    shell: platform.shell,
    dataFile: store.dataFile,
    dataDir: store.dataDir,
    backupsDir: store.backups.dir,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    storeStatus: store.status,
    isSample: store.status === 'ready' && store.document.meta.sample,
    canOpenDataFolder: platform.openPath !== undefined,
    notices: store.notices,
  };
}

async function openDataFolder({ store, platform }: HandlerContext): Promise<null> {
  if (!platform.openPath) {
    throw new AppFailure('unsupported', `The browser preview cannot open folders. Your data is in ${store.dataDir}`);
  }
  await platform.openPath(store.dataDir);
  return null;
}

async function openExternal(url: string, { platform }: HandlerContext): Promise<null> {
  const parsed = parseExternalUrl(url);
  if (!parsed) throw new AppFailure('validation', 'Only https:// links can be opened.');
  if (!platform.openExternal) throw new AppFailure('unsupported', 'The browser preview does not open links.');
  await platform.openExternal(parsed);
  return null;
}

async function printPdf({ platform }: HandlerContext): Promise<{ base64: string }> {
  if (!platform.printToPdf) {
    throw new AppFailure('unsupported', 'The browser preview prints through the browser: choose "Save as PDF" in its print dialog.');
  }
  return { base64: Buffer.from(await platform.printToPdf()).toString('base64') };
}

export const appHandlers: HandlerGroup<'app:info' | 'app:open-data-folder' | 'app:open-external' | 'app:print-pdf'> = {
  'app:info': (_args, context) => appInfo(context),
  'app:open-data-folder': (_args, context) => openDataFolder(context),
  'app:open-external': ({ url }, context) => openExternal(url, context),
  'app:print-pdf': (_args, context) => printPdf(context),
};
