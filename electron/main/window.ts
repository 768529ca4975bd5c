import { BrowserWindow, dialog } from 'electron';
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
  // The renderer's beforeunload handler stops a close while edits are unsaved; Electron then
  // closes nothing and says nothing, so ask here. preventDefault on this event lets the close go on.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay and keep editing', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Unsaved changes',
      message: 'Some changes are not saved yet.',
      detail: 'Close the window now and they are lost. Stay to save them first.',
    });
    if (choice === 1) event.preventDefault();
  });
  return window;
}
