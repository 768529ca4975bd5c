/** `#/profile` → `profile`. A hash router is enough for a single-window app with a few sections. */
export function readRoute(fallback: string): string {
  const route = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return route || fallback;
}
