import { describe, expect, it } from 'vitest';
import { identifiersInErasEntries } from '../../../shared/statement/eras-identifiers';
import type { ErasEntry } from '../../../shared/statement/statement-schema';

const experiences = [
  { id: 'obs', title: 'IR observership' },
  { id: 'research', title: 'TACE response review' },
];
const entry = (experienceId: string, overrides: Partial<ErasEntry> = {}): ErasEntry => ({
  experienceId,
  description: 'Four weeks in the angio suite.',
  mostMeaningful: false,
  reflection: '',
  talkingPointId: null,
  ...overrides,
});
const FLAGGED = 'Followed Mrs. Garcia (DOB 4/12/1931) to clinic.';

describe('identifiersInErasEntries', () => {
  it('names the experience of the flagged text and shows only that text', () => {
    const results = identifiersInErasEntries([entry('obs'), entry('research', { reflection: FLAGGED })], experiences);
    expect(results.map((result) => [result.label, result.text])).toEqual([['TACE response review: Most meaningful reflection', FLAGGED]]);
  });

  it('keeps two entries’ findings apart', () => {
    const results = identifiersInErasEntries([entry('obs', { description: FLAGGED }), entry('research', { description: 'MRN 1234567' })], experiences);
    expect(results.map((result) => result.label)).toEqual(['IR observership: Experience description', 'TACE response review: Experience description']);
    expect(new Set(results.map((result) => result.field)).size).toBe(2);
  });

  it('skips text already saved, so editing another entry does not ask again', () => {
    const saved = [entry('obs', { description: FLAGGED }), entry('research')];
    const edited = [saved[0]!, entry('research', { description: 'Built the data set myself.' })];
    expect(identifiersInErasEntries(edited, experiences, saved)).toEqual([]);
  });

  it('checks a saved text again once it is edited', () => {
    const saved = [entry('obs', { description: FLAGGED })];
    const results = identifiersInErasEntries([entry('obs', { description: `${FLAGGED} Again on Friday.` })], experiences, saved);
    expect(results.map((result) => result.label)).toEqual(['IR observership: Experience description']);
  });

  it('names an entry whose experience is gone by its place', () => {
    const results = identifiersInErasEntries([entry('obs'), entry('deleted', { description: FLAGGED })], experiences);
    expect(results.map((result) => result.label)).toEqual(['Entry 2: Experience description']);
  });
});
