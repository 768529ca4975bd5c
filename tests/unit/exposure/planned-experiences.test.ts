import { describe, expect, it } from 'vitest';
import { plannedNote, splitByStart } from '../../../shared/exposure/planned-experiences';
import { makeExperience } from './fixtures';

describe('splitByStart', () => {
  it('counts an experience as started from its start day on, and planned before it', () => {
    const experiences = [
      makeExperience({ id: 'past', startDate: '2026-01-05' }),
      makeExperience({ id: 'today', startDate: '2026-11-29' }),
      makeExperience({ id: 'tomorrow', startDate: '2026-11-30' }),
    ];
    const { started, planned } = splitByStart(experiences, '2026-11-29');
    expect(started.map((e) => e.id)).toEqual(['past', 'today']);
    expect(planned.map((e) => e.id)).toEqual(['tomorrow']);
  });
});

describe('plannedNote', () => {
  it('names the soonest planned experience with its month, and counts the rest', () => {
    expect(plannedNote([])).toBeNull();
    expect(plannedNote([{ title: 'IR observership', startDate: '2030-06-01' }])).toBe('Planned: IR observership, June 2030');
    expect(
      plannedNote([
        { title: 'Away rotation', startDate: '2031-01-12' },
        { title: 'SIR meeting', startDate: '2030-12-03' },
        { title: 'Elective', startDate: '2031-03-01' },
      ]),
    ).toBe('Planned: SIR meeting, December 2030, and 2 more');
  });
});
