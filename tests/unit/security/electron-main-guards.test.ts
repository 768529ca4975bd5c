import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanupTempDirs } from '../spine/helpers';

// The main process's security rules, run against a stand-in for the `electron`
// module: Electron itself cannot launch on these machines. What is checked is the
// code's own decisions: which callbacks it registers and what they answer.
const electron = vi.hoisted(() => {
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const permission = {
    request: undefined as undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    check: undefined as undefined | (() => boolean),
    device: undefined as undefined | (() => boolean),
  };
  const ipcHandlers = new Map<string, (event: unknown, args: unknown) => unknown>();
  const exposed: [string, unknown][] = [];
  return {
    appEvents,
    permission,
    ipcHandlers,
    exposed,
    openExternal: vi.fn(async () => undefined),
    module: {
      app: {
        on: (name: string, listener: (...args: unknown[]) => void) => appEvents.set(name, listener),
        whenReady: () => Promise.resolve(),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: typeof permission.request) => (permission.request = handler),
          setPermissionCheckHandler: (handler: typeof permission.check) => (permission.check = handler),
          setDevicePermissionHandler: (handler: typeof permission.device) => (permission.device = handler),
        },
      },
      ipcMain: { handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) => ipcHandlers.set(channel, handler) },
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
      ipcRenderer: { invoke: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, shell: { openExternal: electron.openExternal }, default: electron.module }));

/** A web contents stand-in: an event emitter with the window-open hook. */
class FakeContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  constructor(private readonly url: string) {
    super();
  }
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function emitPreventable(contents: FakeContents, name: string, url?: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const APP_URL = 'file:///opt/IR%20Match%20Planner/resources/app/out/renderer/index.html';

describe('window and session rules (electron/main/security.ts)', () => {
  let contents: FakeContents;

  beforeAll(async () => {
    await import('../../../electron/main/security');
    await Promise.resolve();
    contents = new FakeContents(APP_URL);
    electron.appEvents.get('web-contents-created')?.({}, contents);
  });

  it('denies every new window and hands only https links to the system browser', async () => {
    expect(contents.windowOpenHandler?.({ url: 'https://www.nrmp.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.openExternal).toHaveBeenCalledTimes(1));
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.nrmp.org/');
  });

  it('cancels navigation away from the app page, and every redirect', () => {
    expect(emitPreventable(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', APP_URL)).toBe(false);
    expect(emitPreventable(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('blocks webviews', () => {
    expect(emitPreventable(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check', () => {
    for (const name of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      electron.permission.request?.({}, name, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(electron.permission.check?.()).toBe(false);
    expect(electron.permission.device?.()).toBe(false);
  });
});

describe('IPC wrapper (electron/main/ipc.ts)', () => {
  afterAll(cleanupTempDirs);
  const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } });

  beforeAll(async () => {
    const { registerIpc } = await import('../../../electron/main/ipc');
    const { makeTempDir } = await import('../spine/helpers');
    const { Store } = await import('../../../electron/core/store');
    const store = await Store.open({ dataDir: await makeTempDir() });
    registerIpc({ store, platform: { shell: 'preview', version: '0.0.0' } }, (url) => url === APP_URL);
  });

  it('registers a handler for every contract channel', async () => {
    const { CHANNELS } = await import('../../../shared/ipc/channels');
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a call from a page that is not the app', async () => {
    const handler = electron.ipcHandlers.get('profile:get');
    for (const event of [frame('https://evil.example/'), frame('file:///tmp/other.html'), { senderFrame: null }]) {
      expect(await handler?.(event, undefined)).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from the app window.' } });
    }
  });

  it('refuses a call from a frame inside the app page', async () => {
    const handler = electron.ipcHandlers.get('profile:get');
    expect(await handler?.(frame(APP_URL, { url: APP_URL }), undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers the app page through the contract', async () => {
    const handler = electron.ipcHandlers.get('profile:get');
    expect(await handler?.(frame(APP_URL), undefined)).toMatchObject({ ok: true });
    expect(await handler?.(frame(APP_URL), { surprise: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('preload (electron/preload/index.ts)', () => {
  it('exposes exactly one object, window.api, and never ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(electron.exposed.map(([key]) => key)).toEqual(['api']);
    const api = electron.exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(electron.module.ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
