import { IconAdjustments, IconClipboardText, IconWriting, IconListNumbers, IconBriefcase, IconChartBar, IconHome, IconBuildingHospital, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { proceduresSection } from '../pages/procedures/procedures-section';
import { lazyPage, type PageProps } from './lazy-page';

// Each page is its own chunk (see lazy-page.ts): the first screen loads the shell and one page.
// Add new pages the same way; a static import would put the page back in the first chunk.
const DashboardPage = lazyPage(() => import('../pages/dashboard/DashboardPage'), (m) => m.DashboardPage);
const ExposurePage = lazyPage(() => import('../pages/exposure/ExposurePage'), (m) => m.ExposurePage);
const ProfilePage = lazyPage(() => import('../pages/profile/ProfilePage'), (m) => m.ProfilePage);
const ExperiencesPage = lazyPage(() => import('../pages/experiences/ExperiencesPage'), (m) => m.ExperiencesPage);
const ProgramsPage = lazyPage(() => import('../pages/programs/ProgramsPage'), (m) => m.ProgramsPage);
const RankingPage = lazyPage(() => import('../pages/ranking/RankingPage'), (m) => m.RankingPage);
const StatementPage = lazyPage(() => import('../pages/statement/StatementPage'), (m) => m.StatementPage);
const ErasPage = lazyPage(() => import('../pages/eras/ErasPage'), (m) => m.ErasPage);
const SettingsPage = lazyPage(() => import('../pages/settings/SettingsPage'), (m) => m.SettingsPage);

export interface Section {
  id: string;
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
