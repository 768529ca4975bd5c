import { describe, expect, it } from 'vitest';
import { describeFieldFindings, identifiersInRecord, recordTexts } from '../../../shared/exposure/free-text-check';
import { makeExperience, makeProcedure, makeResearchOutput } from './fixtures';

const MRN = 'MRN 1234567';
const PHONE = 'call 312-555-0100';
const labelsOf = (results: readonly { label: string }[]) => results.map((result) => result.label);

describe('identifiersInRecord: the fields that are checked', () => {
  it('checks each tag of an experience on its own, showing only that tag', () => {
    const results = identifiersInRecord('experience', makeExperience({ tags: ['IR', `Follow-up ${PHONE}`, 'TACE'] }));
    expect(results).toEqual([expect.objectContaining({ field: 'tags.1', label: 'Tag', text: `Follow-up ${PHONE}` })]);
    expect(results[0]?.findings.map((finding) => finding.kind)).toEqual(['phone']);
  });

  it('checks a research output’s venue but never its authors, who are colleagues', () => {
    const output = makeResearchOutput({ venue: `Case conference, ${MRN}`, authors: 'Mrs. Garcia A, Mr. Patel B' });
    expect(labelsOf(identifiersInRecord('researchOutput', output))).toEqual(['Venue']);
  });

  it('checks the version name, the paragraph a variant replaces, and an own procedure’s name', () => {
    expect(labelsOf(identifiersInRecord('version', { name: `Before ${MRN}` }))).toEqual(['Version name']);
    const variant = { programId: 'p1', paragraphLabel: `Closing ${PHONE}`, text: 'Why this program.' };
    expect(labelsOf(identifiersInRecord('variant', variant))).toEqual(['Replaces which paragraph']);
    expect(labelsOf(identifiersInRecord('customProcedure', { name: `Embolization ${MRN}`, categoryId: 'arterial', advanced: true }))).toEqual([
      'Procedure name',
    ]);
  });

  it('leaves the attending of a procedure alone, as the entry form and the CSV import do', () => {
    expect(identifiersInRecord('procedure', makeProcedure({ attending: 'Mr. Patel' }))).toEqual([]);
  });

  it('lists a record’s checked text in form order, one entry per tag', () => {
    expect(recordTexts('experience', makeExperience({ title: 'T', description: 'D', tags: ['a', 'b'] }))).toEqual([
      { field: 'title', label: 'Title', text: 'T' },
      { field: 'description', label: 'Description', text: 'D' },
      { field: 'tags.0', label: 'Tag', text: 'a' },
      { field: 'tags.1', label: 'Tag', text: 'b' },
    ]);
  });
});

describe('identifiersInRecord: text already saved', () => {
  const confirmed = makeExperience({ description: `Family asked me to ${PHONE}`, tags: [`Ward ${MRN}`] });

  it('skips text the saved record holds: it was checked, and confirmed, when it was saved', () => {
    expect(identifiersInRecord('experience', { ...confirmed, title: 'Renamed observership' }, [confirmed])).toEqual([]);
  });

  it('still checks text that was edited, or new beside the saved text', () => {
    const edited = { ...confirmed, description: `${confirmed.description}, or 312-555-0199` };
    expect(labelsOf(identifiersInRecord('experience', edited, [confirmed]))).toEqual(['Description']);
    const tagged = { ...confirmed, tags: [...confirmed.tags, 'Mrs. Garcia (DOB 4/12/1931)'] };
    expect(identifiersInRecord('experience', tagged, [confirmed]).map((result) => result.field)).toEqual(['tags.1']);
  });

  it('checks everything when nothing is saved yet', () => {
    expect(labelsOf(identifiersInRecord('experience', confirmed))).toEqual(['Description', 'Tag']);
  });
});

describe('describeFieldFindings', () => {
  it('names each field once, even when two tags are flagged', () => {
    const results = identifiersInRecord('experience', makeExperience({ tags: [MRN, PHONE] }));
    expect(describeFieldFindings(results)).toBe(
      'Something in "Tag" looks like patient-identifying data. Edit it, or confirm that it is not patient data.',
    );
  });
});

describe('identifiersInRecord: the statement draft, paragraph by paragraph', () => {
  const flagged = 'I met pt John Smith before his TIPS.';

  it('shows only the flagged paragraph, named by its place', () => {
    const results = identifiersInRecord('draft', { text: `Why IR.\n\n${flagged}\r\n\r\nClosing.` });
    expect(results).toEqual([expect.objectContaining({ field: 'text.1', label: 'Statement draft, paragraph 2', text: flagged })]);
  });

  it('skips a paragraph the saved draft already holds, wherever it has moved, and checks an edited one', () => {
    const saved = [{ text: `${flagged}\n\nOld opening.` }];
    expect(identifiersInRecord('draft', { text: `New opening.\n\n${flagged}` }, saved)).toEqual([]);
    expect(labelsOf(identifiersInRecord('draft', { text: `New opening.\n\n${flagged} Again.` }, saved))).toEqual(['Statement draft, paragraph 2']);
  });
});
