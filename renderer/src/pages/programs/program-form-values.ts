import type {
  CaseMix,
  ImgFriendliness,
  PrelimApplication,
  Program,
  ProgramDraft,
  ProgramPathway,
  ProgramStatus,
  TriState,
  VolumeFigure,
} from '../../../../shared/programs/program-schema';

/** Number inputs hold '' while empty; empty means "not known yet", never 0. */
export type NumberField = number | string;

export interface VolumeFigureRow extends Omit<VolumeFigure, 'id'> {
  /** Only for React lists: the main process issues new figure ids on every save. */
  key: string;
}

export interface ProgramFormValues {
  name: string;
  institution: string;
  city: string;
  state: string;
  website: string;
  status: ProgramStatus;
  pathways: { key: string; pathway: ProgramPathway | ''; positionsPerYear: NumberField }[];
  integratedStartsPgy2: boolean;
  prelimApplications: PrelimApplication[];
  institutionalContext: {
    level1Trauma: TriState;
    nciCancerCenter: TriState;
    transplantCenter: TriState;
    tertiaryReferral: TriState;
    vaAffiliation: TriState;
    independentFellowship: TriState;
    fellowshipSinceYear: NumberField;
  };
  competingLearners: {
    irResidentsPerClass: NumberField;
    independentFellows: NumberField;
    esirResidents: NumberField;
    apps: NumberField;
  };
  autonomy: { primaryOperatorFromPgy: string; residentsOnlyAssistAdvanced: TriState };
  caseMix: CaseMix;
  imgFriendliness: Omit<ImgFriendliness, 'currentImgResidents'> & { currentImgResidents: NumberField };
  serviceSlow: TriState;
  personalRating: string;
  locationPreference: string;
  notes: string;
  volumeFigures: VolumeFigureRow[];
  traineeSharePercent: NumberField;
}

export type ContextField = Exclude<keyof ProgramFormValues['institutionalContext'], 'fellowshipSinceYear'>;

let keyCounter = 0;
export const rowKey = () => `row-${(keyCounter += 1)}`;

const tri = (value: boolean | null): TriState => (value === null ? 'unknown' : value ? 'yes' : 'no');
const fromTri = (value: TriState): boolean | null => (value === 'unknown' ? null : value === 'yes');
const numberField = (value: number | null): NumberField => value ?? '';
/** Anything typed that is not a number stays as text, so the schema says "must be a number". */
const fromNumberField = (value: NumberField): unknown =>
  value === '' ? null : typeof value === 'number' ? value : Number.isNaN(Number(value)) ? value : Number(value);

export function programToForm(program: Program | ProgramDraft): ProgramFormValues {
  const ctx = program.institutionalContext;
  const learners = program.competingLearners;
  return {
    name: program.name,
    institution: program.institution,
    city: program.city,
    state: program.state,
    website: program.website ?? '',
    status: program.status,
    pathways: program.pathways.map((p) => ({ key: rowKey(), pathway: p.pathway, positionsPerYear: numberField(p.positionsPerYear) })),
    integratedStartsPgy2: program.integratedStartsPgy2,
    prelimApplications: program.prelimApplications,
    institutionalContext: {
      level1Trauma: tri(ctx.level1Trauma),
      nciCancerCenter: tri(ctx.nciCancerCenter),
      transplantCenter: tri(ctx.transplantCenter),
      tertiaryReferral: tri(ctx.tertiaryReferral),
      vaAffiliation: tri(ctx.vaAffiliation),
      independentFellowship: tri(ctx.independentFellowship),
      fellowshipSinceYear: numberField(ctx.fellowshipSinceYear),
    },
    competingLearners: {
      irResidentsPerClass: numberField(learners.irResidentsPerClass),
      independentFellows: numberField(learners.independentFellows),
      esirResidents: numberField(learners.esirResidents),
      apps: numberField(learners.apps),
    },
    autonomy: {
      primaryOperatorFromPgy: program.autonomy.primaryOperatorFromPgy === null ? '' : String(program.autonomy.primaryOperatorFromPgy),
      residentsOnlyAssistAdvanced: tri(program.autonomy.residentsOnlyAssistAdvanced),
    },
    caseMix: program.caseMix,
    imgFriendliness: { ...program.imgFriendliness, currentImgResidents: numberField(program.imgFriendliness.currentImgResidents) },
    serviceSlow: tri(program.serviceSlow),
    personalRating: program.personalRating === null ? 'unknown' : String(program.personalRating),
    locationPreference: program.locationPreference === null ? 'unknown' : String(program.locationPreference),
    notes: program.notes,
    volumeFigures: program.volumeFigures.map((figure) => {
      const { id: _id, ...rest } = figure as VolumeFigure;
      return { ...rest, key: rowKey() };
    }),
    traineeSharePercent: numberField(program.traineeSharePercent),
  };
}

