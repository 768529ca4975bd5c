import { describe, expect, it } from 'vitest';
import { isUnsupported, logIds, storiesUsedTwice } from '../../../shared/statement/talking-point-rules';
import { emptyStatement, type ErasEntry, type TalkingPoint } from '../../../shared/statement/statement-schema';

const ids = logIds({ procedures: [{ id: 'proc-1' }], experiences: [{ id: 'exp-1' }, { id: 'exp-2' }], researchOutputs: [{ id: 'out-1' }] });
const point = (id: string, evidence: TalkingPoint['evidence']): TalkingPoint => ({ id, text: 'A point', promptId: null, evidence, strength: 'solid' });
const entry = (experienceId: string, overrides: Partial<ErasEntry> = {}): ErasEntry => ({
  experienceId,
  description: '',
  mostMeaningful: true,
  reflection: 'Why it mattered.',
  talkingPointId: null,
  ...overrides,
});

describe('isUnsupported', () => {
  it('flags a point with no evidence', () => {
    expect(isUnsupported(point('p', []), ids)).toBe(true);
  });

  it('flags a point whose every linked entry has been deleted', () => {
    expect(isUnsupported(point('p', [{ kind: 'procedure', id: 'gone' }, { kind: 'output', id: 'also-gone' }]), ids)).toBe(true);
  });

  it('accepts a point backed by one existing entry of any kind', () => {
    expect(isUnsupported(point('p', [{ kind: 'procedure', id: 'proc-1' }]), ids)).toBe(false);
    expect(isUnsupported(point('p', [{ kind: 'output', id: 'out-1' }, { kind: 'procedure', id: 'gone' }]), ids)).toBe(false);
    // An id that exists, but as another kind, does not count.
    expect(isUnsupported(point('p', [{ kind: 'experience', id: 'proc-1' }]), ids)).toBe(true);
  });
});

describe('storiesUsedTwice', () => {
  const points = [point('in-statement', [{ kind: 'experience', id: 'exp-1' }]), point('not-placed', [{ kind: 'experience', id: 'exp-2' }])];
  const outline = emptyStatement().outline.map((section) => (section.id === 'opening' ? { ...section, talkingPointIds: ['in-statement'] } : section));

  it('notes a statement point whose evidence is a most-meaningful experience', () => {
    expect(storiesUsedTwice(points, outline, [entry('exp-1')])).toEqual([{ talkingPointId: 'in-statement', experienceId: 'exp-1', reason: 'same-experience' }]);
  });

  it('notes a statement point chosen for a reflection', () => {
    expect(storiesUsedTwice(points, outline, [entry('exp-3', { talkingPointId: 'in-statement' })])).toEqual([
      { talkingPointId: 'in-statement', experienceId: 'exp-3', reason: 'same-point' },
    ]);
  });

  it('says nothing for entries that are not most meaningful, or points outside the outline', () => {
    expect(storiesUsedTwice(points, outline, [entry('exp-1', { mostMeaningful: false })])).toEqual([]);
    expect(storiesUsedTwice(points, outline, [entry('exp-2')])).toEqual([]);
  });
});
