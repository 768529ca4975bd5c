import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { prefetchedIfArrived, prefetchQuery, takePrefetched } from '../../../renderer/src/app/prefetch';
import { useApiQuery } from '../../../renderer/src/app/use-api-query';
import { render } from '../render';

afterEach(() => {
  takePrefetched(async () => undefined); // empty the slot between tests
  Reflect.deleteProperty(window, 'api');
});

describe('prefetchQuery', () => {
  it('hands the answer to the first query for the same loader, once', async () => {
    const load = vi.fn(async () => 'data');
    prefetchQuery(load);
    await expect(takePrefetched(load)).resolves.toBe('data');
    expect(takePrefetched(load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is dropped when another query comes first, so it is never used stale later', () => {
    const load = vi.fn(async () => 'data');
    prefetchQuery(load);
    expect(takePrefetched(async () => 'other')).toBeUndefined();
    expect(takePrefetched(load)).toBeUndefined();
  });

  it('tells whether the answer has arrived, without taking it', async () => {
    const load = vi.fn(async () => 'data');
    prefetchQuery(load);
    expect(prefetchedIfArrived(load)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(prefetchedIfArrived(async () => 'other')).toBeUndefined();
    expect(prefetchedIfArrived(load)).toEqual({ value: 'data' });
    expect(prefetchedIfArrived(load)).toEqual({ value: 'data' });
    await expect(takePrefetched(load)).resolves.toBe('data');
    expect(prefetchedIfArrived(load)).toBeUndefined();
  });

  it('passes a failure to the query that takes it, and none is left unhandled before that', async () => {
    const load = async () => {
      throw new Error('The data file could not be read.');
    };
    prefetchQuery(load);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takePrefetched(load)).rejects.toThrow('The data file could not be read.');
  });
});

function Count({ load }: { load: () => Promise<number> }) {
  const { data, error } = useApiQuery(load);
  return <p>{error ?? (data === undefined ? 'loading' : `count ${data}`)}</p>;
}

describe('useApiQuery with a prefetched answer', () => {
  it('shows the prefetched data without asking again', async () => {
    Object.defineProperty(window, 'api', { value: { 'app:info': async () => ({ ok: true, value: {} }) } as unknown as Api, configurable: true });
    const load = vi.fn(async () => 5000);
    prefetchQuery(load);
    render(
      <AppInfoProvider>
        <Count load={load} />
      </AppInfoProvider>,
    );
    expect(await screen.findByText('count 5000')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders with an answer that arrived before the page, with no loading state in between', async () => {
    Object.defineProperty(window, 'api', { value: { 'app:info': async () => ({ ok: true, value: {} }) } as unknown as Api, configurable: true });
    const load = vi.fn(async () => 5000);
    prefetchQuery(load);
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(
      <AppInfoProvider>
        <Count load={load} />
      </AppInfoProvider>,
    );
    expect(screen.getByText('count 5000')).toBeInTheDocument(); // the first render, not after an effect
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByText('count 5000')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('useApiQuery reload', () => {
  it('reloads every query on screen, so an undo from an earlier page shows on the page now open', async () => {
    Object.defineProperty(window, 'api', { value: { 'app:info': async () => ({ ok: true, value: {} }) } as unknown as Api, configurable: true });
    let cases = 140;
    const loadLog = vi.fn(async () => cases);
    const loadDashboard = vi.fn(async () => cases * 10);
    let reloadFromEarlierPage: (() => Promise<void>) | undefined;
    function EarlierPage() {
      reloadFromEarlierPage = useApiQuery(loadLog).reload;
      return null;
    }
    const { rerender } = render(
      <AppInfoProvider>
        <EarlierPage />
      </AppInfoProvider>,
    );
    // The earlier page is gone (its notification's undo is still on screen); the dashboard is open.
    rerender(
      <AppInfoProvider>
        <Count load={loadDashboard} />
      </AppInfoProvider>,
    );
    expect(await screen.findByText('count 1400')).toBeInTheDocument();

    cases = 152;
    await act(() => reloadFromEarlierPage!());
    expect(screen.getByText('count 1520')).toBeInTheDocument();
  });
});
