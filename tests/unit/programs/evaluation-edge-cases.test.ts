import { describe, expect, it } from 'vitest';
import { bestVolumeFigures, classifyCaseVolume } from '../../../shared/programs/case-volume';
import { competitionReading } from '../../../shared/programs/competition';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { transparencyReading } from '../../../shared/programs/transparency';
import { localToday } from '../../../shared/local-today';
import { programToDraft } from '../../../shared/programs/program-draft';
import { programDraftSchema, programSchema, type InterviewAnswer } from '../../../shared/programs/program-schema';
import { programListSummary } from '../../../shared/programs/program-summary';
import { factorValues } from '../../../shared/programs/scoring';
import { figure, makeProgram } from './program-fixture';

const redFlag = (p: ReturnType<typeof makeProgram>, id: string, asOf?: string) =>
  evaluateProgram(p, { asOf }).flags.red.find((f) => f.id === id);

describe('competition when a program has no integrated IR residents', () => {
  const learners = { irResidentsPerClass: 0, independentFellows: 3, esirResidents: 2, apps: 12 };

  it('reads 0 residents as an answer: fellows and APPs with no residents is heavy', () => {
    const reading = competitionReading(learners);
    expect(reading).toMatchObject({
      level: 'heavy',
      seniorResidents: 0,
      fellowsAndEsir: 5,
      apps: 12,
      othersPerResident: null,
      note: 'No integrated IR residents here: the cases go to 3 independent IR fellows, 2 ESIR residents and 12 APPs.',
    });
  });

  it('raises both competition flags in words that do not divide by zero residents', () => {
    const program = makeProgram('ESIR only', (p) => (p.competingLearners = learners));
    expect(redFlag(program, 'heavy-fellow-competition')?.reason).toBe(
      'There are no integrated IR residents; 3 independent IR fellows and 2 ESIR residents take the cases. Ask how the hands-on work is shared.',
    );
    expect(redFlag(program, 'heavy-app-competition')?.reason).toBe(
      'There are no integrated IR residents, and 12 APPs share the cases with 3 independent IR fellows and 2 ESIR residents. Ask which cases the APPs take.',
    );
    expect(evaluateProgram(program).unknowns.map((u) => u.id)).not.toContain('competing-learners');
    expect(factorValues(evaluateProgram(program), 'undecided').competition).toBe(0.2);
  });

  it('is low when every group is known to be zero, and unknown while a group is missing', () => {
    expect(competitionReading({ irResidentsPerClass: 0, independentFellows: 0, esirResidents: 0, apps: 0 }).level).toBe('low');
    expect(competitionReading({ irResidentsPerClass: 0, independentFellows: 0, esirResidents: null, apps: 0 }).level).toBe(
      'unknown',
    );
    expect(competitionReading({ irResidentsPerClass: null, independentFellows: 3, esirResidents: 2, apps: 12 }).level).toBe(
      'unknown',
    );
  });

  it('names only the APPs when there are no trainees besides them', () => {
    const program = makeProgram('APPs only', (p) => {
      p.competingLearners = { irResidentsPerClass: 0, independentFellows: 0, esirResidents: 0, apps: 1 };
    });
    expect(redFlag(program, 'heavy-fellow-competition')).toBeUndefined();
    expect(redFlag(program, 'heavy-app-competition')?.reason).toBe(
      'There are no integrated IR residents; 1 APP does the cases. Ask which cases a trainee would get.',
    );
  });
});

