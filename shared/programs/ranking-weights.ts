import { z } from 'zod';

/** Everything the ranking score is built from, in the order the breakdown shows it. */
export const SCORE_FACTORS = [
  'residentVolume',
  'caseMixBreadth',
  'advancedExposure',
  'autonomy',
  'competition',
  'imgFriendliness',
  'transparency',
  'location',
  'careerFit',
  'personalRating',
] as const;

export type ScoreFactor = (typeof SCORE_FACTORS)[number];

export const SCORE_FACTOR_LABELS: Record<ScoreFactor, string> = {
  residentVolume: 'Cases residents log',
  caseMixBreadth: 'Breadth of case mix',
  advancedExposure: 'Advanced (high-yield) work',
  autonomy: 'Hands-on autonomy',
  competition: 'Room left by fellows and APPs',
  imgFriendliness: 'Openness to IMGs',
  transparency: 'Straight answers',
  location: 'Location',
  careerFit: 'Fit with your career plans',
  personalRating: 'Your own rating',
};

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

const weightSchema = (label: string) =>
  z
    .number({ error: `${label} weight must be a number` })
    .min(WEIGHT_MIN, `${label} weight must be between ${WEIGHT_MIN} and ${WEIGHT_MAX}`)
    .max(WEIGHT_MAX, `${label} weight must be between ${WEIGHT_MIN} and ${WEIGHT_MAX}`);

export const rankingWeightsSchema = z.object(
  Object.fromEntries(SCORE_FACTORS.map((f) => [f, weightSchema(SCORE_FACTOR_LABELS[f])])) as Record<
    ScoreFactor,
    ReturnType<typeof weightSchema>
  >,
);

export type RankingWeights = z.infer<typeof rankingWeightsSchema>;

/**
 * Starting weights. Hands-on volume, advanced work and autonomy lead because the guidance
 * says they prepare a resident better than a famous name; IMG openness is high because an
 * IMG's interview offers are scarce. The applicant tunes these freely.
 */
export const DEFAULT_WEIGHTS: RankingWeights = {
  residentVolume: 9,
  caseMixBreadth: 6,
  advancedExposure: 8,
  autonomy: 8,
  competition: 6,
  imgFriendliness: 7,
  transparency: 5,
  location: 4,
  careerFit: 5,
  personalRating: 5,
};
