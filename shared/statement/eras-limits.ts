import { z } from 'zod';
import { formatCount } from '../format-count';
import { plural } from '../in-words';

/**
 * ERAS length limits as data. ERAS changes them from cycle to cycle, so each carries
 * where it comes from and for which application year, and the applicant can edit
 * them in Settings (saved overrides are merged over these defaults).
 */
export const LIMIT_KEYS = [
  'experiences',
  'descriptionChars',
  'mostMeaningful',
  'reflectionChars',
  'statementChars',
  'onePageWords',
] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

export interface LimitDefinition {
  key: LimitKey;
  label: string;
  value: number;
  unit: 'entries' | 'characters' | 'words';
  source: string;
  applicationYear: string;
  /** True for an ERAS rule; false for a writing convention shown only as a guide. */
  official: boolean;
  max: number;
}

const ERAS_SOURCE = 'AAMC ERAS applicant guidance (MyERAS application worksheet)';
// The season applying now (Match 2027); ERAS has used these figures since its experiences section was redesigned.
const ERAS_YEAR = 'ERAS 2027 season';

export const LIMIT_DEFINITIONS: readonly LimitDefinition[] = [
  { key: 'experiences', label: 'Experiences on the application', value: 10, unit: 'entries', source: ERAS_SOURCE, applicationYear: ERAS_YEAR, official: true, max: 50 },
  { key: 'descriptionChars', label: 'Characters per experience description', value: 750, unit: 'characters', source: ERAS_SOURCE, applicationYear: ERAS_YEAR, official: true, max: 10_000 },
  { key: 'mostMeaningful', label: '"Most meaningful" experiences', value: 3, unit: 'entries', source: ERAS_SOURCE, applicationYear: ERAS_YEAR, official: true, max: 10 },
  { key: 'reflectionChars', label: 'Characters per "most meaningful" reflection', value: 300, unit: 'characters', source: ERAS_SOURCE, applicationYear: ERAS_YEAR, official: true, max: 5_000 },
  { key: 'statementChars', label: 'Characters in the personal statement', value: 28_000, unit: 'characters', source: ERAS_SOURCE, applicationYear: ERAS_YEAR, official: true, max: 100_000 },
  {
    key: 'onePageWords',
    label: 'Words on one printed page (a convention, not an ERAS rule)',
    value: 800,
    unit: 'words',
    source: 'Common advice from program directors: a statement that fits on one page, roughly 650–850 words',
    applicationYear: 'any',
    official: false,
    max: 5_000,
  },
];

export type Limits = Record<LimitKey, number>;

export const DEFAULT_LIMITS: Limits = Object.fromEntries(LIMIT_DEFINITIONS.map((limit) => [limit.key, limit.value])) as Limits;

const limitValue = (definition: LimitDefinition) =>
  z
    .number({ error: `${definition.label}: enter a number` })
    .int(`${definition.label}: use a whole number`)
    .min(1, `${definition.label}: must be at least 1`)
    .max(definition.max, `${definition.label}: at most ${formatCount(definition.max)}`);

/** Saved overrides: any subset of the limits, each a sane positive whole number. */
export const limitOverridesSchema = z
  .object(Object.fromEntries(LIMIT_DEFINITIONS.map((definition) => [definition.key, limitValue(definition).optional()])) as {
    [K in LimitKey]: z.ZodOptional<z.ZodNumber>;
  })
  .strict();
export type LimitOverrides = z.infer<typeof limitOverridesSchema>;

/** The limits in force: the defaults with the applicant's overrides on top. */
export function resolveLimits(overrides: LimitOverrides): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of LIMIT_KEYS) {
    const value = overrides[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** Overrides that differ from the defaults only, so a later default change still reaches the user. */
export function overridesFrom(limits: Partial<Limits>): LimitOverrides {
  const overrides: LimitOverrides = {};
  for (const key of LIMIT_KEYS) {
    const value = limits[key];
    if (value !== undefined && value !== DEFAULT_LIMITS[key]) overrides[key] = value;
  }
  return overrides;
}

export type LimitProblems = Partial<Record<LimitKey, string>>;

/**
 * Relations the limits must keep with one another, each reported on the field it names.
 * Only one is a true contradiction: a reflection may be longer than a description, and the
 * one-page word count is a guide beside the character limit, not a bound on it.
 */
const LIMIT_RELATIONS: readonly { key: LimitKey; problem: (limits: Limits) => string | null }[] = [
  {
    key: 'mostMeaningful',
    problem: ({ mostMeaningful, experiences }) =>
      mostMeaningful > experiences
        ? `${definitionOf('mostMeaningful').label}: ${formatCount(mostMeaningful)} is more than the ${plural(experiences, 'experience', 'experiences')} on the application; only listed experiences can be marked`
        : null,
  },
];

function definitionOf(key: LimitKey): LimitDefinition {
  const definition = LIMIT_DEFINITIONS.find((candidate) => candidate.key === key);
  if (!definition) throw new Error(`No ERAS limit ${key}`);
  return definition;
}

/**
 * Checks limits as typed in Settings (NaN for an empty field): each a whole number in range,
 * none negative, and none contradicting another. Returns the limits or a message per field.
 */
export function checkLimits(values: Record<LimitKey, number>): { ok: true; limits: Limits } | { ok: false; problems: LimitProblems } {
  const problems: LimitProblems = {};
  for (const definition of LIMIT_DEFINITIONS) {
    const value = values[definition.key];
    if (value < 0) {
      problems[definition.key] = `${definition.label}: cannot be negative; enter a whole number of at least 1`;
      continue;
    }
    const parsed = limitValue(definition).safeParse(value);
    if (!parsed.success) problems[definition.key] = parsed.error.issues[0]?.message ?? `${definition.label}: not a valid limit`;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  for (const relation of LIMIT_RELATIONS) {
    const problem = relation.problem(values);
    if (problem) problems[relation.key] = problem;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, limits: { ...values } };
}
