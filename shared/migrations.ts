import { emptyExposureCollections } from './exposure/exposure-collections';
import { emptyShortlist } from './programs/empty-shortlist';
import { CURRENT_SCHEMA_VERSION } from './schema/document';
import { emptyStatement } from './statement/statement-schema';

/**
 * Numbered, pure upgrades of the data file. `up` receives the document at
 * `version - 1` and returns it at `version`. Never edit a migration that has
 * shipped: add a new one and bump CURRENT_SCHEMA_VERSION.
 */
export interface Migration {
  version: number;
  description: string;
  up: (doc: Record<string, unknown>, now: Date) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    description: 'Add file metadata (creation time, sample-applicant flag)',
    up: (doc, now) => ({
      ...doc,
      schemaVersion: 2,
      meta: { createdAt: now.toISOString(), sample: false },
    }),
  },
  {
    version: 3,
    description: 'Add the exposure tracker: experiences, research outputs, procedure log, custom procedures',
    up: (doc) => ({ ...doc, schemaVersion: 3, ...emptyExposureCollections() }),
  },
  {
    version: 4,
    description: 'Add the program shortlist: programs, rank order, ranking weights, signals',
    up: (doc) => ({ ...doc, schemaVersion: 4, shortlist: emptyShortlist() }),
  },
  {
    version: 5,
    description: 'Add the personal-statement workspace: talking points, outline, drafts, ERAS entries, editable limits',
    up: (doc) => ({ ...doc, schemaVersion: 5, statement: emptyStatement() }),
  },
];

export type VersionCheck =
  | { kind: 'current' }
  | { kind: 'older'; from: number }
  | { kind: 'newer'; found: number }
  | { kind: 'invalid'; reason: string };

export function checkSchemaVersion(doc: unknown): VersionCheck {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { kind: 'invalid', reason: 'The file does not hold an IR Match Planner document.' };
  }
  const version = (doc as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'The file does not say which version of the app wrote it, so it is not a backup from this app, or it was damaged.' };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', found: version };
  if (version < CURRENT_SCHEMA_VERSION) return { kind: 'older', from: version };
  return { kind: 'current' };
}

/** Runs every migration above `from` in order; the result still needs validating. */
export function migrateDocument(
  doc: Record<string, unknown>,
  from: number,
  now: Date,
  migrations: readonly Migration[] = MIGRATIONS,
): Record<string, unknown> {
  let current = doc;
  for (const migration of migrations) {
    if (migration.version > from) current = migration.up(current, now);
  }
  return current;
}
