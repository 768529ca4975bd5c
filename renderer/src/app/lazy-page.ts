import { createElement, lazy, useState, type ComponentType } from 'react';

/** What a section page receives from the shell. */
export type PageProps = { navigate: (route: string) => void };

const preloaders = new WeakMap<ComponentType<PageProps>, () => Promise<unknown>>();

/**
 * A section page in its own chunk, so the first screen parses only the shell and the
 * page it shows. `pick` names the module's export: pages are named exports.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType<PageProps>): ComponentType<PageProps> {
  let loaded: ComponentType<PageProps> | undefined;
  let loading: Promise<{ default: ComponentType<PageProps> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => {
        loaded = pick(module);
        return { default: loaded };
      },
      (error: unknown) => {
        loading = undefined; // a later render may try again
        throw error;
      },
    ));
  const Lazy = lazy(start);
  // React.lazy suspends on its first render even when the chunk has already arrived, and
  // Suspense then holds the fallback for a while; a preloaded page renders at once instead.
  // Each mount keeps the one it started with, so a page never remounts mid-life.
  function Page(props: PageProps) {
    const [Component] = useState<ComponentType<PageProps>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  preloaders.set(Page, start);
  return Page;
}

/** Starts fetching a lazy page's chunk now, so it is ready when the page renders. Eager pages need nothing. */
export function preloadPage(page: ComponentType<PageProps>): void {
  void preloaders.get(page)?.()?.catch(() => undefined);
}
