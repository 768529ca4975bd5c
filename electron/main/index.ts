import './security';
import { app, dialog, Menu, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../shared/result';
import type { Platform } from '../core/handler-types';
import { Store } from '../core/store';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { openExternalSafely } from './security';
import { isTrustedRendererUrl } from './trusted-sender';
import { createMainWindow } from './window';

// Tests and power users may point the app at another data folder. This must
// happen before the single-instance lock, which is keyed on the userData path:
// two instances with different folders may run, two on the same folder may not.
const dataDirOverride = process.env.IR_MATCH_PLANNER_DATA_DIR;
if (dataDirOverride) app.setPath('userData', dataDirOverride);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const rendererEntry = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).toString();
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;

  let store: Store;
  try {
    store = await Store.open({ dataDir: app.getPath('userData') });
  } catch (error) {
    dialog.showErrorBox('IR Match Planner cannot open its data', openFailureMessage(error, app.getPath('userData')));
    app.exit(1);
    return;
  }

  const platform: Platform = {
    shell: 'desktop',
    version: app.getVersion(),
    openPath: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    openExternal: async (url) => {
      await openExternalSafely(url.toString());
    },
    // Print media rules apply, so only the print view on screen goes into the PDF.
    printToPdf: () => window.webContents.printToPDF({ printBackground: false, pageSize: 'Letter' }),
  };
  registerIpc({ store, platform }, (url) => isTrustedRendererUrl(url, rendererEntry, devServerUrl));
  Menu.setApplicationMenu(buildMenu());

  const window = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  void window.loadURL(devServerUrl ?? rendererEntry);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());

  // Quitting mid-save: hold the quit until queued writes are on disk and the data folder is released.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void store.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

/** The store's own message already names the folder and the problem in plain words: shown as it is. */
function openFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof AppFailure) return error.message;
  return `IR Match Planner cannot open its data in ${dataDir} because something unexpected went wrong. Nothing was changed; start the app again.`;
}
