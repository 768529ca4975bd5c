import { loadExposure } from '../pages/exposure/load-exposure';
import { prefetchQuery } from './prefetch';

// What start-up needs before React and Mantine have loaded: each section's page module and the
// data it opens with. Nothing here may import React, Mantine or a page, or the start-up chunk would
// wait for them (main.tsx).

/** A page's module: asked for once (a failed load may be tried again), and at hand once it has arrived. */
export interface PageModule<M> {
  load: () => Promise<M>;
  loaded: () => M | undefined;
}

export function pageModule<M>(importer: () => Promise<M>): PageModule<M> {
  let pending: Promise<M> | undefined;
  let arrived: M | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (module) => (arrived = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => arrived,
  };
}

/** Each section's page, in its own chunk, so the first screen loads the shell and one page. */
export const PAGE_MODULES = {
  dashboard: pageModule(() => import('../pages/dashboard/DashboardPage')),
  exposure: pageModule(() => import('../pages/exposure/ExposurePage')),
  profile: pageModule(() => import('../pages/profile/ProfilePage')),
  experiences: pageModule(() => import('../pages/experiences/ExperiencesPage')),
  procedures: pageModule(() => import('../pages/procedures/ProceduresPage')),
  programs: pageModule(() => import('../pages/programs/ProgramsPage')),
  ranking: pageModule(() => import('../pages/ranking/RankingPage')),
  statement: pageModule(() => import('../pages/statement/StatementPage')),
  eras: pageModule(() => import('../pages/eras/ErasPage')),
  settings: pageModule(() => import('../pages/settings/SettingsPage')),
};

export type SectionId = keyof typeof PAGE_MODULES;

export const DEFAULT_SECTION_ID: SectionId = 'dashboard';

export const isSectionId = (route: string): route is SectionId => Object.hasOwn(PAGE_MODULES, route);

/** The request for the data a section opens with, for the sections whose data is worth asking for early (see prefetch.ts). */
const OPENING_DATA: Partial<Record<SectionId, () => Promise<unknown>>> = {
  exposure: () => prefetchQuery(loadExposure),
  experiences: () => prefetchQuery(loadExposure),
  procedures: () => prefetchQuery(loadExposure),
};

/**
 * At startup, before React has loaded: ask for the opening section's code and data at once, so
 * neither waits for the shell (or for the other). Settles when the page's code is here or failed
 * (the page then reports the failure when it renders).
 */
export function startSection(route: string): { code: Promise<void>; data: Promise<void> } {
  const id = isSectionId(route) ? route : DEFAULT_SECTION_ID;
  const settled = (pending: Promise<unknown>) =>
    pending.then(
      () => undefined,
      () => undefined,
    );
  return { code: settled(PAGE_MODULES[id].load()), data: settled(OPENING_DATA[id]?.() ?? Promise.resolve()) };
}
