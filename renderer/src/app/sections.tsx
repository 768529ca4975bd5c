import { IconAdjustments, IconClipboardText, IconWriting, IconListNumbers, IconBriefcase, IconChartBar, IconHome, IconBuildingHospital, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { proceduresSection } from '../pages/procedures/procedures-section';
import { lazyPage, type PageProps } from './lazy-page';
import { DEFAULT_SECTION_ID, PAGE_MODULES, type SectionId } from './page-modules';

// Each page is its own chunk (see page-modules.ts): the first screen loads the shell and one page.
// Add new pages the same way; a static import would put the page back in the first chunk.
const DashboardPage = lazyPage(PAGE_MODULES.dashboard, (m) => m.DashboardPage);
const ExposurePage = lazyPage(PAGE_MODULES.exposure, (m) => m.ExposurePage);
const ProfilePage = lazyPage(PAGE_MODULES.profile, (m) => m.ProfilePage);
const ExperiencesPage = lazyPage(PAGE_MODULES.experiences, (m) => m.ExperiencesPage);
const ProgramsPage = lazyPage(PAGE_MODULES.programs, (m) => m.ProgramsPage);
const RankingPage = lazyPage(PAGE_MODULES.ranking, (m) => m.RankingPage);
const StatementPage = lazyPage(PAGE_MODULES.statement, (m) => m.StatementPage);
const ErasPage = lazyPage(PAGE_MODULES.eras, (m) => m.ErasPage);
const SettingsPage = lazyPage(PAGE_MODULES.settings, (m) => m.SettingsPage);

export interface Section {
  id: SectionId;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Usually lazyPage(...); the shell renders it inside Suspense. */
  page: ComponentType<PageProps>;
}

/** Navigation lists only sections that work; each feature adds its own entry here. */
export const SECTIONS: readonly Section[] = [
  { id: 'dashboard', label: 'Dashboard', icon: IconHome, page: DashboardPage },
  { id: 'exposure', label: 'Exposure dashboard', icon: IconChartBar, page: ExposurePage },
  { id: 'profile', label: 'Profile', icon: IconUserCircle, page: ProfilePage },
  { id: 'experiences', label: 'Experiences', icon: IconBriefcase, page: ExperiencesPage },
  proceduresSection,
  { id: 'programs', label: 'Programs', icon: IconBuildingHospital, page: ProgramsPage },
  { id: 'ranking', label: 'Ranking & signals', icon: IconListNumbers, page: RankingPage },
  { id: 'statement', label: 'Personal statement', icon: IconWriting, page: StatementPage },
  { id: 'eras', label: 'ERAS experiences', icon: IconClipboardText, page: ErasPage },
  { id: 'settings', label: 'Settings & data', icon: IconAdjustments, page: SettingsPage },
];

export const DEFAULT_SECTION = SECTIONS.find((section) => section.id === DEFAULT_SECTION_ID)!;

export const findSection = (route: string): Section => SECTIONS.find((candidate) => candidate.id === route) ?? DEFAULT_SECTION;
