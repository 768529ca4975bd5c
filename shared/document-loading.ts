import { checkSchemaVersion, migrateDocument } from './migrations';
import { CURRENT_SCHEMA_VERSION, documentSchema, type AppDocument } from './schema/document';
import { describeValidationError } from './validation-message';

export type LoadedDocument =
  | { ok: true; doc: AppDocument; upgradedFrom: number | null }
  | { ok: false; kind: 'unparseable' | 'invalid'; message: string }
  | { ok: false; kind: 'newer'; found: number; message: string };

/**
 * Parses, upgrades and validates a data file or backup. The one path every
 * document takes into the app: start-up, import, backup restore, sample load.
 */
export function loadDocument(raw: unknown, now: Date): LoadedDocument {
  const version = checkSchemaVersion(raw);
  if (version.kind === 'invalid') return { ok: false, kind: 'invalid', message: version.reason };
  if (version.kind === 'newer') {
    return {
      ok: false,
      kind: 'newer',
      found: version.found,
      message: `This file uses format ${version.found}, but this version of IR Match Planner reads up to format ${CURRENT_SCHEMA_VERSION}. Update the app to open it.`,
    };
  }
  const upgradedFrom = version.kind === 'older' ? version.from : null;
  const candidate =
    upgradedFrom === null ? raw : migrateDocument(raw as Record<string, unknown>, upgradedFrom, now);
  const parsed = documentSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, kind: 'invalid', message: describeValidationError(parsed.error) };
  }
  return { ok: true, doc: parsed.data, upgradedFrom };
}

export function loadDocumentText(text: string, now: Date): LoadedDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      kind: 'unparseable',
      message: text.trim() === '' ? 'The file is empty.' : 'The file is not valid JSON; it may be damaged or cut short.',
    };
  }
  return loadDocument(raw, now);
}
