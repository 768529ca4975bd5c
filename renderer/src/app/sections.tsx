import { IconAdjustments, IconListNumbers, IconBriefcase, IconChartBar, IconHome, IconBuildingHospital, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { ExperiencesPage } from '../pages/experiences/ExperiencesPage';
import { ExposurePage } from '../pages/exposure/ExposurePage';
import { proceduresSection } from '../pages/procedures/procedures-section';
import { ProfilePage } from '../pages/profile/ProfilePage';
import { ProgramsPage } from '../pages/programs/ProgramsPage';
import { RankingPage } from '../pages/ranking/RankingPage';
import { SettingsPage } from '../pages/settings/SettingsPage';

export interface Section {
  id: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  page: ComponentType<{ navigate: (route: string) => void }>;
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
  { id: 'settings', label: 'Settings & data', icon: IconAdjustments, page: SettingsPage },
];
