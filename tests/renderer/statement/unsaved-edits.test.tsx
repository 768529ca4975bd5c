import { afterEach, describe, expect, it } from 'vitest';
import { deleteTalkingPoint, restoreTalkingPoint } from '../../../shared/statement/statement-mutations';
import { emptyStatement, type Statement } from '../../../shared/statement/statement-schema';
import { discardKeptEdits } from '../../../renderer/src/app/edit-keeper';
import { carryPointDeletion, carryPointRestore, unsavedErasEntries, unsavedOutline } from '../../../renderer/src/pages/statement/unsaved-edits';

function saved(): Statement {
  const statement = emptyStatement();
  return {
    ...statement,
    talkingPoints: [{ id: 'tp-1', text: 'Selection decides TACE outcomes.', promptId: null, evidence: [], strength: 'solid' }],
    outline: statement.outline.map((section) => (section.id === 'opening' ? { ...section, talkingPointIds: ['tp-1'] } : section)),
    erasEntries: [{ experienceId: 'exp-1', description: 'Four weeks.', mostMeaningful: true, reflection: 'A TACE patient.', talkingPointId: 'tp-1' }],
  };
}

afterEach(discardKeptEdits);

describe('unsaved outline and ERAS edits when a talking point is deleted elsewhere', () => {
  it('survive the delete and its undo, the point following the saved data', () => {
    const before = saved();
    const editedOutline = before.outline.map((section) => (section.id === 'path' ? { ...section, title: 'How I got here, typed not saved' } : section));
    const editedEntries = before.erasEntries.map((entry) => ({ ...entry, description: 'Typed, not saved.' }));
    unsavedOutline.keep(before.outline, editedOutline);
    unsavedErasEntries.keep(before.erasEntries, editedEntries);

    // What the main process saves, then what the pages reload.
    const { next, removed } = deleteTalkingPoint(before, 'tp-1');
    carryPointDeletion('tp-1');
    const outline = unsavedOutline.restore(next.outline);
    expect(outline?.find((section) => section.id === 'path')?.title).toBe('How I got here, typed not saved');
    expect(outline?.find((section) => section.id === 'opening')?.talkingPointIds).toEqual([]);
    expect(unsavedErasEntries.restore(next.erasEntries)).toEqual([{ ...editedEntries[0], talkingPointId: null }]);

    const back = restoreTalkingPoint(next, removed);
    carryPointRestore(removed);
    expect(unsavedOutline.restore(back.outline)).toEqual(editedOutline);
    expect(unsavedErasEntries.restore(back.erasEntries)).toEqual(editedEntries);
  });
});
