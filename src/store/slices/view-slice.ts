/**
 * The view slice: the colour theme (null follows the system), the language (of the interface
 * and of the map's labels) and the digits numbers are written in. Kept in the store, not in
 * components, so deep links and the embed API can set them.
 */
import { DIGIT_STYLES, UI_LANGUAGES, type DigitStyle, type UiLanguage } from '../../i18n/languages';
import type { AppSliceCreator } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface ViewSlice {
  /** The chosen theme, or null to follow the system's colour scheme. */
  theme: ThemeName | null;
  lang: UiLanguage;
  digits: DigitStyle;
  /** Ignores anything but 'light', 'dark' or null. */
  setTheme: (theme: ThemeName | null, origin?: ChangeOrigin) => void;
  /** Ignores anything but 'en' or 'ar'. */
  setLang: (lang: UiLanguage, origin?: ChangeOrigin) => void;
  /** Ignores anything but 'locale' or 'latin'. */
  setDigits: (digits: DigitStyle, origin?: ChangeOrigin) => void;
}

export const createViewSlice: AppSliceCreator<ViewSlice> = (set, get) => ({
  theme: null,
  lang: 'en',
  digits: 'locale',
  setTheme: (theme, origin) => {
    if (theme !== null && !THEMES.includes(theme)) return;
    if (theme !== get().theme) set({ theme, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
  setLang: (lang, origin) => {
    if (!UI_LANGUAGES.includes(lang)) return;
    if (lang !== get().lang) set({ lang, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
  setDigits: (digits, origin) => {
    if (!DIGIT_STYLES.includes(digits)) return;
    if (digits !== get().digits) set({ digits, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
});
