import { compactKey, lookup } from './procedure-vocabulary';
import { CATEGORIES, type CategoryId } from './taxonomy';

/** What people call the case-mix categories in their own spreadsheets. */
const CATEGORY_SYNONYMS: Record<CategoryId, readonly string[]> = {
  arterial: ['arterial intervention', 'arterial interventions', 'artery', 'embolization', 'embolisation', 'peripheral arterial', 'PAD'],
  'portal-hepatic': ['portal', 'hepatic', 'portal hepatic', 'portal hypertension', 'liver', 'hepatobiliary vascular'],
  oncologic: ['oncology', 'oncological', 'onc', 'interventional oncology', 'IO', 'tumor', 'tumour', 'cancer', 'ablation'],
  venous: ['vein', 'veins', 'venous intervention', 'venous interventions', 'venous disease', 'DVT'],
  'drainage-biliary-gu': [
    'drainage', 'drainages', 'drains', 'biliary', 'GU', 'genitourinary', 'urology', 'urologic', 'renal',
    'biliary and GU', 'drainage and biliary', 'nonvascular drainage',
  ],
  'dialysis-access': ['dialysis', 'hemodialysis', 'haemodialysis', 'HD access', 'hemodialysis access', 'AV access', 'fistula', 'dialysis interventions'],
  'nonvascular-msk': ['MSK', 'musculoskeletal', 'nonvascular', 'non-vascular', 'spine', 'spine and pain', 'pain', 'bone'],
  'lines-ports': ['lines', 'ports', 'line', 'port', 'lines ports', 'venous access', 'central venous access', 'central lines', 'CVC'],
};

const CATEGORY_NAMES = lookup<CategoryId>(CATEGORIES.map((c) => [c.id, [c.id, c.label, ...CATEGORY_SYNONYMS[c.id]]]));

/** The category a spreadsheet cell names ("Oncology", "MSK", "Dialysis access"), or undefined. */
export function readCategory(cell: string): CategoryId | undefined {
  return CATEGORY_NAMES.get(compactKey(cell));
}
