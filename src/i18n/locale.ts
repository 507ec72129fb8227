/**
 * A language as the app speaks it: its messages (`t`, from one shared i18next instance, each
 * call fixed to the language, so apps in different languages can share a page), its
 * direction, and dates and numbers through Intl in its tag. Dates are formatted in UTC, as the
 * data are stored. One Locale per language and digit style, made once.
 */
import i18next, { type TFunction } from 'i18next';
import { CATALOGUES } from './catalogues';
import { directionOf, intlTag, type DigitStyle, type UiLanguage } from './languages';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: CATALOGUES.en }, ar: { translation: CATALOGUES.ar } },
  lng: 'en',
  fallbackLng: 'en',
  // Resources are bundled: initialise synchronously, so the first render already has them.
  initAsync: false,
  // React escapes what it renders, and text set with textContent is never parsed: no double escaping.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Adds an area's messages in every language, for an area that loads with its feature (the editor's). */
export function addMessages(byLanguage: Record<UiLanguage, object>): void {
  for (const [lang, messages] of Object.entries(byLanguage)) instance.addResourceBundle(lang, 'translation', messages, true, false);
}

/** How much of a date to show. */
export type DateStyle =
  /** 23 August 2022 */
  | 'day'
  /** 23 Aug 2022 */
  | 'dayShort'
  /** 23 Aug */
  | 'dayMonth'
  /** August 2022 */
  | 'month'
  /** Aug 2022 */
  | 'monthShort'
  /** Aug */
  | 'monthName'
  /** 2022 */
  | 'year';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayShort: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'long', year: 'numeric' },
  monthShort: { month: 'short', year: 'numeric' },
  monthName: { month: 'short' },
  year: { year: 'numeric' },
};

export interface Locale {
  readonly lang: UiLanguage;
  readonly dir: 'ltr' | 'rtl';
  /** The BCP 47 tag dates and numbers are formatted in. */
  readonly tag: string;
  readonly t: TFunction;
  /** An instant (epoch ms) as a UTC calendar date; '' for a non-finite value. */
  date(ms: number, style: DateStyle): string;
  /** A moment on this device's clock, date and time (when a draft was saved). */
  localDateTime(ms: number): string;
  number(n: number): string;
  /** Items joined as the language lists them ("a, b and c"; "أ وب وج"). */
  list(items: readonly string[]): string;
}

function createLocale(lang: UiLanguage, digits: DigitStyle): Locale {
  const tag = intlTag(lang, digits);
  const dates = new Map<DateStyle, Intl.DateTimeFormat>();
  const numbers = new Intl.NumberFormat(tag);
  const local = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  return {
    lang,
    dir: directionOf(lang),
    tag,
    t: instance.getFixedT(lang),
    date(ms, style) {
      if (!Number.isFinite(ms)) return '';
      let format = dates.get(style);
      if (!format) dates.set(style, (format = new Intl.DateTimeFormat(tag, { ...DATE_OPTIONS[style], timeZone: 'UTC' })));
      return format.format(ms);
    },
    localDateTime: (ms) => local.format(ms),
    number: (n) => numbers.format(n),
    list: (items) => lists.format(items),
  };
}

const made = new Map<string, Locale>();

export function localeFor(lang: UiLanguage, digits: DigitStyle = 'locale'): Locale {
  const key = `${lang}/${digits}`;
  let locale = made.get(key);
  if (!locale) made.set(key, (locale = createLocale(lang, digits)));
  return locale;
}
