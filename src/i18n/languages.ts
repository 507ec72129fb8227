/**
 * The interface languages and how each is written: its direction, the BCP 47 tag its dates
 * and numbers are formatted with, and which of them a browser prefers. Pure.
 */

export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Digits: the locale's own ('locale': Arabic-Indic ٠١٢ in Arabic, as in the Mashriq press) or
 * Latin 0–9 ('latin', `?digits=latin`), which some Maghreb and online outlets prefer.
 */
export const DIGIT_STYLES = ['locale', 'latin'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(lang: UiLanguage): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The tag Intl formats with. English is British (day before month: "23 August 2022"). Arabic
 * names the numbering system outright: CLDR's bare `ar` now defaults to Latin digits, while the
 * press of Syria, Iraq, Egypt and the Gulf print Arabic-Indic ones; the month names are the
 * pan-Arab Gregorian ones (أغسطس), read everywhere.
 */
export function intlTag(lang: UiLanguage, digits: DigitStyle): string {
  if (lang === 'en') return 'en-GB';
  return digits === 'latin' ? 'ar-u-nu-latn' : 'ar-u-nu-arab';
}

/** The first of the browser's languages we have a catalogue for, else English. */
export function preferredLanguage(languages: readonly string[] | undefined): UiLanguage {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
