import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import type { AppInfo } from '../../../shared/ipc/app-info';
import { prefetchAppInfo, takeEarlyAppInfo } from '../../../renderer/src/app/app-info-prefetch';
import { AppInfoProvider, useAppInfo } from '../../../renderer/src/app/app-info-context';
import { pageModule } from '../../../renderer/src/app/page-modules';
import { render } from '../render';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  takeEarlyAppInfo(); // empty the start-up slot between tests
  Reflect.deleteProperty(window, 'api');
});

function withAppInfo(appInfo: Api['app:info']) {
  Object.defineProperty(window, 'api', { value: { 'app:info': appInfo } as unknown as Api, configurable: true });
}

function Shell() {
  const { info, error, refresh } = useAppInfo();
  return (
    <>
      <p>{error ?? (info ? `shell ${info.shell}` : 'waiting')}</p>
      <button onClick={() => void refresh()}>refresh</button>
    </>
  );
}

describe('the app state asked for at start-up', () => {
  it('is in the first render once it has arrived, without asking again', async () => {
    const appInfo = vi.fn(async () => ({ ok: true as const, value: { shell: 'preview' } as AppInfo }));
    withAppInfo(appInfo);
    void prefetchAppInfo();
    await settle();
    const renders: string[] = [];
    function Probe() {
      const { info } = useAppInfo();
      renders.push(info ? 'info' : 'none');
      return null;
    }
    render(
      <AppInfoProvider>
        <Shell />
        <Probe />
      </AppInfoProvider>,
    );
    expect(screen.getByText('shell preview')).toBeInTheDocument();
    await act(settle);
    expect(renders).not.toContain('none');
    expect(appInfo).toHaveBeenCalledTimes(1);
  });

  it('is waited for when still on its way, and a later refresh asks again', async () => {
    let answer: (value: { ok: true; value: AppInfo }) => void = () => undefined;
    const appInfo = vi.fn(() => new Promise<{ ok: true; value: AppInfo }>((resolve) => (answer = resolve)));
    withAppInfo(appInfo as unknown as Api['app:info']);
    void prefetchAppInfo();
    await settle();
    render(
      <AppInfoProvider>
        <Shell />
      </AppInfoProvider>,
    );
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => answer({ ok: true, value: { shell: 'desktop' } as AppInfo }));
    expect(screen.getByText('shell desktop')).toBeInTheDocument();
    expect(appInfo).toHaveBeenCalledTimes(1);
    await act(async () => screen.getByRole('button', { name: 'refresh' }).click());
    expect(appInfo).toHaveBeenCalledTimes(2);
  });

  it("reports a failed answer in the app's words", async () => {
    withAppInfo(async () => ({ ok: false, error: { code: 'io', message: 'The data folder could not be read.' } }));
    void prefetchAppInfo();
    render(
      <AppInfoProvider>
        <Shell />
      </AppInfoProvider>,
    );
    expect(await screen.findByText('The data folder could not be read.')).toBeInTheDocument();
  });

  it('fails its promise, not start-up, when there is no window.api', async () => {
    let pending: Promise<unknown> | undefined;
    expect(() => (pending = prefetchAppInfo())).not.toThrow();
    await expect(pending).rejects.toThrow();
  });
});

describe('a page module', () => {
  it('is asked for once and at hand once it has arrived', async () => {
    const importer = vi.fn(async () => ({ Page: 'the page' }));
    const module = pageModule(importer);
    expect(module.loaded()).toBeUndefined();
    const first = module.load();
    expect(module.load()).toBe(first);
    await first;
    expect(module.loaded()).toEqual({ Page: 'the page' });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('is asked for again after a failed load', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch a chunk')).mockResolvedValueOnce({ Page: 'the page' });
    const module = pageModule<{ Page: string }>(importer);
    await expect(module.load()).rejects.toThrow('Failed to fetch a chunk');
    expect(module.loaded()).toBeUndefined();
    await expect(module.load()).resolves.toEqual({ Page: 'the page' });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
