// QA: a whole-data import never looked for patient identifiers, clearing the sample could leave the
// app empty after a backup of the sample was restored, and the export was named with UTC's date.
// These drive the real store and handlers over a real folder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { HandlerContext } from '../../../electron/core/handler-types';
import { handlers } from '../../../electron/core/handlers';
import { serializeDocument } from '../../../electron/core/durable-json-file';
import { Store } from '../../../electron/core/store';
import { findingLines, identifiersInDocument, MAX_FINDING_LINES } from '../../../shared/document-identifiers';
import { findProcedure } from '../../../shared/exposure/taxonomy';
import type { BackupInfo, ExportedData, ImportSummary } from '../../../shared/ipc/app-info';
import type { Result } from '../../../shared/result';
import { emptyDocument, type AppDocument } from '../../../shared/schema/document';
import { cleanupTempDirs, makeTempDir, validProfile } from '../spine/helpers';
import { sampleDocument } from './valid-payloads';

let store: Store;
let context: HandlerContext;

beforeEach(async () => {
  store = await Store.open({ dataDir: await makeTempDir('irmp-data-') });
  context = { store, platform: { shell: 'preview', version: '0.0.0' } };
});

afterEach(async () => {
  await store.flush();
  await cleanupTempDirs();
  vi.useRealTimers();
});

async function call<T>(channel: string, args?: unknown): Promise<T> {
  const result: Result<unknown> = await dispatch(handlers, context, channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const PATIENT_NOTE = 'pt John Smith MRN 12345678 DOB 03/04/1950, 123 Main Street';

/** The sample applicant as the applicant's own data, with patient details in one case's notes. */
function withPatientNote(): AppDocument {
  const doc = sampleDocument();
  const [first, ...rest] = doc.procedures;
  return { ...doc, meta: { ...doc.meta, sample: false }, procedures: [{ ...first!, notes: PATIENT_NOTE }, ...rest] };
}

describe('patient identifiers in a whole data file', () => {
  it('finds none in the bundled sample', () => {
    expect(identifiersInDocument(sampleDocument())).toEqual([]);
  });

  it('names the section, the entry and the field, and what the text looks like', () => {
    const doc = withPatientNote();
    const findings = identifiersInDocument(doc);
    expect(findings).toHaveLength(1);
    const name = findProcedure(doc.procedures[0]!.procedureId, doc.customProcedures)!.name;
    expect(findings[0]).toMatchObject({ section: 'Procedure log', entry: `${name} on ${doc.procedures[0]!.date} — Notes` });
    for (const kind of ['patient name', 'medical record or ID number', 'date of birth', 'street address']) {
      expect(findings[0]!.kinds).toContain(kind);
    }
  });

  it('checks the statement, its saved versions, programs and ERAS entries too', () => {
    const doc = sampleDocument();
    const program = doc.shortlist.programs[0]!;
    const entry = { ...doc.statement.erasEntries[0]!, reflection: 'I called patient Mary Jones at 555-867-5309.' };
    const version = { ...doc.statement.draft.versions[0]!, name: 'Before edits', text: 'Opening.\n\nMRN 99887766 was my first case.' };
    const findings = identifiersInDocument({
      ...doc,
      shortlist: { ...doc.shortlist, programs: [{ ...program, notes: 'Saw pt John Smith there' }, ...doc.shortlist.programs.slice(1)] },
      statement: { ...doc.statement, erasEntries: [entry], draft: { ...doc.statement.draft, versions: [version] } },
    });
    expect(findings.map((finding) => finding.section)).toEqual(['Programs', 'Personal statement', 'ERAS experiences']);
    expect(findings[0]!.entry).toBe(`“${program.name}” — Notes`);
    expect(findings[1]!.entry).toBe('Saved version “Before edits” — Statement draft, paragraph 2');
    expect(findings[2]!.entry).toContain('Most meaningful reflection');
  });

  it('names a case by its procedure and date, and says when others share both', () => {
    const doc = withPatientNote();
    const [first, second, ...rest] = doc.procedures;
    const custom = { id: 'custom-hickman', categoryId: 'lines-ports' as const, name: 'Hickman line', advanced: false };
    const sameDay = { ...second!, procedureId: first!.procedureId, date: first!.date, notes: '' };
    const ownProcedure = { ...rest[0]!, procedureId: custom.id, notes: PATIENT_NOTE };
    const withSiblings = { ...doc, customProcedures: [custom], procedures: [first!, sameDay, ownProcedure, ...rest.slice(1)] };
    const entries = identifiersInDocument(withSiblings).map((finding) => finding.entry);
    const name = findProcedure(first!.procedureId)!.name;
    expect(entries).toEqual([`${name} on ${first!.date} (one of 2 cases that day) — Notes`, `Hickman line on ${ownProcedure.date} — Notes`]);
  });

  it('lists up to 500 findings and counts the rest', () => {
    const finding = { section: 'Procedure log', entry: 'Angioplasty on 2025-09-01 — Notes', kinds: 'patient name' };
    const line = 'Procedure log: Angioplasty on 2025-09-01 — Notes (patient name)';
    expect(findingLines(Array(15).fill(finding))).toEqual({ lines: Array(15).fill(line), more: 0 });
    expect(findingLines(Array(20_000).fill(finding))).toEqual({ lines: Array(MAX_FINDING_LINES).fill(line), more: 19_500 });
    expect(MAX_FINDING_LINES).toBe(500);
  });

  it('still imports the file once the user has seen the warning and confirmed', async () => {
    const json = serializeDocument(withPatientNote());
    const preview = await call<ImportSummary>('data:import-preview', { json });
    expect(preview.counts['logged procedures']).toBeGreaterThan(0);
    await call('data:import', { json });
    expect(store.document.procedures[0]!.notes).toBe(PATIENT_NOTE);
  });
});

describe('clearing the sample', () => {
  it('brings the applicant’s own entries back after a backup holding the sample was restored', async () => {
    await call('profile:save', validProfile({ fullName: 'Own Olive' }));
    await call('sample:load', { replaceOwnData: true });
    // A backup of the sample: restoring it backs up the sample now in place, reason pre-restore.
    await store.backups.write(serializeDocument(store.document), 'change', new Date(Date.now() - 3600_000), store.document);
    const sampleCopy = (await call<BackupInfo[]>('backups:list')).find((b) => b.reason === 'change')!;
    await call('backups:restore', { name: sampleCopy.name });
    expect(store.document.meta.sample).toBe(true);

    const cleared = await call<{ restoredOwnData: boolean }>('sample:clear');
    expect(cleared.restoredOwnData).toBe(true);
    expect(store.document.profile?.fullName).toBe('Own Olive');
    expect(store.document.meta.sample).toBe(false);
  });

  it('leaves the app empty when the sample replaced nothing of the applicant’s', async () => {
    await call('sample:load');
    await call('data:import', { json: serializeDocument({ ...sampleDocument(), meta: { ...emptyDocument(new Date()).meta, sample: true } }) });
    const cleared = await call<{ restoredOwnData: boolean }>('sample:clear');
    expect(cleared.restoredOwnData).toBe(false);
    expect(store.document.profile).toBeNull();
  });
});

describe('exporting', () => {
  it('names the file with the local date, not UTC’s', async () => {
    // 23:30 on 14 March in New York, when UTC is already on the 15th.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      vi.useFakeTimers({ now: new Date('2030-03-15T03:30:00.000Z'), toFake: ['Date'] });
      const exported = await call<ExportedData>('data:export');
      expect(exported.fileName).toBe('ir-match-planner-backup-2030-03-14.json');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
