import { app, session, shell, type WebContents } from 'electron';
import { parseExternalUrl } from '../../shared/safe-url';

/**
 * Imported first by the main process, so these rules exist before any window:
 * no new windows, no navigation away, no webviews, no permissions, and links
 * leave only as parsed https: URLs to the system browser.
 */
export async function openExternalSafely(input: string): Promise<boolean> {
  const url = parseExternalUrl(input);
  if (!url) return false;
  await shell.openExternal(url.toString());
  return true;
}

function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
});
