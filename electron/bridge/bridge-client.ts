import { CHANNELS } from '../../shared/ipc/channels';

export const TOKEN_META_NAME = 'ir-bridge-token';

/**
 * The browser-side `window.api` of the preview, as a classic script served by
 * the bridge. Built from the same channel list as the preload, so the renderer
 * sees the same API in both shells. A script file, not inline, to keep the CSP strict.
 */
export function bridgeClientScript(): string {
  return `(() => {
  const token = document.querySelector('meta[name="${TOKEN_META_NAME}"]').content;
  const channels = ${JSON.stringify(CHANNELS)};
  const invoke = async (channel, args) => {
    try {
      const response = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bridge-token': token },
        body: JSON.stringify({ args }),
      });
      if (!response.ok) return { ok: false, error: { code: 'forbidden', message: await response.text() } };
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'io', message: 'The preview server is not running. Start it again with npm run start:web.' } };
    }
  };
  const api = {};
  for (const channel of channels) api[channel] = (args) => invoke(channel, args);
  window.api = Object.freeze(api);
})();
`;
}
