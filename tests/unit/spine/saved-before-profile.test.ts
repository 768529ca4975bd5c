// QA: before a profile existed, the welcome view showed the exposure summary only; a user with
// programs or a statement draft saw no sign of that work.
import { describe, expect, it } from 'vitest';
import { savedBeforeProfile } from '../../../shared/saved-before-profile';
import { emptyDocument, type AppDocument } from '../../../shared/schema/document';
import { sampleDocument } from '../reliability/valid-payloads';

/** A new, empty file with only `programs` shortlisted, `points` talking points and `draft` as the draft. */
function withOnly({ programs = 0, points = 0, draft = '' }: { programs?: number; points?: number; draft?: string }): AppDocument {
  const sample = sampleDocument();
  const empty = emptyDocument(new Date());
  const repeat = <T,>(items: readonly T[], count: number) => Array.from({ length: count }, (_, i) => items[i % items.length]!);
  return {
    ...empty,
    shortlist: { ...empty.shortlist, programs: repeat(sample.shortlist.programs, programs) },
    statement: {
      ...empty.statement,
      talkingPoints: repeat(sample.statement.talkingPoints, points),
      draft: { ...empty.statement.draft, text: draft },
    },
  };
}

describe('what the welcome view shows before a profile exists', () => {
  it('shows nothing for a new file', () => {
    expect(savedBeforeProfile(emptyDocument(new Date()))).toEqual({ exposureLogged: false, alsoSaved: null });
  });

  it('names programs, talking points and a draft, in words', () => {
    expect(savedBeforeProfile(withOnly({ programs: 1 })).alsoSaved).toBe('Also saved: 1 program.');
    expect(savedBeforeProfile(withOnly({ draft: 'I first saw a TIPS as a student.' })).alsoSaved).toBe('Also saved: a statement draft.');
    expect(savedBeforeProfile(withOnly({ programs: 1_200, points: 2, draft: 'Opening.' }))).toEqual({
      exposureLogged: false,
      alsoSaved: 'Also saved: 1,200 programs, 2 talking points and a statement draft.',
    });
  });

  it('does not count a draft of only spaces', () => {
    expect(savedBeforeProfile(withOnly({ draft: '  \n\n ' })).alsoSaved).toBeNull();
  });

  it('says the exposure summary has something to show when cases, experiences or outputs are logged', () => {
    const sample = sampleDocument();
    const empty = emptyDocument(new Date());
    expect(savedBeforeProfile({ ...empty, procedures: sample.procedures.slice(0, 1) }).exposureLogged).toBe(true);
    expect(savedBeforeProfile({ ...empty, experiences: sample.experiences.slice(0, 1) }).exposureLogged).toBe(true);
    expect(savedBeforeProfile({ ...empty, researchOutputs: sample.researchOutputs.slice(0, 1) }).exposureLogged).toBe(true);
  });
});
