import { CASE_MIX_CATEGORY_IDS, type CaseMixCategoryId } from './case-mix-categories';

/**
 * A category with this many logged cases or fewer counts as thin: the applicant has
 * barely seen that work, so programs strong in it are worth a closer look.
 */
export const THIN_EXPOSURE_MAX_CASES = 2;

export interface CategoryExposure {
  category: CaseMixCategoryId;
  cases: number;
  thin: boolean;
}

/**
 * The applicant's own case count per category, read from the exposure log's counts
 * (same category ids). Categories absent from `counts` have no cases.
 */
export function categoryExposure(counts: Partial<Record<CaseMixCategoryId, number>>): CategoryExposure[] {
  return CASE_MIX_CATEGORY_IDS.map((category) => {
    const cases = counts[category] ?? 0;
    return { category, cases, thin: cases <= THIN_EXPOSURE_MAX_CASES };
  });
}
