import { newProgramDraft, type Program, type VolumeFigure } from '../../../shared/programs/program-schema';

let nextId = 0;

/** A valid program with everything unknown, changed by `edit`. */
export function makeProgram(name: string, edit: (p: Program) => void = () => {}): Program {
  nextId += 1;
  const draft = newProgramDraft(name);
  const program: Program = {
    ...draft,
    id: `program-${nextId}`,
    volumeFigures: [],
  };
  edit(program);
  return program;
}

export function figure(
  kind: VolumeFigure['kind'],
  value: number,
  extra: Partial<VolumeFigure> = {},
): VolumeFigure {
  nextId += 1;
  return {
    id: `figure-${nextId}`,
    kind,
    value,
    source: 'program-website',
    learnedOn: '2026-01-10',
    confidence: 'medium',
    note: '',
    ...extra,
  };
}

/** A program that is strong on every factor, for ranking and stability tests. */
export function dominantProgram(name = 'Dominant'): Program {
  return makeProgram(name, (p) => {
    p.volumeFigures = [figure('resident-graduation-total', 2600, { confidence: 'high' })];
    for (const key of Object.keys(p.caseMix) as (keyof Program['caseMix'])[]) p.caseMix[key] = 'strong';
    p.autonomy = { primaryOperatorFromPgy: 2, residentsOnlyAssistAdvanced: false };
    p.competingLearners = { irResidentsPerClass: 3, independentFellows: 0, esirResidents: 0, apps: 0 };
    p.imgFriendliness = { currentImgResidents: 2, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'no' };
    p.institutionalContext = {
      level1Trauma: true,
      nciCancerCenter: true,
      transplantCenter: true,
      tertiaryReferral: true,
      vaAffiliation: true,
      independentFellowship: true,
      fellowshipSinceYear: 2000,
    };
    p.answers = ['faculty-graduation-total', 'faculty-per-year', 'resident-hands-on'].map((questionId) => ({
      questionId,
      answer: 'Specific numbers',
      answeredBy: 'faculty' as const,
      clarity: 'specific' as const,
      date: '2026-01-15',
    }));
    p.serviceSlow = false;
    p.personalRating = 5;
    p.locationPreference = 5;
  });
}
