/**
 * Every IPC channel, as plain strings. The preload imports only this file (a
 * sandboxed preload cannot load packages such as zod); `contract.ts` checks at
 * compile time that it maps exactly these channels.
 */
export const CHANNELS = [
  'app:info',
  'app:open-data-folder',
  'app:open-external',
  'app:print-pdf',
  'profile:get',
  'profile:save',
  'data:export',
  'data:import-preview',
  'data:import',
  'backups:list',
  'backups:restore',
  'sample:load',
  'sample:clear',
  'exposure:get',
  'experiences:save',
  'experiences:delete',
  'experiences:restore',
  'outputs:save',
  'outputs:delete',
  'outputs:restore',
  'procedures:add',
  'procedures:update',
  'procedures:delete',
  'procedures:restore',
  'custom-procedures:add',
  'custom-procedures:update',
  'custom-procedures:delete',
  'custom-procedures:restore',
  'shortlist:get',
  'programs:save',
  'programs:delete',
  'programs:restore',
  'programs:import',
  'ranking:set-order',
  'ranking:set-weights',
  'signals:set-settings',
  'signals:set',
  'statement:get',
  'statement:save-point',
  'statement:delete-point',
  'statement:restore-point',
  'statement:save-outline',
  'statement:save-draft',
  'statement:save-version',
  'statement:restore-version',
  'statement:delete-version',
  'statement:undo-delete-version',
  'statement:save-variant',
  'statement:delete-variant',
  'statement:restore-variant',
  'statement:save-eras',
  'statement:save-limits',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
