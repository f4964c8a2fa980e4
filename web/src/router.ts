/** Hash routing (`#/editor/431222.x/2024`): the server only serves `/`, so every screen is a hash. */
import { useEffect, useState } from 'react';

export function currentRoute(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(...parts: (string | number)[]): void {
  window.location.hash = `#/${parts.map((p) => encodeURIComponent(String(p))).join('/')}`;
}
