/**
 * Data in two languages: where a dataset gives a text in Arabic beside the original (`name_ar`,
 * `title_ar`, `summary_ar`), the Arabic interface leads with the Arabic and keeps the other as a
 * subtitle; the English interface leads with the original and keeps the Arabic as a subtitle.
 */
import type { Locale } from '../i18n/locale';

export interface LocalizedText {
  /** What to show first. */
  main: string;
  /** The other language's text, when the data gives both; null otherwise. */
  subtitle: string | null;
  /** The language of each, for `lang` attributes (the original's is unknown: undefined). */
  mainLang: 'ar' | undefined;
  subtitleLang: 'ar' | undefined;
}

export function localizedText(locale: Locale, original: string, arabic: string | undefined): LocalizedText {
  const ar = arabic?.trim() ? arabic : undefined;
  if (ar === undefined || ar === original) return { main: original, subtitle: null, mainLang: undefined, subtitleLang: undefined };
  return locale.lang === 'ar'
    ? { main: ar, subtitle: original, mainLang: 'ar', subtitleLang: undefined }
    : { main: original, subtitle: ar, mainLang: undefined, subtitleLang: 'ar' };
}