const rating = (value: string) => (value === 'unknown' ? null : Number(value));

/**
 * The editor's fields laid over the saved draft (which keeps answers, checklist and status
 * history). Paths match the schema's, so its messages land on the right input. Fields the
 * editor hides send their empty value, so nothing unseen can block a save or be saved.
 */
export function formToDraftInput(values: ProgramFormValues, base: ProgramDraft): Record<string, unknown> {
  const ctx = values.institutionalContext;
  const learners = values.competingLearners;
  const website = values.website.trim();
  const { website: _oldWebsite, ...baseWithoutWebsite } = base;
  return {
    ...baseWithoutWebsite,
    name: values.name,
    institution: values.institution,
    city: values.city,
    state: values.state,
    ...(website ? { website } : {}),
    status: values.status,
    pathways: values.pathways.map((p) => ({
      pathway: p.pathway || undefined,
      positionsPerYear: fromNumberField(p.positionsPerYear),
    })),
    integratedStartsPgy2: values.integratedStartsPgy2,
    // Shown only while the PGY-2 switch is on (PathwaysSection): hidden rows are neither checked nor kept.
    prelimApplications: values.integratedStartsPgy2 ? values.prelimApplications : [],
    institutionalContext: {
      level1Trauma: fromTri(ctx.level1Trauma),
      nciCancerCenter: fromTri(ctx.nciCancerCenter),
      transplantCenter: fromTri(ctx.transplantCenter),
      tertiaryReferral: fromTri(ctx.tertiaryReferral),
      vaAffiliation: fromTri(ctx.vaAffiliation),
      independentFellowship: fromTri(ctx.independentFellowship),
      // Shown only while the fellowship is "yes" (ContextSection): a hidden year is neither checked nor kept.
      fellowshipSinceYear: ctx.independentFellowship === 'yes' ? fromNumberField(ctx.fellowshipSinceYear) : null,
    },
    competingLearners: {
      irResidentsPerClass: fromNumberField(learners.irResidentsPerClass),
      independentFellows: fromNumberField(learners.independentFellows),
      esirResidents: fromNumberField(learners.esirResidents),
      apps: fromNumberField(learners.apps),
    },
    autonomy: {
      primaryOperatorFromPgy: values.autonomy.primaryOperatorFromPgy === '' ? null : Number(values.autonomy.primaryOperatorFromPgy),
      residentsOnlyAssistAdvanced: fromTri(values.autonomy.residentsOnlyAssistAdvanced),
    },
    caseMix: values.caseMix,
    imgFriendliness: { ...values.imgFriendliness, currentImgResidents: fromNumberField(values.imgFriendliness.currentImgResidents) },
    serviceSlow: fromTri(values.serviceSlow),
    personalRating: rating(values.personalRating),
    locationPreference: rating(values.locationPreference),
    notes: values.notes,
    volumeFigures: values.volumeFigures.map(({ key: _key, ...figure }) => figure),
    traineeSharePercent: fromNumberField(values.traineeSharePercent),
  };
}