describe('vague and dodged answers', () => {
  const answer = (questionId: string, clarity: InterviewAnswer['clarity']): InterviewAnswer => ({
    questionId,
    answer: '',
    answeredBy: 'resident',
    clarity,
    date: '2026-01-20',
  });

  it('one vague answer to a question not about numbers raises no flag and reads as mixed', () => {
    const program = makeProgram('One vague', (p) => (p.answers = [answer('resident-hands-on', 'vague')]));
    const evaluation = evaluateProgram(program);
    expect(evaluation.flags.red).toEqual([]);
    expect(evaluation.transparency).toMatchObject({ level: 'mixed', vague: 1, aboutNumbers: { answered: 0, vague: 0 } });
  });

  it('one vague answer about numbers is counted but is not "several"', () => {
    const program = makeProgram('One vague number', (p) => (p.answers = [answer('faculty-graduation-total', 'vague')]));
    expect(redFlag(program, 'vague-answers')).toBeUndefined();
    expect(evaluateProgram(program).transparency).toMatchObject({ level: 'mixed', aboutNumbers: { vague: 1 } });
  });

  it('two vague answers about numbers raise the flag and say how many', () => {
    const program = makeProgram('Two vague', (p) => {
      p.answers = [
        answer('faculty-graduation-total', 'vague'),
        answer('faculty-per-year', 'vague'),
        answer('resident-hands-on', 'vague'),
        answer('faculty-case-mix', 'specific'),
      ];
    });
    expect(redFlag(program, 'vague-answers')?.reason).toBe('2 answers about case numbers were vague.');
    expect(evaluateProgram(program).transparency.level).toBe('vague');
  });

  it('needs two unclear answers before transparency reads as vague', () => {
    expect(transparencyReading([answer('resident-hands-on', 'vague')]).level).toBe('mixed');
    expect(transparencyReading([answer('resident-hands-on', 'vague'), answer('resident-wish-more', 'vague')]).level).toBe(
      'vague',
    );
  });

  it('says how many questions were dodged and whether they were about numbers', () => {
    const one = makeProgram('Dodge', (p) => (p.answers = [answer('resident-fellow-competition', 'evasive')]));
    expect(redFlag(one, 'evasive-answers')?.reason).toBe('1 question was dodged.');
    const numbers = makeProgram('Dodge numbers', (p) => (p.answers = [answer('faculty-per-year', 'evasive')]));
    expect(redFlag(numbers, 'evasive-answers')?.reason).toBe('1 question about case numbers was dodged.');
    const both = makeProgram('Dodge both', (p) => {
      p.answers = [answer('faculty-per-year', 'evasive'), answer('resident-fellow-competition', 'evasive')];
    });
    expect(redFlag(both, 'evasive-answers')?.reason).toBe('2 questions were dodged, 1 of them about case numbers.');
  });
});

describe('volume figures dated in the future', () => {
  const asOf = '2026-11-29';

  it('refuses a future "date learned" at input, and accepts today', () => {
    const draftWith = (learnedOn: string) =>
      programToDraft(makeProgram('Dated', (p) => (p.volumeFigures = [figure('resident-graduation-total', 1800, { learnedOn })])));
    const future = programDraftSchema.safeParse(draftWith('2035-03-01'));
    expect(future.success).toBe(false);
    expect(future.error?.issues.map((i) => i.message)).toEqual([
      "Date learned 2035-03-01 is in the future: use today's date or an earlier one",
    ]);
    expect(programDraftSchema.safeParse(draftWith(localToday())).success).toBe(true);
  });

  it('still loads a stored program that holds a future-dated figure', () => {
    const stored = makeProgram('Old file', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 600, { learnedOn: '2035-03-01' })];
    });
    expect(programSchema.safeParse(stored).success).toBe(true);
  });

  it('compares by calendar day: today is not the future', () => {
    const today = figure('resident-graduation-total', 1800, { learnedOn: asOf });
    const older = figure('resident-graduation-total', 1200, { learnedOn: '2025-01-01' });
    expect(bestVolumeFigures({ volumeFigures: [older, today] }, asOf)['resident-graduation-total']).toBe(today);
  });

  it('never lets a future-dated figure win "newest" over real ones', () => {
    const program = makeProgram('Typo', (p) => {
      p.volumeFigures = [
        figure('resident-graduation-total', 1800, { learnedOn: '2026-03-01' }),
        figure('resident-graduation-total', 600, { learnedOn: '2035-03-01' }),
        figure('resident-graduation-total', 1700, { learnedOn: '2025-09-01' }),
      ];
    });
    const evaluation = evaluateProgram(program, { asOf });
    expect(evaluation.volumeFigures['resident-graduation-total']?.value).toBe(1800);
    expect(evaluation.caseVolume.level).toBe('strong');
    // The mistyped 600 still disagrees with the 1,800 in use, and the list says so.
    expect(programListSummary(program, { asOf }).volume.label).toBe('Strong (resident-level, figures disagree)');
  });

  it('uses a future-dated figure only when it is the only one, and asks to correct its date', () => {
    const program = makeProgram('Only typo', (p) => {
      p.volumeFigures = [figure('resident-graduation-total', 1800, { learnedOn: '2035-03-01' })];
    });
    const evaluation = evaluateProgram(program, { asOf });
    expect(evaluation.volumeFigures['resident-graduation-total']?.value).toBe(1800);
    expect(evaluation.unknowns.find((u) => u.id === 'resident-total')?.reason).toBe(
      'Your graduation total is dated 2035-03-01, which is after today; correct the date.',
    );
  });
});

