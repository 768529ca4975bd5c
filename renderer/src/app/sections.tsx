import { IconAdjustments, IconClipboardText, IconWriting, IconListNumbers, IconBriefcase, IconChartBar, IconHome, IconBuildingHospital, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { proceduresSection } from '../pages/procedures/procedures-section';
import { loadExposure } from '../pages/exposure/load-exposure';
import { lazyPage, preloadPage, type PageProps } from './lazy-page';
import { prefetchQuery } from './prefetch';

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
  /** Starts the request for the page's data, for a page opened at startup (see prefetch.ts). */
  prefetch?: () => void;
}

/** Navigation lists only sections that work; each feature adds its own entry here. */
export const SECTIONS: readonly Section[] = [
  { id: 'dashboard', label: 'Dashboard', icon: IconHome, page: DashboardPage },
  { id: 'exposure', label: 'Exposure dashboard', icon: IconChartBar, page: ExposurePage, prefetch: () => prefetchQuery(loadExposure) },
  { id: 'profile', label: 'Profile', icon: IconUserCircle, page: ProfilePage },
  { id: 'experiences', label: 'Experiences', icon: IconBriefcase, page: ExperiencesPage, prefetch: () => prefetchQuery(loadExposure) },
  proceduresSection,
  { id: 'programs', label: 'Programs', icon: IconBuildingHospital, page: ProgramsPage },
  { id: 'ranking', label: 'Ranking & signals', icon: IconListNumbers, page: RankingPage },
  { id: 'statement', label: 'Personal statement', icon: IconWriting, page: StatementPage },
  { id: 'eras', label: 'ERAS experiences', icon: IconClipboardText, page: ErasPage },
  { id: 'settings', label: 'Settings & data', icon: IconAdjustments, page: SettingsPage },
];

export const DEFAULT_SECTION = SECTIONS[0]!;

export const findSection = (route: string): Section => SECTIONS.find((candidate) => candidate.id === route) ?? DEFAULT_SECTION;

/**
 * At startup, before the first render: fetch the opening page's code and data at once,
 * so neither waits for the shell (or for the other) to be ready.
 */
export function startSection(route: string): void {
  const section = findSection(route);
  preloadPage(section.page);
  section.prefetch?.();
}
