import { describe, expect, it, vi } from 'vitest';
import { bridgeClientScript } from '../../../electron/bridge/bridge-client';
import { buildApi, type Invoke } from '../../../shared/ipc/api';
import { CHANNELS, isChannel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import { validProfile } from './helpers';

describe('buildApi', () => {
  it('exposes exactly one function per channel and nothing else', () => {
    const api = buildApi(vi.fn<Invoke>());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it('is frozen, so a page script cannot replace or add calls', () => {
    const api = buildApi(vi.fn<Invoke>()) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      api['profile:get'] = () => null;
    }).toThrow(TypeError);
    expect(() => {
      api['shell:exec'] = () => null;
    }).toThrow(TypeError);
  });

  it('calls the transport with the channel name and the arguments, and returns its result', async () => {
    const invoke = vi.fn<Invoke>(async (channel) => ok(`answer from ${channel}`));
    const api = buildApi(invoke);

    const profile = validProfile();
    await expect(api['profile:save'](profile)).resolves.toEqual(ok('answer from profile:save'));
    expect(invoke).toHaveBeenLastCalledWith('profile:save', profile);

    await api['app:info']();
    expect(invoke).toHaveBeenLastCalledWith('app:info', undefined);

    await api['backups:restore']({ name: 'backup-x.json' });
    expect(invoke).toHaveBeenLastCalledWith('backups:restore', { name: 'backup-x.json' });
    expect(invoke).toHaveBeenCalledTimes(3);
  });

  it('routes every channel to its own name', async () => {
    const invoke = vi.fn<Invoke>(async () => ok(null));
    const api = buildApi(invoke) as unknown as Record<string, (args?: unknown) => Promise<unknown>>;
    for (const channel of CHANNELS) await api[channel]!({ marker: channel });
    expect(invoke.mock.calls).toEqual(CHANNELS.map((channel) => [channel, { marker: channel }]));
  });
});

describe('channel list and contract', () => {
  it('the contract has a schema for exactly the listed channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it('isChannel accepts only listed channel names', () => {
    expect(isChannel('profile:get')).toBe(true);
    expect(isChannel('profile:GET')).toBe(false);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel(undefined)).toBe(false);
    expect(isChannel(['profile:get'])).toBe(false);
  });

  it('the preview bridge client offers the same channels as the preload', () => {
    expect(bridgeClientScript()).toContain(`const channels = ${JSON.stringify(CHANNELS)};`);
  });
});
