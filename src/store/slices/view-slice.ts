/**
 * The view slice: the colour theme (null follows the system) and the language of map labels.
 * Kept in the store, not in components, so deep links and the embed API can set them.
 */
import type { AppSliceCreator } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];
export const LABEL_LANGUAGES = ['en', 'ar'] as const;
export type LabelLanguageCode = (typeof LABEL_LANGUAGES)[number];

export interface ViewSlice {
  /** The chosen theme, or null to follow the system's colour scheme. */
  theme: ThemeName | null;
  lang: LabelLanguageCode;
  /** Ignores anything but 'light', 'dark' or null. */
  setTheme: (theme: ThemeName | null, origin?: ChangeOrigin) => void;
  /** Ignores anything but 'en' or 'ar'. */
  setLang: (lang: LabelLanguageCode, origin?: ChangeOrigin) => void;
}

export const createViewSlice: AppSliceCreator<ViewSlice> = (set, get) => ({
  theme: null,
  lang: 'en',
  setTheme: (theme, origin) => {
    if (theme !== null && !THEMES.includes(theme)) return;
    if (theme !== get().theme) set({ theme, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
  setLang: (lang, origin) => {
    if (!LABEL_LANGUAGES.includes(lang)) return;
    if (lang !== get().lang) set({ lang, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
});
