/**
 * The message catalogues, one JSON file per area of the app and language, merged into
 * i18next's one namespace (`t('timeline.play')`). Every language is bundled: they are small,
 * and a switch then fetches nothing. The editor's area comes with the editor, which loads
 * after the first view (editor/editor-messages.ts); the types still cover it. Arabic plurals
 * use i18next's suffixes (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`), chosen by
 * Intl.PluralRules.
 */
import enApp from './locales/en/app.json';
import enData from './locales/en/data.json';
import enDates from './locales/en/dates.json';
import type enEditor from './locales/en/editor.json';
import enEvents from './locales/en/events.json';
import enExport from './locales/en/export.json';
import enMap from './locales/en/map.json';
import enReader from './locales/en/reader.json';
import enStories from './locales/en/stories.json';
import enTimeline from './locales/en/timeline.json';
import arApp from './locales/ar/app.json';
import arData from './locales/ar/data.json';
import arDates from './locales/ar/dates.json';
import arEvents from './locales/ar/events.json';
import arExport from './locales/ar/export.json';
import arMap from './locales/ar/map.json';
import arReader from './locales/ar/reader.json';
import arStories from './locales/ar/stories.json';
import arTimeline from './locales/ar/timeline.json';
import type { UiLanguage } from './languages';

export const CATALOGUES = {
  en: { app: enApp, data: enData, dates: enDates, events: enEvents, export: enExport, map: enMap, reader: enReader, stories: enStories, timeline: enTimeline },
  ar: { app: arApp, data: arData, dates: arDates, events: arEvents, export: arExport, map: arMap, reader: arReader, stories: arStories, timeline: arTimeline },
} as const satisfies Record<UiLanguage, object>;

/** The English catalogue's shape types the keys of `t` (a mistyped key fails the typecheck). */
export type Catalogue = (typeof CATALOGUES)['en'] & { editor: typeof enEditor };
