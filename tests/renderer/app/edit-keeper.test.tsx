import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { discardKeptEdits, editKeeper, useKeptEdit, useKeptValue } from '../../../renderer/src/app/edit-keeper';
import { unsavedEdits } from '../../../renderer/src/app/unsaved-changes';

describe('editKeeper', () => {
  it('gives back edits only over the saved value they started from', () => {
    const keeper = editKeeper<string[]>('the test editor');
    expect(keeper.restore(['a'])).toBeNull();
    keeper.keep(['a'], ['a', 'b']);
    expect(keeper.restore(['a'])).toEqual(['a', 'b']);
    // Saved data replaced on purpose (a save, an import, a restore): the old edits no longer apply.
    expect(keeper.restore(['z'])).toBeNull();
  });

  it('drops every kept edit when the data is replaced, so closing the window no longer asks', () => {
    const keeper = editKeeper<string>('the replaced draft');
    keeper.keep('saved', 'typed');
    expect(unsavedEdits()).toContainEqual({ what: 'the replaced draft', kept: true });
    discardKeptEdits();
    expect(keeper.restore('saved')).toBeNull();
    expect(unsavedEdits()).not.toContainEqual(expect.objectContaining({ what: 'the replaced draft' }));
  });

  it('carries kept edits across a deliberate change of the saved value', () => {
    const keeper = editKeeper<string[]>('the carried list');
    keeper.keep(['a', 'b'], ['a', 'b', 'typed']);
    const dropB = (list: string[]) => list.filter((item) => item !== 'b');
    keeper.carry(dropB);
    // The edits now sit over the changed value, with the same change made to them.
    expect(keeper.restore(['a', 'b'])).toBeNull();
    expect(keeper.restore(['a'])).toEqual(['a', 'typed']);
    keeper.carry((list) => [...list, 'b']);
    expect(keeper.restore(['a', 'b'])).toEqual(['a', 'typed', 'b']);
  });

  it('has nothing to carry when nothing is kept, and an import still drops carried edits', () => {
    const keeper = editKeeper<string>('the carried draft');
    keeper.carry((text) => `${text}!`);
    expect(keeper.restore('saved!')).toBeNull();
    keeper.keep('saved', 'typed');
    keeper.carry((text) => `${text}!`);
    expect(keeper.restore('saved!')).toBe('typed!');
    discardKeptEdits();
    expect(keeper.restore('saved!')).toBeNull();
    expect(unsavedEdits()).not.toContainEqual(expect.objectContaining({ what: 'the carried draft' }));
  });

  it('forgets the edits once they equal the saved value again', () => {
    const keeper = editKeeper<string>('the test editor');
    keeper.keep('saved', 'typed');
    keeper.keep('saved', 'saved');
    expect(keeper.restore('saved')).toBeNull();
  });
});

describe('useKeptEdit', () => {
  it('starts a remounted editor from the text typed before it was unmounted', () => {
    const keeper = editKeeper<string>('the test editor');
    const first = renderHook(() => useKeptEdit(keeper, 'saved'));
    act(() => first.result.current[1]('saved, then typed'));
    first.unmount();

    const second = renderHook(() => useKeptEdit(keeper, 'saved'));
    expect(second.result.current[0]).toBe('saved, then typed');
  });

  it('without a keeper is plain state: a remount starts from the saved value', () => {
    const first = renderHook(() => useKeptEdit<string>(undefined, 'saved'));
    act(() => first.result.current[1]('typed'));
    first.unmount();
    expect(renderHook(() => useKeptEdit<string>(undefined, 'saved')).result.current[0]).toBe('saved');
  });
});

describe('useKeptValue', () => {
  it('shows another component the editor’s text as it is typed, and the saved text without edits', () => {
    const keeper = editKeeper<string>('the watched draft');
    const watcher = renderHook(() => useKeptValue(keeper, 'saved'));
    expect(watcher.result.current).toBe('saved');
    act(() => keeper.keep('saved', 'saved, then typed'));
    expect(watcher.result.current).toBe('saved, then typed');
    act(() => keeper.keep('saved', 'saved'));
    expect(watcher.result.current).toBe('saved');
  });
});
