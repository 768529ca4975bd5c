import { describe, expect, it } from 'vitest';
import { sameNameProblem } from '../../../shared/programs/program-names';

describe('sameNameProblem', () => {
  const shortlist = ['Lakeshore Integrated IR', 'Harbor City IR'];

  it.each(['Lakeshore Integrated IR', 'lakeshore integrated ir', '  Lakeshore   Integrated IR ', 'LAKESHORE INTEGRATED IR'])(
    'names the program already called %j',
    (name) => {
      expect(sameNameProblem(name, shortlist)).toBe(
        '“Lakeshore Integrated IR” is already on your shortlist: open it from the list, or give this one a name that tells them apart.',
      );
    },
  );

  it('accepts a name of its own, and leaves an empty name to the required-field check', () => {
    expect(sameNameProblem('Lakeshore Integrated IR (North)', shortlist)).toBeNull();
    expect(sameNameProblem('   ', shortlist)).toBeNull();
    expect(sameNameProblem('Harbor City IR', [])).toBeNull();
  });

  it('treats composed and decomposed accents as the same name', () => {
    expect(sameNameProblem('Universite\u0301 IR', ['Université IR'])).not.toBeNull();
  });
});
