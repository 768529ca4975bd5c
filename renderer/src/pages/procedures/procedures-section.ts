import { IconStethoscope } from '@tabler/icons-react';
import { lazyPage } from '../../app/lazy-page';
import { PAGE_MODULES } from '../../app/page-modules';
import type { Section } from '../../app/sections';

/** The navigation entry, kept here so the shared sections list gains one line and no icon import. */
export const proceduresSection: Section = {
  id: 'procedures',
  label: 'Procedure log',
  icon: IconStethoscope,
  page: lazyPage(PAGE_MODULES.procedures, (m) => m.ProceduresPage),
};
