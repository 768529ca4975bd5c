import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../../../shared/programs/ranking-weights';
import { useSavedWeights } from '../../../renderer/src/pages/ranking/use-saved-weights';

function stubApi() {
  const setWeights = vi.fn(async (weights: RankingWeights) => ({ ok: true as const, value: weights }));
  Object.defineProperty(window, 'api', { value: { 'ranking:set-weights': setWeights } as unknown as Api, configurable: true });
  return setWeights;
}

const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
  Reflect.deleteProperty(document, 'visibilityState');
  vi.useRealTimers();
});

describe('useSavedWeights', () => {
  const changed = { ...DEFAULT_WEIGHTS, location: 10 };

  it('saves a change at once when the page is reloaded or closed, not after the usual wait', () => {
    vi.useFakeTimers();
    const setWeights = stubApi();
    const { result } = renderHook(() => useSavedWeights(DEFAULT_WEIGHTS));
    act(() => result.current.change(changed));
    expect(setWeights).not.toHaveBeenCalled();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(setWeights).toHaveBeenCalledWith(changed);
    // The wait running out later does not save the same change twice.
    act(() => void vi.runAllTimers());
    expect(setWeights).toHaveBeenCalledTimes(1);
  });

  it('saves a change at once when the window is hidden, and nothing when nothing is waiting', () => {
    vi.useFakeTimers();
    const setWeights = stubApi();
    const { result } = renderHook(() => useSavedWeights(DEFAULT_WEIGHTS));
    setVisibility('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(setWeights).not.toHaveBeenCalled();
    act(() => result.current.change(changed));
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(setWeights).toHaveBeenCalledWith(changed);
  });
});
