import { useCallback, useEffect, useState } from 'react';
import { readRoute } from './read-route';

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
