import type { Result } from '../result';
import { CHANNELS, type Channel } from './channels';
import type { ArgsOf, ValueOf } from './contract';

type Call<K extends Channel> = undefined extends ArgsOf<K>
  ? (args?: ArgsOf<K>) => Promise<Result<ValueOf<K>>>
  : (args: ArgsOf<K>) => Promise<Result<ValueOf<K>>>;

/** `window.api`: one function per channel, nothing else. */
export type Api = { readonly [K in Channel]: Call<K> };

export type Invoke = (channel: Channel, args: unknown) => Promise<Result<unknown>>;

/**
 * Builds `window.api` over a transport (Electron IPC in the preload, HTTP in the
 * browser preview). Imports only the channel list, so the sandboxed preload stays
 * free of packages.
 */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, (args?: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of CHANNELS) api[channel] = (args?: unknown) => invoke(channel, args);
  return Object.freeze(api) as unknown as Api;
}
