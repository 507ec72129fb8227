/**
 * The React side of the store: a provider that holds one store per map instance (several
 * embeds on a page each get their own) and hooks that read it with narrow selectors.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { localeFor, type Locale } from '../i18n/locale';
import type { AppState } from './app-state';
import { createAppStore, type AppStore, type AppStoreInit } from './create-app-store';

const AppStoreContext = createContext<AppStore | null>(null);

export interface AppStoreProviderProps {
  /** A store made by the caller (e.g. shared with a map controller); else one is created from `init`. */
  store?: AppStore;
  init?: AppStoreInit;
  children?: ReactNode;
}

/** Provides one store to its subtree. The store is fixed at first render; later props do not replace it. */
export function AppStoreProvider({ store, init, children }: AppStoreProviderProps) {
  const [value] = useState(() => store ?? createAppStore(init));
  return <AppStoreContext.Provider value={value}>{children}</AppStoreContext.Provider>;
}

/** The store itself, for actions and non-React subscriptions; throws outside a provider. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useAppStoreApi: no <AppStoreProvider> above this component');
  return store;
}

/**
 * Reads one value from the store and re-renders when it changes (by `Object.is`). Select a
 * primitive or a stable reference (the memoized selectors in `selectors.ts`); to select
 * several values at once, wrap the selector in zustand's `useShallow`.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The app's language as a Locale (messages, direction, dates and numbers), for components. */
export function useLocale(): Locale {
  const lang = useAppStore((s) => s.lang);
  const digits = useAppStore((s) => s.digits);
  return localeFor(lang, digits);
}

/** The same for code outside React (the timeline's canvas, the announcer's texts). */
export function selectLocale(state: Pick<AppState, 'lang' | 'digits'>): Locale {
  return localeFor(state.lang, state.digits);
}
