/** Warning signs and good signs, each with a stable id the UI and tests can rely on. */
export const RED_FLAG_IDS = [
  'service-volume-only',
  'below-floor',
  'volume-figures-disagree',
  'heavy-fellow-competition',
  'heavy-app-competition',
  'heavy-competition',
  'residents-assist-only',
  'vague-answers',
  'evasive-answers',
  'no-advanced-case-mix',
  'slow-service',
  'residents-as-technicians',
] as const;

export const GREEN_FLAG_IDS = [
  'specific-answers',
  'strong-resident-volume',
  'early-autonomy',
  'level1-trauma',
  'nci-cancer-center',
  'transplant-center',
  'broad-case-mix',
  'img-friendly',
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];
export type GreenFlagId = (typeof GREEN_FLAG_IDS)[number];
export type FlagId = RedFlagId | GreenFlagId;

export interface Flag {
  id: FlagId;
  kind: 'red' | 'green';
  reason: string;
}

export const RED_FLAG_REASONS: Record<RedFlagId, string> = {
  'service-volume-only':
    'The only number you have is the whole department’s; it says nothing yet about what residents log.',
  'below-floor': 'Residents here finish with fewer than about 1,000 logged procedures.',
  'volume-figures-disagree':
    'The resident figures are more than the whole department does; one of the numbers is wrong, so check them.',
  'heavy-fellow-competition': 'Fellows and ESIR residents outnumber the senior residents they share cases with.',
  'heavy-app-competition': 'There are many APPs per resident; check whether they take cases residents could do.',
  'heavy-competition': 'Fellows, ESIR residents and APPs together crowd the senior residents; ask which cases each group takes.',
  'residents-assist-only': 'Residents rarely lead the advanced cases; their part is mostly assisting.',
  'vague-answers': 'Two or more answers about case numbers were vague.',
  'evasive-answers': 'At least one question was dodged.',
  'no-advanced-case-mix': 'Little or no embolization, TIPS, oncologic or venous work reaches residents.',
  'slow-service': 'The service has slow days with few cases.',
  'residents-as-technicians': 'Residents describe moving the list along with little teaching or protected time.',
};

export const GREEN_FLAG_REASONS: Record<GreenFlagId, string> = {
  'specific-answers': 'Every answer about case numbers was specific, given without hesitating.',
  'strong-resident-volume': 'Graduates log about 1,500 procedures or more.',
  'early-autonomy': 'Residents lead complex cases by PGY-4 or earlier.',
  'level1-trauma': 'A Level I trauma center brings emergency embolization work.',
  'nci-cancer-center': 'An NCI-designated cancer center brings TACE, Y90 and ablation work.',
  'transplant-center': 'A transplant center brings portal hypertension, TIPS and liver work.',
  'broad-case-mix': 'Residents see at least six of the eight kinds of IR work.',
  'img-friendly': 'The program has IMG residents now or has taken IMGs recently.',
};

/** The facts flags are decided from; the evaluation fills this in. */
export interface FlagFacts {
  serviceVolumeOnly: boolean;
  belowFloor: boolean;
  volumeFiguresDisagree: boolean;
  strongResidentVolume: boolean;
  heavyFellowCompetition: boolean;
  heavyAppCompetition: boolean;
  heavyCombinedCompetition: boolean;
  residentsAssistOnly: boolean;
  vagueAnswers: boolean;
  evasiveAnswers: boolean;
  specificAnswers: boolean;
  noAdvancedCaseMix: boolean;
  slowService: boolean;
  residentsAsTechnicians: boolean;
  earlyAutonomy: boolean;
  level1Trauma: boolean;
  nciCancerCenter: boolean;
  transplantCenter: boolean;
  broadCaseMix: boolean;
  imgFriendly: boolean;
}

const RED_FACT: Record<RedFlagId, keyof FlagFacts> = {
  'service-volume-only': 'serviceVolumeOnly',
  'below-floor': 'belowFloor',
  'volume-figures-disagree': 'volumeFiguresDisagree',
  'heavy-fellow-competition': 'heavyFellowCompetition',
  'heavy-app-competition': 'heavyAppCompetition',
  'heavy-competition': 'heavyCombinedCompetition',
  'residents-assist-only': 'residentsAssistOnly',
  'vague-answers': 'vagueAnswers',
  'evasive-answers': 'evasiveAnswers',
  'no-advanced-case-mix': 'noAdvancedCaseMix',
  'slow-service': 'slowService',
  'residents-as-technicians': 'residentsAsTechnicians',
};

const GREEN_FACT: Record<GreenFlagId, keyof FlagFacts> = {
  'specific-answers': 'specificAnswers',
  'strong-resident-volume': 'strongResidentVolume',
  'early-autonomy': 'earlyAutonomy',
  'level1-trauma': 'level1Trauma',
  'nci-cancer-center': 'nciCancerCenter',
  'transplant-center': 'transplantCenter',
  'broad-case-mix': 'broadCaseMix',
  'img-friendly': 'imgFriendly',
};

/**
 * The flags the facts raise. `reasons` replaces the standard wording for a flag whose
 * reason should carry this program's own counts or numbers.
 */
export function deriveFlags(
  facts: FlagFacts,
  reasons: Partial<Record<FlagId, string>> = {},
): { red: Flag[]; green: Flag[] } {
  return {
    red: RED_FLAG_IDS.filter((id) => facts[RED_FACT[id]]).map((id) => ({
      id,
      kind: 'red' as const,
      reason: reasons[id] ?? RED_FLAG_REASONS[id],
    })),
    green: GREEN_FLAG_IDS.filter((id) => facts[GREEN_FACT[id]]).map((id) => ({
      id,
      kind: 'green' as const,
      reason: reasons[id] ?? GREEN_FLAG_REASONS[id],
    })),
  };
}
