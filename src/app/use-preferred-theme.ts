/** The system's colour scheme (prefers-color-scheme), kept current while the page is open. */
import { useSyncExternalStore } from 'react';
import type { Theme } from '../map/style/palette';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The system's colour scheme now (the map's first theme, before React renders). */
export function preferredTheme(): Theme {
  return query().matches ? 'dark' : 'light';
}

export function usePreferredTheme(): Theme {
  return useSyncExternalStore(subscribe, preferredTheme);
}
