import { useCallback, useEffect, useState } from 'react';

/** `#/profile` → `profile`. A hash router is enough for a single-window app with a few sections. */
export function readRoute(fallback: string): string {
  const route = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return route || fallback;
}

export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const [route, setRoute] = useState(() => readRoute(fallback));
  useEffect(() => {
    const onChange = () => setRoute(readRoute(fallback));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  const navigate = useCallback((next: string) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [route, navigate];
}
