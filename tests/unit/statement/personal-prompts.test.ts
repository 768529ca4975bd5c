import { describe, expect, it } from 'vitest';
import { personalPrompts, type StatementSourceData } from '../../../shared/statement/personal-prompts';
import { makeExperience, makeProcedure, makeResearchOutput } from '../exposure/fixtures';

const observership = makeExperience({ id: 'exp-cancer', title: 'IR observership', organisation: 'Riverbend Cancer Institute', hours: { mode: 'total', total: 160 } });
const shortVisit = makeExperience({ id: 'exp-short', title: 'Two-day shadowing', organisation: 'City Hospital', hours: { mode: 'total', total: 16 } });
const research = makeExperience({ id: 'exp-research', kind: 'research-project', title: 'TACE response review', hours: { mode: 'none' } });

const tace = (n: number, overrides = {}) =>
  makeProcedure({ id: `tace-${n}`, date: `2026-03-${String(n).padStart(2, '0')}`, procedureId: 'tace', experienceId: 'exp-cancer', learned: '', patientCare: '', ...overrides });

/** A fixed log: 4 TACE and 2 Y90 at the cancer center, one PICC, notes on two cases. */
function fixedLog(): StatementSourceData {
  return {
    profile: { careerInterest: 'academic' },
    experiences: [observership, shortVisit, research],
    researchOutputs: [
      makeResearchOutput({ id: 'out-idea', status: 'idea', title: 'An idea only' }),
      makeResearchOutput({ id: 'out-published', status: 'published', title: 'Y90 dose review', experienceId: 'exp-research' }),
    ],
    procedures: [
      tace(1),
      tace(2, { learned: 'Cone-beam CT showed a second feeder that angiography missed.' }),
      tace(3),
      tace(4, { patientCare: 'Post-embolization pain was managed with a PCA overnight.' }),
      makeProcedure({ id: 'y90-1', procedureId: 'y90', date: '2026-03-10', experienceId: 'exp-cancer', learned: '', patientCare: '' }),
      makeProcedure({ id: 'y90-2', procedureId: 'y90', date: '2026-03-11', experienceId: 'exp-cancer', learned: '', patientCare: '', role: 'assisted' }),
      makeProcedure({ id: 'picc-1', procedureId: 'picc', date: '2026-03-12', experienceId: 'exp-short', learned: '', patientCare: '' }),
    ],
    customProcedures: [],
  };
}

describe('personalPrompts', () => {
  it('asks about the advanced procedure seen most, naming the site and citing every case', () => {
    const prompts = personalPrompts(fixedLog());
    const tacePrompt = prompts.find((prompt) => prompt.id === 'advanced-tace');
    expect(tacePrompt?.text).toBe(
      'You observed 4 cases of Chemoembolization (TACE) at Riverbend Cancer Institute. What did one of them teach you about choosing the right patient for it?',
    );
    expect(tacePrompt?.citations).toEqual([
      { kind: 'procedure', id: 'tace-1' },
      { kind: 'procedure', id: 'tace-2' },
      { kind: 'procedure', id: 'tace-3' },
      { kind: 'procedure', id: 'tace-4' },
      { kind: 'experience', id: 'exp-cancer' },
    ]);
    // Most-seen first; a routine line placement never becomes an "advanced" prompt.
    const advanced = prompts.filter((prompt) => prompt.id.startsWith('advanced-')).map((prompt) => prompt.id);
    expect(advanced).toEqual(['advanced-tace', 'advanced-y90']);
  });

  it('quotes the applicant’s own reflection and patient-care note, citing the entry', () => {
    const prompts = personalPrompts(fixedLog());
    const reflection = prompts.find((prompt) => prompt.id === 'reflection-tace-2');
    expect(reflection?.text).toContain('“Cone-beam CT showed a second feeder that angiography missed.”');
    expect(reflection?.citations).toEqual([{ kind: 'procedure', id: 'tace-2' }]);
    const care = prompts.find((prompt) => prompt.id === 'patient-care-tace-4');
    expect(care?.theme).toBe('patient-care');
    expect(care?.text).toContain('PCA overnight');
  });

  it('names the longest hands-on experience by hours', () => {
    const longest = personalPrompts(fixedLog()).find((prompt) => prompt.id.startsWith('longest-'));
    expect(longest?.citations).toEqual([{ kind: 'experience', id: 'exp-cancer' }]);
    expect(longest?.text).toContain('160 h');
  });

  it('asks about research outputs past the idea stage only, with their project', () => {
    const outputs = personalPrompts(fixedLog()).filter((prompt) => prompt.id.startsWith('output-'));
    expect(outputs.map((prompt) => prompt.id)).toEqual(['output-out-published']);
    expect(outputs[0]?.citations).toEqual([
      { kind: 'output', id: 'out-published' },
      { kind: 'experience', id: 'exp-research' },
    ]);
  });

  it('turns gaps and the career interest into prompts that cite nothing', () => {
    const prompts = personalPrompts(fixedLog());
    const gaps = prompts.filter((prompt) => prompt.id.startsWith('gap-'));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((prompt) => prompt.citations.length === 0)).toBe(true);
    expect(prompts.at(-1)).toMatchObject({ id: 'career-academic', theme: 'career-fit', citations: [] });
  });

  it('gives the same prompts in the same order for the same log', () => {
    expect(personalPrompts(fixedLog())).toEqual(personalPrompts(fixedLog()));
  });

  it('with an empty log, says what to log first and cites nothing', () => {
    const prompts = personalPrompts({ profile: null, experiences: [], researchOutputs: [], procedures: [], customProcedures: [] });
    expect(prompts.map((prompt) => prompt.id)).toEqual(['log-first-experiences', 'log-first-procedures']);
    expect(prompts.every((prompt) => prompt.citations.length === 0)).toBe(true);
  });
});
