import { createElement, lazy, useState, type ComponentType } from 'react';
import type { PageModule } from './page-modules';

/** What a section page receives from the shell. */
export type PageProps = { navigate: (route: string) => void };

/**
 * A section page in its own chunk, so the first screen parses only the shell and the
 * page it shows. `pick` names the module's export: pages are named exports.
 */
export function lazyPage<M>(module: PageModule<M>, pick: (module: M) => ComponentType<PageProps>): ComponentType<PageProps> {
  const Lazy = lazy(() => module.load().then((loaded) => ({ default: pick(loaded) })));
  // React.lazy suspends on its first render even when the chunk has already arrived, and
  // Suspense then holds the fallback for a while; a page whose module is here (the opening page,
  // asked for at start-up, or one visited before) renders at once instead.
  // Each mount keeps the one it started with, so a page never remounts mid-life.
  function Page(props: PageProps) {
    const [Component] = useState<ComponentType<PageProps>>(() => {
      const loaded = module.loaded();
      return loaded ? pick(loaded) : Lazy;
    });
    return createElement(Component, props);
  }
  return Page;
}
