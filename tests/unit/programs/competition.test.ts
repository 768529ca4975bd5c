import { describe, expect, it } from 'vitest';
import { competitionReading } from '../../../shared/programs/competition';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import type { Program } from '../../../shared/programs/program-schema';
import { makeProgram } from './program-fixture';

const COMPETITION_FLAGS = ['heavy-fellow-competition', 'heavy-app-competition', 'heavy-competition'];

function reading(learners: Program['competingLearners']) {
  const evaluation = evaluateProgram(makeProgram('Crowded', (p) => (p.competingLearners = learners)));
  return {
    level: evaluation.competition.level,
    flags: evaluation.flags.red.filter((f) => COMPETITION_FLAGS.includes(f.id)),
  };
}

describe('the competition level and its flags agree', () => {
  it('raises a flag naming the combined ratio when heavy only together', () => {
    // One class of one resident is two seniors: 2 fellows and 3 APPs are 1.0 and 1.5 each.
    const { level, flags } = reading({ irResidentsPerClass: 1, independentFellows: 2, esirResidents: 0, apps: 3 });
    expect(level).toBe('heavy');
    expect(flags).toEqual([
      {
        id: 'heavy-competition',
        kind: 'red',
        reason: 'Fellows, ESIR residents and APPs together come to 2.5 for each senior resident; ask which cases each group takes.',
      },
    ]);
  });

  it('reads fellows who outnumber the residents as heavy, as the flag says', () => {
    const { level, flags } = reading({ irResidentsPerClass: 1, independentFellows: 3, esirResidents: 0, apps: 0 });
    expect(level).toBe('heavy');
    expect(flags.map((f) => [f.id, f.reason])).toEqual([
      [
        'heavy-fellow-competition',
        'Fellows and ESIR residents outnumber the senior residents they share cases with: 1.5 for each, 1.5 counting APPs.',
      ],
    ]);
  });

  it('names the APP ratio and the total when APPs alone are heavy', () => {
    const { level, flags } = reading({ irResidentsPerClass: 1, independentFellows: 1, esirResidents: 0, apps: 4 });
    expect(level).toBe('heavy');
    expect(flags.map((f) => f.reason)).toEqual([
      'There are 2.0 APPs for each senior resident (2.5 counting fellows and ESIR residents); check whether they take cases residents could do.',
    ]);
  });

  it('raises no competition flag below heavy', () => {
    expect(reading({ irResidentsPerClass: 1, independentFellows: 1, esirResidents: 0, apps: 1 })).toEqual({ level: 'moderate', flags: [] });
    expect(reading({ irResidentsPerClass: 2, independentFellows: 1, esirResidents: 0, apps: 1 })).toEqual({ level: 'low', flags: [] });
  });

  it('raises a flag for every heavy reading over a range of services', () => {
    for (let perClass = 1; perClass <= 3; perClass++) {
      for (let fellows = 0; fellows <= 6; fellows++) {
        for (let apps = 0; apps <= 10; apps++) {
          const learners = { irResidentsPerClass: perClass, independentFellows: fellows, esirResidents: 0, apps };
          const { level, flags } = reading(learners);
          expect(level === 'heavy', JSON.stringify(learners)).toBe(flags.length > 0);
          expect(competitionReading(learners).level).toBe(level);
        }
      }
    }
  });
});
