import { IconStethoscope } from '@tabler/icons-react';
import type { Section } from '../../app/sections';
import { ProceduresPage } from './ProceduresPage';

/** The navigation entry, kept here so the shared sections list gains one line and no icon import. */
export const proceduresSection: Section = { id: 'procedures', label: 'Procedure log', icon: IconStethoscope, page: ProceduresPage };
