import { CATEGORY_IDS, type CategoryId } from '../exposure/taxonomy';

/**
 * Case-mix categories a program can be strong or weak in: the exposure tracker's
 * taxonomy categories, so a program's strengths line up with the applicant's own log.
 */
export const CASE_MIX_CATEGORY_IDS = CATEGORY_IDS;

export type CaseMixCategoryId = CategoryId;

export const CASE_MIX_CATEGORY_LABELS: Record<CaseMixCategoryId, string> = {
  arterial: 'Arterial work and embolization',
  'portal-hepatic': 'Portal and hepatic (TIPS, portal vein)',
  oncologic: 'Interventional oncology (TACE, Y90, ablation)',
  venous: 'Venous work (thrombectomy, filters, stenting)',
  'drainage-biliary-gu': 'Drainage, biliary and urinary access',
  'dialysis-access': 'Dialysis access',
  'nonvascular-msk': 'Non-vascular, spine and MSK',
  'lines-ports': 'Lines and ports',
};

/**
 * The high-yield categories: complex vascular and oncologic work that a resident
 * cannot make up for with a large count of routine lines and drains.
 */
export const ADVANCED_CATEGORY_IDS = ['arterial', 'portal-hepatic', 'oncologic', 'venous'] as const;
export type AdvancedCategoryId = (typeof ADVANCED_CATEGORY_IDS)[number];

export const CASE_MIX_STRENGTHS = ['none', 'some', 'strong', 'unknown'] as const;
export type CaseMixStrength = (typeof CASE_MIX_STRENGTHS)[number];

export const CASE_MIX_STRENGTH_LABELS: Record<CaseMixStrength, string> = {
  none: 'Not done here',
  some: 'Some',
  strong: 'Strong',
  unknown: 'Not known yet',
};
