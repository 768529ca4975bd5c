import { IconStethoscope } from '@tabler/icons-react';
import { lazyPage } from '../../app/lazy-page';
import { prefetchQuery } from '../../app/prefetch';
import type { Section } from '../../app/sections';
import { loadExposure } from '../exposure/load-exposure';

/** The navigation entry, kept here so the shared sections list gains one line and no icon import. */
export const proceduresSection: Section = {
  id: 'procedures',
  label: 'Procedure log',
  icon: IconStethoscope,
  page: lazyPage(() => import('./ProceduresPage'), (m) => m.ProceduresPage),
  prefetch: () => prefetchQuery(loadExposure),
};
