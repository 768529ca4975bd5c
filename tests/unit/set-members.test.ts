import { describe, expect, it } from 'vitest';
import { withMembers } from '../../shared/set-members';

describe('withMembers', () => {
  it('adds or takes out the members in a new set, leaving the old one as it was', () => {
    const selected = new Set(['a', 'b']);
    expect([...withMembers(selected, ['c', 'a'], true)]).toEqual(['a', 'b', 'c']);
    expect([...withMembers(selected, ['a', 'z'], false)]).toEqual(['b']);
    expect([...selected]).toEqual(['a', 'b']);
  });

  it('always gives a new set, so React sees the change', () => {
    const selected = new Set([1]);
    expect(withMembers(selected, [], true)).not.toBe(selected);
  });
});
