import type { AppInfo } from '../../../shared/ipc/app-info';
import { api, unwrap } from '../api-core';

/**
 * The app's state (shell, store status) asked for at start-up, before React has loaded: the shell
 * shows a page only once it has it, and asking from the first render's effect made every start
 * wait for one more round trip.
 */
interface Early {
  pending: Promise<AppInfo>;
  arrived?: AppInfo;
}

let early: Early | null = null;

export const loadAppInfo = (): Promise<AppInfo> => api()['app:info']().then(unwrap);

export function prefetchAppInfo(): Promise<unknown> {
  const pending = Promise.resolve().then(loadAppInfo); // a missing window.api fails the promise, not start-up
  const next: Early = { pending };
  pending.then(
    (value) => {
      next.arrived = value;
    },
    () => undefined, // the provider that takes it reports the failure
  );
  early = next;
  return pending;
}

/** The early answer if it has arrived, leaving it in place (a render may run twice). */
export const arrivedAppInfo = (): AppInfo | null => early?.arrived ?? null;

/** The early request, once: every later refresh asks again. */
export function takeEarlyAppInfo(): Promise<AppInfo> | undefined {
  const taken = early;
  early = null;
  return taken?.pending;
}
