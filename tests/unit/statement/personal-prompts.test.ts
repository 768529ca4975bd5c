import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/exposure/experience-schema';
import type { ProcedureEntry } from '../../../shared/exposure/procedure-schema';
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
      'You observed 4 cases of chemoembolization (TACE) at Riverbend Cancer Institute. What did one of them teach you about choosing the right patient for it?',
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

  it('names the longest clinical experience by hours', () => {
    const longest = personalPrompts(fixedLog()).find((prompt) => prompt.id.startsWith('longest-'));
    expect(longest?.citations).toEqual([{ kind: 'experience', id: 'exp-cancer' }]);
    expect(longest?.text).toContain('160 h');
    // An observership is watching, not hands-on work.
    expect(longest?.text).toMatch(/^Your longest clinical experience is “IR observership” at Riverbend Cancer Institute \(observership, 160 h\)\./);
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

const lakeshore = makeExperience({ id: 'exp-lakeshore', title: 'IR observership', organisation: 'Lakeshore Medical Center', hours: { mode: 'total', total: 80 } });

/** Only what the advanced-procedure prompts read: the cases and the experiences they link to. */
function logOf(procedures: ProcedureEntry[], experiences: Experience[] = [observership, lakeshore]): StatementSourceData {
  return { profile: null, experiences, researchOutputs: [], procedures, customProcedures: [] };
}

const tacePromptOf = (data: StatementSourceData) => personalPrompts(data).find((prompt) => prompt.id === 'advanced-tace');
const QUESTION = 'What did one of them teach you about choosing the right patient for it?';

describe('personalPrompts: advanced procedures state only what the log holds', () => {
  it('splits cases from two sites and two roles instead of crediting one site and one role (the sample applicant’s TACE)', () => {
    const procedures = [
      ...Array.from({ length: 12 }, (_, i) => tace(i + 1)),
      ...Array.from({ length: 4 }, (_, i) => tace(i + 13, { experienceId: 'exp-lakeshore' })),
      tace(17, { experienceId: 'exp-lakeshore', role: 'assisted' }),
    ];
    const prompt = tacePromptOf(logOf(procedures));
    expect(prompt?.text).toBe(
      `You logged 17 cases of chemoembolization (TACE): 12 at Riverbend Cancer Institute and 5 at Lakeshore Medical Center. Of these, you observed 16 and assisted in 1. ${QUESTION}`,
    );
    // Every counted case, then both sites named, most cases first.
    expect(prompt?.citations.filter((citation) => citation.kind === 'procedure')).toHaveLength(17);
    expect(prompt?.citations.filter((citation) => citation.kind === 'experience')).toEqual([
      { kind: 'experience', id: 'exp-cancer' },
      { kind: 'experience', id: 'exp-lakeshore' },
    ]);
  });

  it('gives each site its own count when the role is the same everywhere', () => {
    const prompt = tacePromptOf(logOf([tace(1), tace(2), tace(3, { experienceId: 'exp-lakeshore' })]));
    expect(prompt?.text).toBe(`You observed 3 cases of chemoembolization (TACE): 2 at Riverbend Cancer Institute and 1 at Lakeshore Medical Center. ${QUESTION}`);
  });

  it('names the one site and splits the roles, from least to most involved', () => {
    const prompt = tacePromptOf(logOf([tace(1, { role: 'performed-supervised' }), tace(2), tace(3, { role: 'assisted' }), tace(4)]));
    expect(prompt?.text).toBe(
      `You logged 4 cases of chemoembolization (TACE) at Riverbend Cancer Institute. Of these, you observed 2, assisted in 1 and performed 1 under supervision. ${QUESTION}`,
    );
    expect(prompt?.citations.filter((citation) => citation.kind === 'experience')).toEqual([{ kind: 'experience', id: 'exp-cancer' }]);
  });

  it('keeps "under supervision" with the count when it is the only role', () => {
    const prompt = tacePromptOf(logOf([tace(1, { role: 'performed-supervised' }), tace(2, { role: 'performed-supervised' })]));
    expect(prompt?.text).toBe(`You performed 2 cases of chemoembolization (TACE) under supervision at Riverbend Cancer Institute. ${QUESTION}`);
  });

  it('speaks of a single case as that case', () => {
    const prompt = tacePromptOf(logOf([tace(1, { role: 'scrubbed' })]));
    expect(prompt?.text).toBe(
      'You scrubbed in on 1 case of chemoembolization (TACE) at Riverbend Cancer Institute. What did that case teach you about choosing the right patient for it?',
    );
    expect(prompt?.citations).toEqual([
      { kind: 'procedure', id: 'tace-1' },
      { kind: 'experience', id: 'exp-cancer' },
    ]);
  });

  it('names at most two sites, counts the rest, and never gives unlinked cases a site', () => {
    const city = makeExperience({ id: 'exp-city', organisation: 'City Hospital' });
    const procedures = [
      tace(1),
      tace(2),
      tace(3),
      tace(4, { experienceId: 'exp-lakeshore' }),
      tace(5, { experienceId: 'exp-lakeshore' }),
      tace(6, { experienceId: 'exp-city' }),
      tace(7, { experienceId: null }),
      tace(8, { experienceId: 'exp-deleted' }),
    ];
    const prompt = tacePromptOf(logOf(procedures, [observership, lakeshore, city]));
    expect(prompt?.text).toBe(
      `You observed 8 cases of chemoembolization (TACE): 3 at Riverbend Cancer Institute, 2 at Lakeshore Medical Center, 1 at one other site and 2 with no site logged. ${QUESTION}`,
    );
    // A deleted experience is not cited.
    expect(prompt?.citations.filter((citation) => citation.kind === 'experience').map((citation) => citation.id)).toEqual(['exp-cancer', 'exp-lakeshore', 'exp-city']);
  });

  it('does not name a site when no case is linked to one, nor use a title as a place', () => {
    expect(tacePromptOf(logOf([tace(1, { experienceId: null }), tace(2, { experienceId: null })]))?.text).toBe(`You observed 2 cases of chemoembolization (TACE). ${QUESTION}`);
    const untitledSite = makeExperience({ id: 'exp-nowhere', title: 'Summer shadowing', organisation: '' });
    expect(tacePromptOf(logOf([tace(1, { experienceId: 'exp-nowhere' })], [untitledSite]))?.text).toContain('1 case of chemoembolization (TACE) during “Summer shadowing”.');
  });

  it('counts two experiences at the same organisation as one site, citing both', () => {
    const elective = makeExperience({ id: 'exp-elective', kind: 'elective', title: 'IR elective', organisation: 'Riverbend Cancer Institute' });
    const prompt = tacePromptOf(logOf([tace(1), tace(2, { experienceId: 'exp-elective' }), tace(3)], [observership, elective]));
    expect(prompt?.text).toBe(`You observed 3 cases of chemoembolization (TACE) at Riverbend Cancer Institute. ${QUESTION}`);
    expect(prompt?.citations.filter((citation) => citation.kind === 'experience').map((citation) => citation.id)).toEqual(['exp-cancer', 'exp-elective']);
  });
});

describe('personalPrompts: other prompts claim no more than the log', () => {
  it('says "presented" for posters and talks, "published" for papers, and cites only a project that exists', () => {
    const data: StatementSourceData = {
      ...logOf([]),
      experiences: [research],
      researchOutputs: [
        makeResearchOutput({ id: 'out-poster', type: 'poster', status: 'published', title: 'Poster A', experienceId: 'exp-research' }),
        makeResearchOutput({ id: 'out-paper', type: 'manuscript', status: 'published', title: 'Paper B', experienceId: 'exp-deleted' }),
        makeResearchOutput({ id: 'out-abstract', type: 'abstract', status: 'published', title: 'Abstract C' }),
      ],
    };
    const outputs = personalPrompts(data).filter((prompt) => prompt.id.startsWith('output-'));
    // The log's one final status cannot tell whether an abstract was printed or presented.
    expect(outputs.map((prompt) => prompt.text.split('. What')[0])).toEqual([
      'Your abstract “Abstract C” has been published or presented',
      'Your manuscript “Paper B” has been published',
      'Your poster “Poster A” has been presented',
    ]);
    expect(outputs.find((prompt) => prompt.id === 'output-out-paper')?.citations).toEqual([{ kind: 'output', id: 'out-paper' }]);
  });

  it('claims "longest" only with hours to back it and no tie', () => {
    const longestOf = (experiences: Experience[]) => personalPrompts({ ...logOf([]), experiences }).find((prompt) => prompt.id.startsWith('longest-'))?.text;
    const twin = makeExperience({ id: 'exp-twin', title: 'Second observership', organisation: 'Lakeshore Medical Center', hours: { mode: 'total', total: 160 } });
    expect(longestOf([observership, twin])).toMatch(/^One of your longest clinical experiences is “IR observership” at Riverbend Cancer Institute \(observership, 160 h\)\./);
    const noHours = makeExperience({ id: 'exp-nohours', title: 'Shadowing', organisation: 'City Hospital', hours: { mode: 'none' } });
    expect(longestOf([noHours])).toMatch(/^Think back to your observership “Shadowing” at City Hospital\. What did you see there/);
  });

  it('names a reflection’s procedure with a correct article, even when it is no longer listed', () => {
    const prompts = personalPrompts(logOf([makeProcedure({ id: 'gone-1', procedureId: 'custom-deleted', date: '2026-03-05', learned: 'Watched the consent talk.', patientCare: '' })]));
    expect(prompts.find((prompt) => prompt.id === 'reflection-gone-1')?.text).toMatch(/^After an unlisted procedure on 2026-03-05 you wrote: “Watched the consent talk\.”/);
  });

  it('keeps acronyms in a kind label and lowers only ordinary words (the QA repro: "us clinical rotation")', () => {
    const rotation = makeExperience({ id: 'exp-mercy', kind: 'us-clinical-rotation', title: 'Medicine sub-internship', organisation: 'Mercy Valley Hospital (fictional)', hours: { mode: 'total', total: 600 } });
    const text = personalPrompts({ ...logOf([]), experiences: [rotation] }).find((prompt) => prompt.id === 'longest-exp-mercy')?.text;
    expect(text).toContain('at Mercy Valley Hospital (fictional) (US clinical rotation, 600 h).');
    expect(text).not.toContain('us clinical rotation');
  });

  it('names procedures mid-sentence in lower case, keeping their acronyms and dropping a catch-all’s "Other"', () => {
    const prompts = personalPrompts(
      logOf([
        makeProcedure({ id: 'mwa-1', procedureId: 'microwave-ablation', date: '2026-03-05', learned: 'Margins matter.', patientCare: '' }),
        makeProcedure({ id: 'tdt-1', procedureId: 'tumor-directed-therapy', date: '2026-03-04', learned: 'Tumor board decides.', patientCare: 'Pain plan agreed first.' }),
        makeProcedure({ id: 'picc-1', procedureId: 'picc', date: '2026-03-03', learned: '', patientCare: 'Checked the tip position.' }),
      ]),
    );
    const text = (id: string) => prompts.find((prompt) => prompt.id === id)?.text ?? '';
    expect(text('reflection-mwa-1')).toMatch(/^After the microwave ablation \(MWA\) on 2026-03-05 you wrote/);
    expect(text('reflection-tdt-1')).toMatch(/^After the tumor-directed therapy on 2026-03-04 you wrote/);
    expect(text('patient-care-tdt-1')).toContain('the care around the tumor-directed therapy on 2026-03-04');
    expect(text('patient-care-picc-1')).toContain('the care around the PICC line on 2026-03-03');
    expect(text('advanced-microwave-ablation')).toContain('1 case of microwave ablation (MWA)');
    expect(text('advanced-tumor-directed-therapy')).toContain('1 case of other tumor-directed therapy');
    expect(prompts.map((prompt) => prompt.text).join(' ')).not.toMatch(/the (Microwave|Other)|of (Microwave|Other)/);
  });

  it('keeps a custom procedure’s name as the applicant wrote it', () => {
    const data: StatementSourceData = {
      ...logOf([makeProcedure({ id: 'hick-1', procedureId: 'custom-hickman', date: '2026-03-06', learned: 'Tunnel length matters.', patientCare: '' })]),
      customProcedures: [{ id: 'custom-hickman', categoryId: 'lines-ports', name: 'Hickman line exchange', advanced: false }],
    };
    expect(personalPrompts(data).find((prompt) => prompt.id === 'reflection-hick-1')?.text).toMatch(/^After the Hickman line exchange on 2026-03-06/);
  });
});