describe('resident figures larger than the whole department', () => {
  const impossible = () =>
    makeProgram('Impossible', (p) => {
      p.volumeFigures = [
        figure('departmental-annual', 1000),
        figure('resident-per-core-year', 5000),
        figure('resident-graduation-total', 20_000),
      ];
    });

  it('gives no level and reports each mismatch', () => {
    expect(classifyCaseVolume({ departmentalAnnual: 1000, perCoreIrYear: 5000, graduateTotal: 20_000 })).toEqual({
      level: 'unknown',
      basis: 'resident',
      perYearLevel: 'unknown',
      mismatches: ['per-year-above-department', 'total-above-department'],
    });
  });

  it('raises a "check these numbers" flag instead of the strong verdict', () => {
    const evaluation = evaluateProgram(impossible());
    expect(evaluation.flags.green.map((f) => f.id)).not.toContain('strong-resident-volume');
    expect(evaluation.flags.red.map((f) => f.id)).not.toContain('below-floor');
    const reason =
      'These figures do not add up: a resident is said to log 5,000 procedures in a core IR year, but the whole department does 1,000 a year; ' +
      'and a resident is said to log 20,000 procedures by graduation, more than the whole department does in 5 years (5,000 at 1,000 a year). ' +
      'One of them is wrong, so check them before trusting either.';
    expect(evaluation.flags.red.find((f) => f.id === 'volume-figures-disagree')?.reason).toBe(reason);
    expect(evaluation.unknowns.find((u) => u.id === 'resident-total')?.reason).toBe(reason);
    expect(programListSummary(impossible()).volume).toEqual({ label: 'Figures do not add up', tone: 'warning' });
    expect(factorValues(evaluation, 'undecided').residentVolume).toBeNull();
  });

  it('accepts a total that fits within five years of the department’s work', () => {
    const program = makeProgram('Plausible', (p) => {
      p.volumeFigures = [figure('departmental-annual', 1000), figure('resident-graduation-total', 1600)];
    });
    const evaluation = evaluateProgram(program);
    expect(evaluation.caseVolume.level).toBe('strong');
    expect(evaluation.caseVolume.mismatches).toBeUndefined();
    expect(evaluation.flags.green.map((f) => f.id)).toContain('strong-resident-volume');
  });

  it('flags a per-year figure above the department even without a total', () => {
    expect(classifyCaseVolume({ departmentalAnnual: 300, perCoreIrYear: 350 }).mismatches).toEqual([
      'per-year-above-department',
    ]);
    // One resident logging every case the department does is already impossible.
    expect(classifyCaseVolume({ departmentalAnnual: 300, perCoreIrYear: 300 }).mismatches).toEqual(['per-year-above-department']);
    expect(classifyCaseVolume({ departmentalAnnual: 300, perCoreIrYear: 299 }).mismatches).toBeUndefined();
  });
});
