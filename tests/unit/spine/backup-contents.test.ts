import { describe, expect, it } from 'vitest';
import {
  backupContentsSchema,
  contentsOfDocument,
  contentsOfLoaded,
  describeBackupContents,
} from '../../../shared/backup-contents';
import { loadDocumentText } from '../../../shared/document-loading';
import { emptyDocument } from '../../../shared/schema/document';
import { sampleDocument } from '../reliability/valid-payloads';
import { validProfile } from './helpers';

const NOW = new Date('2030-06-15T12:00:00.000Z');

describe('what a backup holds', () => {
  it('names the applicant and the first three counts that are not zero, cases first', () => {
    const sample = sampleDocument();
    const doc = { ...sample, meta: { ...sample.meta, sample: false }, profile: validProfile({ fullName: 'Priya S.' }) };
    const line = describeBackupContents(contentsOfDocument(doc));
    expect(line).toBe(
      `Priya S. · ${sample.procedures.length} cases · ${sample.shortlist.programs.length} programs · ${sample.experiences.length} experiences`,
    );
  });

  it('writes large counts with separators and one of a kind in the singular', () => {
    const counts = { profile: 1, 'logged procedures': 1234, programs: 1, experiences: 0, 'ERAS entries': 1 };
    const contents = { kind: 'data' as const, applicantName: 'A', sample: false, ownData: true, counts };
    expect(describeBackupContents(contents)).toBe('A · 1,234 cases · 1 program · 1 ERAS entry');
  });

  it('tells an empty file, entries without a profile, and the sample apart', () => {
    const empty = emptyDocument(NOW);
    expect(describeBackupContents(contentsOfDocument(empty))).toBe('Empty: nothing entered yet');
    const draftOnly = { ...empty, statement: { ...empty.statement, draft: { ...empty.statement.draft, text: 'Why IR, in my words.' } } };
    expect(describeBackupContents(contentsOfDocument(draftOnly))).toBe('No profile · 5 draft words');
    const sample = { ...empty, meta: { ...empty.meta, sample: true }, profile: validProfile({ fullName: 'Maya' }) };
    expect(describeBackupContents(contentsOfDocument(sample))).toBe('Maya (sample)');
  });

  it('says a damaged file is damaged and one from a newer app is newer, as a restore would', () => {
    const damaged = contentsOfLoaded(loadDocumentText('{"schemaVersion": 5, "pro', NOW));
    expect(damaged).toEqual({ kind: 'damaged', message: 'The file is not valid JSON; it may be damaged or cut short.' });
    expect(describeBackupContents(damaged)).toBe('Damaged: The file is not valid JSON; it may be damaged or cut short.');
    const newer = contentsOfLoaded(loadDocumentText('{"schemaVersion": 99}', NOW));
    expect(newer.kind).toBe('newer');
    expect(describeBackupContents(newer)).toBe('From a newer version of the app');
  });

  it('is plain data that its schema accepts (it crosses IPC and is kept in the index)', () => {
    const contents = contentsOfDocument(sampleDocument());
    expect(backupContentsSchema.parse(JSON.parse(JSON.stringify(contents)))).toEqual(contents);
  });
});
