import { BrowserWindow } from 'electron';
import { join } from 'node:path';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'IR Match Planner',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // Middle-click (auxclick) can open links in new windows on some versions.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
