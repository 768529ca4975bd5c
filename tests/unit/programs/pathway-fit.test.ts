import { describe, expect, it } from 'vitest';
import { pathwayFit, pathwayMismatch } from '../../../shared/programs/pathway-fit';
import { PATHWAYS } from '../../../shared/schema/profile';
import { PROGRAM_PATHWAYS } from '../../../shared/programs/program-schema';

const offering = (...pathways: ('integrated-ir' | 'esir' | 'independent-ir')[]) => ({ pathways: pathways.map((pathway) => ({ pathway, positionsPerYear: 1 })) });

describe('pathwayFit', () => {
  it('matches the profile’s DR-with-ESIR route to a program’s ESIR positions', () => {
    expect(pathwayFit(['dr-esir'], offering('esir'))).toEqual({ kind: 'fits', shared: ['esir'] });
  });

  it('fits when any one of the applicant’s pathways is offered', () => {
    expect(pathwayFit(['integrated-ir', 'independent-ir'], offering('esir', 'independent-ir'))).toEqual({ kind: 'fits', shared: ['independent-ir'] });
  });

  it('says which pathways a program lists when none is the applicant’s', () => {
    const fit = pathwayFit(['integrated-ir'], offering('esir'));
    expect(fit).toEqual({ kind: 'not-offered', offered: ['esir'], wanted: ['integrated-ir'] });
    expect(pathwayMismatch(fit)).toBe('Lists DR with Early Specialization in IR (ESIR); your profile says you apply to Integrated IR residency.');
  });

  it('does not guess when either side is empty', () => {
    expect(pathwayFit([], offering('esir'))).toEqual({ kind: 'unknown' });
    expect(pathwayFit(['integrated-ir'], offering())).toEqual({ kind: 'unknown' });
    expect(pathwayMismatch({ kind: 'unknown' })).toBeNull();
  });

  it('maps every profile pathway to a different program pathway', () => {
    const mapped = PATHWAYS.map((pathway) => {
      const fit = pathwayFit([pathway], offering(...PROGRAM_PATHWAYS));
      return fit.kind === 'fits' ? fit.shared : [];
    });
    expect(mapped.flat().sort()).toEqual([...PROGRAM_PATHWAYS].sort());
  });
});
