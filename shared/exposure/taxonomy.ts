import { z } from 'zod';
import { idSchema } from '../schema/common';

/**
 * The IR case-mix taxonomy as data. Ids are stable: they are stored in the
 * procedure log, so rename labels freely but never change or reuse an id.
 */

export const CATEGORY_IDS = [
  'arterial',
  'portal-hepatic',
  'oncologic',
  'venous',
  'drainage-biliary-gu',
  'dialysis-access',
  'nonvascular-msk',
  'lines-ports',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Kinds of institution whose patient mix predicts which IR work a learner sees. */
export const INSTITUTION_KINDS = [
  'level-1-trauma-center',
  'nci-cancer-center',
  'transplant-center',
  'tertiary-referral-center',
  'community-or-hybrid-hospital',
  'any-active-ir-service',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INSTITUTION_LABELS: Record<InstitutionKind, string> = {
  'level-1-trauma-center': 'Level I trauma center',
  'nci-cancer-center': 'NCI-designated cancer center',
  'transplant-center': 'Liver transplant center',
  'tertiary-referral-center': 'Tertiary referral center',
  'community-or-hybrid-hospital': 'Busy community or hybrid hospital',
  'any-active-ir-service': 'Any hospital with an active IR service',
};

export interface CaseMixCategory {
  id: CategoryId;
  label: string;
  /** Where this work is concentrated, first the best bet; used for gap advice. */
  concentratesAt: readonly InstitutionKind[];
  /** One line, in our words, on why those places see more of it. */
  whereToSeeIt: string;
}

export const CATEGORIES: readonly CaseMixCategory[] = [
  {
    id: 'arterial',
    label: 'Arterial',
    concentratesAt: ['level-1-trauma-center', 'tertiary-referral-center'],
    whereToSeeIt:
      'Bleeding and trauma embolization cluster at Level I trauma centers; peripheral arterial work at busy referral hospitals.',
  },
  {
    id: 'portal-hepatic',
    label: 'Portal / hepatic',
    concentratesAt: ['transplant-center'],
    whereToSeeIt:
      'Liver transplant programs carry the portal hypertension patients who need TIPS and portal vein work.',
  },
  {
    id: 'oncologic',
    label: 'Oncologic',
    concentratesAt: ['nci-cancer-center'],
    whereToSeeIt:
      'NCI-designated cancer centers run the liver-directed therapy and ablation lists (TACE, Y90, ablation).',
  },
  {
    id: 'venous',
    label: 'Venous',
    concentratesAt: ['tertiary-referral-center'],
    whereToSeeIt:
      'Clot removal, venous stenting and difficult filter retrievals are usually referred to tertiary centers.',
  },
  {
    id: 'drainage-biliary-gu',
    label: 'Drainage / biliary / GU',
    concentratesAt: ['tertiary-referral-center', 'transplant-center'],
    whereToSeeIt:
      'Complex biliary and abscess work follows hepatobiliary surgery and transplant services.',
  },
  {
    id: 'dialysis-access',
    label: 'Dialysis access',
    concentratesAt: ['community-or-hybrid-hospital'],
    whereToSeeIt:
      'Any hospital with a large dialysis population keeps a steady flow of access cases.',
  },
  {
    id: 'nonvascular-msk',
    label: 'Non-vascular / MSK',
    concentratesAt: ['community-or-hybrid-hospital', 'tertiary-referral-center'],
    whereToSeeIt:
      'Spine and pain procedures depend on whether the IR practice runs a spine or pain service.',
  },
  {
    id: 'lines-ports',
    label: 'Lines and ports',
    concentratesAt: ['any-active-ir-service'],
    whereToSeeIt: 'Every active IR service places lines and ports daily.',
  },
];

export interface TaxonomyProcedure {
  id: string;
  categoryId: CategoryId;
  name: string;
  /** Short forms people type in logs and spreadsheets (matched case-insensitively). */
  aliases: readonly string[];
  /** High training yield: arterial work, embolization, TIPS, TACE/Y90, ablation, recanalization. */
  advanced: boolean;
}

/*
 * `advanced` follows the guidance's high-yield list. Judgement calls (not on
 * that list either way) are marked inline with the reason.
 */
export const PROCEDURES: readonly TaxonomyProcedure[] = [
  // Arterial: all arterial interventions and embolizations are high yield.
  { id: 'peripheral-angioplasty-stenting', categoryId: 'arterial', name: 'Peripheral angioplasty and stenting', aliases: ['PTA', 'peripheral angioplasty', 'peripheral stenting'], advanced: true },
  { id: 'gi-bleed-embolization', categoryId: 'arterial', name: 'Embolization for GI bleeding', aliases: ['GI bleed embolization', 'GIB embolization'], advanced: true },
  { id: 'trauma-embolization', categoryId: 'arterial', name: 'Trauma embolization', aliases: ['trauma embo'], advanced: true },
  { id: 'ufe', categoryId: 'arterial', name: 'Uterine fibroid embolization', aliases: ['UFE', 'UAE', 'uterine artery embolization'], advanced: true },

  { id: 'tips', categoryId: 'portal-hepatic', name: 'Transjugular intrahepatic portosystemic shunt', aliases: ['TIPS', 'TIPSS'], advanced: true },
  { id: 'portal-vein-intervention', categoryId: 'portal-hepatic', name: 'Portal vein intervention', aliases: ['PVE', 'portal vein embolization', 'portal vein recanalization'], advanced: true },

  { id: 'tace', categoryId: 'oncologic', name: 'Chemoembolization', aliases: ['TACE', 'DEB-TACE', 'chemoembo'], advanced: true },
  { id: 'y90', categoryId: 'oncologic', name: 'Radioembolization', aliases: ['Y90', 'Y-90', 'TARE', 'SIRT'], advanced: true },
  { id: 'microwave-ablation', categoryId: 'oncologic', name: 'Microwave ablation', aliases: ['MWA'], advanced: true },
  { id: 'radiofrequency-ablation', categoryId: 'oncologic', name: 'Radiofrequency ablation', aliases: ['RFA'], advanced: true },
  { id: 'cryoablation', categoryId: 'oncologic', name: 'Cryoablation', aliases: ['cryo'], advanced: true },
  // Judgement: biopsies are frequent single-needle cases, closer to routine work than to ablation.
  { id: 'image-guided-biopsy', categoryId: 'oncologic', name: 'Image-guided biopsy', aliases: ['biopsy', 'bx'], advanced: false },
  // Judgement: "other tumor-directed therapy" means catheter or needle treatment of a tumor, which is high yield.
  { id: 'tumor-directed-therapy', categoryId: 'oncologic', name: 'Other tumor-directed therapy', aliases: [], advanced: true },

  { id: 'dvt-thrombectomy-lysis', categoryId: 'venous', name: 'DVT thrombectomy or lysis', aliases: ['DVT thrombectomy', 'DVT lysis', 'catheter-directed thrombolysis', 'CDT'], advanced: true },
  // Judgement: a routine filter placement is a short, single-device case.
  { id: 'ivc-filter-placement', categoryId: 'venous', name: 'IVC filter placement', aliases: ['IVC filter', 'IVCF'], advanced: false },
  // No short forms: a plain "IVC filter removal" is often a routine retrieval, which the taxonomy does
  // not list, and reading it as this advanced case would inflate the advanced share. The user chooses.
  { id: 'ivc-filter-removal-complex', categoryId: 'venous', name: 'Complex IVC filter removal', aliases: [], advanced: true },
  { id: 'venous-stenting', categoryId: 'venous', name: 'Venous stenting for obstruction', aliases: ['venous stent', 'venous recanalization'], advanced: true },

  // Judgement: the guidance groups complex biliary and abscess work with advanced drainage; simple drains are routine.
  { id: 'biliary-drainage', categoryId: 'drainage-biliary-gu', name: 'Complex percutaneous biliary drainage', aliases: ['PTBD', 'PBD', 'biliary drain'], advanced: true },
  { id: 'nephrostomy', categoryId: 'drainage-biliary-gu', name: 'Nephrostomy', aliases: ['PCN', 'nephrostomy tube'], advanced: false },
  { id: 'complex-abscess-drainage', categoryId: 'drainage-biliary-gu', name: 'Complex abscess drainage', aliases: ['complex abscess drain'], advanced: true },
  { id: 'simple-drainage', categoryId: 'drainage-biliary-gu', name: 'Simple drain placement', aliases: ['simple drain', 'abscess drain', 'drain placement'], advanced: false },

  { id: 'tunneled-dialysis-catheter', categoryId: 'dialysis-access', name: 'Tunneled dialysis catheter', aliases: ['TDC', 'tunneled HD catheter', 'permcath'], advanced: false },
  { id: 'fistulogram', categoryId: 'dialysis-access', name: 'Fistulogram', aliases: ['fistulagram'], advanced: false },
  // Judgement: access angioplasty is bread-and-butter repetition, not recanalization of an occlusion.
  { id: 'dialysis-access-angioplasty', categoryId: 'dialysis-access', name: 'Dialysis access angioplasty', aliases: ['fistuloplasty', 'access angioplasty'], advanced: false },
  // Judgement: declotting an access is a recanalization with devices and real complication risk.
  { id: 'dialysis-access-thrombectomy', categoryId: 'dialysis-access', name: 'Dialysis access thrombectomy', aliases: ['declot', 'access thrombectomy'], advanced: true },

  // Judgement: none of the MSK work is on the guidance's high-yield list.
  { id: 'vertebral-augmentation', categoryId: 'nonvascular-msk', name: 'Vertebral augmentation', aliases: ['vertebroplasty', 'kyphoplasty'], advanced: false },
  { id: 'joint-injection', categoryId: 'nonvascular-msk', name: 'Joint injection', aliases: [], advanced: false },
  { id: 'nerve-block', categoryId: 'nonvascular-msk', name: 'Nerve block', aliases: [], advanced: false },
  { id: 'spine-bone-intervention', categoryId: 'nonvascular-msk', name: 'Other spine or bone intervention', aliases: ['bone biopsy'], advanced: false },

  { id: 'port-placement', categoryId: 'lines-ports', name: 'Port placement', aliases: ['port', 'chest port'], advanced: false },
  { id: 'port-removal', categoryId: 'lines-ports', name: 'Port removal', aliases: [], advanced: false },
  { id: 'picc', categoryId: 'lines-ports', name: 'PICC line', aliases: ['PICC'], advanced: false },
  { id: 'tunneled-central-line', categoryId: 'lines-ports', name: 'Tunneled central line', aliases: ['tunneled line', 'Hickman'], advanced: false },
];

const TAXONOMY_IDS = new Set(PROCEDURES.map((procedure) => procedure.id));

/** A procedure the applicant adds because the taxonomy lacks it. */
export const customProcedureSchema = z.object({
  id: idSchema.refine((id) => !TAXONOMY_IDS.has(id), {
    error: 'That id is already used by a listed procedure',
  }),
  categoryId: z.enum(CATEGORY_IDS, { error: 'Choose a case-mix category' }),
  name: z
    .string({ error: 'Name is required' })
    .trim()
    .min(1, 'Name is required')
    .max(120, 'Keep the name under 120 characters'),
  advanced: z.boolean({ error: 'Say whether this is advanced work' }),
});
export type CustomProcedure = z.infer<typeof customProcedureSchema>;

/** Taxonomy and custom procedures seen through one shape. */
export interface ProcedureDefinition {
  id: string;
  categoryId: CategoryId;
  name: string;
  aliases: readonly string[];
  advanced: boolean;
  custom: boolean;
}

const fromTaxonomy = (procedure: TaxonomyProcedure): ProcedureDefinition => ({
  ...procedure,
  custom: false,
});
const fromCustom = (procedure: CustomProcedure): ProcedureDefinition => ({
  ...procedure,
  aliases: [],
  custom: true,
});

const TAXONOMY_BY_ID = new Map(PROCEDURES.map((p) => [p.id, fromTaxonomy(p)]));
const CATEGORY_BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function isTaxonomyProcedureId(id: string): boolean {
  return TAXONOMY_IDS.has(id);
}

export function findCategory(id: CategoryId): CaseMixCategory {
  // Every CategoryId has an entry; the fallback only satisfies the type checker.
  return CATEGORY_BY_ID.get(id) ?? (CATEGORIES[0] as CaseMixCategory);
}

export function findProcedure(
  id: string,
  customProcedures: readonly CustomProcedure[] = [],
): ProcedureDefinition | undefined {
  const listed = TAXONOMY_BY_ID.get(id);
  if (listed) return listed;
  const custom = customProcedures.find((procedure) => procedure.id === id);
  return custom ? fromCustom(custom) : undefined;
}

/**
 * One map over taxonomy + custom procedures, for code that resolves many
 * entries at once (summaries, CSV) and must not scan the custom list per entry.
 */
export function procedureIndex(
  customProcedures: readonly CustomProcedure[] = [],
): ReadonlyMap<string, ProcedureDefinition> {
  const index = new Map(TAXONOMY_BY_ID);
  for (const custom of customProcedures) {
    if (!index.has(custom.id)) index.set(custom.id, fromCustom(custom));
  }
  return index;
}

export function proceduresInCategory(
  categoryId: CategoryId,
  customProcedures: readonly CustomProcedure[] = [],
): ProcedureDefinition[] {
  return [
    ...PROCEDURES.filter((p) => p.categoryId === categoryId).map(fromTaxonomy),
    ...customProcedures.filter((p) => p.categoryId === categoryId).map(fromCustom),
  ];
}
