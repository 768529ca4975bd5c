/**
 * The app's own page: the built renderer loaded from a file:// URL, or the
 * electron-vite dev server in development. Anything else (a frame that navigated
 * away, an injected iframe) may not call the main process.
 */
export function isTrustedRendererUrl(url: string | undefined, rendererEntry: string, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    if (parsed.origin === dev.origin) return true;
  }
  if (parsed.protocol !== 'file:') return false;
  const expected = new URL(rendererEntry);
  return parsed.pathname === expected.pathname;
}
