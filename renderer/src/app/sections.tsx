import { IconAdjustments, IconHome, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { ProfilePage } from '../pages/profile/ProfilePage';
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
  { id: 'profile', label: 'Profile', icon: IconUserCircle, page: ProfilePage },
  { id: 'settings', label: 'Settings & data', icon: IconAdjustments, page: SettingsPage },
];
