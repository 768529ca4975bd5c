import type { HandlerGroup } from '../handler-types';

export const profileHandlers: HandlerGroup<'profile:get' | 'profile:save'> = {
  'profile:get': (_args, { store }) => store.document.profile,
  'profile:save': async (profile, { store }) => {
    await store.update((doc) => ({ ...doc, profile }));
    return profile;
  },
};
