import { z } from 'zod';
import { formatCount } from '../format-count';

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
