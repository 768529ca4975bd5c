import { describe, expect, it } from 'vitest';
import { deleteTalkingPoint, deleteVariant, restoreTalkingPoint, restoreVariant } from '../../../shared/statement/statement-mutations';
import { emptyStatement, type ParagraphVariant, type Statement } from '../../../shared/statement/statement-schema';

function workspace(): Statement {
  const statement = emptyStatement();
  return {
    ...statement,
    talkingPoints: [
      { id: 'tp-1', text: 'Selection decides TACE outcomes.', promptId: null, evidence: [], strength: 'solid' },
      { id: 'tp-2', text: 'Clinic is where IR is won.', promptId: null, evidence: [], strength: 'solid' },
    ],
    outline: statement.outline.map((section) => (section.id === 'exposure' ? { ...section, talkingPointIds: ['tp-2', 'tp-1'] } : section)),
    erasEntries: [{ experienceId: 'exp-1', description: 'Four weeks.', mostMeaningful: true, reflection: 'A TACE patient.', talkingPointId: 'tp-1' }],
  };
}

describe('deleting a talking point', () => {
  it('takes it out of the outline and the ERAS reflection, and undo puts it back exactly', () => {
    const before = workspace();
    const { next, removed } = deleteTalkingPoint(before, 'tp-1');
    expect(next.outline.find((section) => section.id === 'exposure')?.talkingPointIds).toEqual(['tp-2']);
    expect(next.erasEntries[0]?.talkingPointId).toBeNull();
    const back = restoreTalkingPoint(next, removed);
    expect(back.outline).toEqual(before.outline);
    expect(back.erasEntries).toEqual(before.erasEntries);
  });
});

describe('deleting a program-specific paragraph', () => {
  const variant = (id: string): ParagraphVariant => ({ id, programId: 'prog-1', paragraphLabel: 'Closing', text: `Paragraph ${id}.` });

  it('puts it back in its place with undo, once', () => {
    const statement = emptyStatement();
    const withVariants = { ...statement, draft: { ...statement.draft, variants: [variant('a'), variant('b'), variant('c')] } };
    const { next, removed } = deleteVariant(withVariants, 'b');
    expect(next.draft.variants.map((candidate) => candidate.id)).toEqual(['a', 'c']);
    const back = restoreVariant(next, removed);
    expect(back.draft.variants).toEqual(withVariants.draft.variants);
    expect(restoreVariant(back, removed)).toBe(back);
  });
});
