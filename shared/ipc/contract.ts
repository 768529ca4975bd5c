import { z } from 'zod';
import { profileInputSchema, type Profile } from '../schema/profile';
import type { AppInfo, BackupInfo, ExportedData, ImportSummary } from './app-info';
import type { Channel } from './channels';
import { exposureContract } from './exposure-contract';
import { programsContract } from './programs-contract';
import { statementContract } from './statement-contract';
import { noArgs, spec, type ChannelSpec } from './spec';

/** A full backup can be large, but not unbounded. */
export const MAX_IMPORT_CHARS = 50_000_000;
const backupJson = z.object({
  json: z
    .string({ error: 'The backup must be text' })
    .max(MAX_IMPORT_CHARS, 'The file is larger than 50 MB, which is too large to be a backup of this app'),
});

export const contract = {
  'app:info': spec<AppInfo>()(noArgs),
  'app:open-data-folder': spec<null>()(noArgs),
  'app:open-external': spec<null>()(z.object({ url: z.string().max(2000) })),
  /** The window's print view as PDF bytes, base64-encoded. */
  'app:print-pdf': spec<{ base64: string }>()(noArgs),
  'profile:get': spec<Profile | null>()(noArgs),
  // What is saved is held to the input rules; the stored file is read with profileSchema.
  'profile:save': spec<Profile>()(profileInputSchema),
  'data:export': spec<ExportedData>()(noArgs),
  'data:import-preview': spec<ImportSummary>()(backupJson),
  'data:import': spec<ImportSummary>()(backupJson),
  'backups:list': spec<BackupInfo[]>()(noArgs),
  'backups:restore': spec<BackupInfo>()(
    z.object({ name: z.string().regex(/^backup-[\w.-]+\.json$/, 'That is not a backup file name') }),
  ),
  /** Refused with `conflict` over the applicant's own data unless `replaceOwnData` is set (after the user confirmed). */
  'sample:load': spec<AppInfo>()(z.object({ replaceOwnData: z.boolean() }).optional()),
  /** Brings back the entries the sample replaced, if it replaced any; otherwise leaves the app empty. */
  'sample:clear': spec<AppInfo & { restoredOwnData: boolean }>()(noArgs),
  ...exposureContract,
  ...programsContract,
  ...statementContract,
} satisfies { [K in Channel]: ChannelSpec<z.ZodType, unknown> };

type Contract = typeof contract;
// A channel listed in CHANNELS but missing here, or the reverse, fails to compile.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const contractMatchesChannels: Exact<keyof Contract, Channel> = true;

export type ArgsOf<K extends Channel> = z.input<Contract[K]['args']>;
export type ParsedArgsOf<K extends Channel> = z.output<Contract[K]['args']>;
export type ValueOf<K extends Channel> = Exclude<Contract[K]['value'], undefined>;
