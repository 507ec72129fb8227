/**
 * What a picture says, read from the app state in the interface's language: the dataset's
 * title, the time it shows in words and how many events it shows, the sources those events
 * cite (each once, in a stable order), the timeline strip's bars, the credits, and the file's
 * name. "Shown" is the store's own rule (selectVisibleEvents: the window or the cursor, and
 * the filters), the rule the map and the events list follow. Pure.
 */
import type { Article } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import type { AppState } from '../store/app-state';
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import { excerptsForEvent, type EventMask } from '../store/queries';
import { selectVisibleEvents } from '../store/selectors';
import { formatDay, formatIsoDate, formatLastDay, formatSourceLine } from '../ui/format-date';
import { localizedText } from '../ui/localized-text';

/** Who made the basemap: a proper name, the same in every language. */
export const BASEMAP_CREDIT = 'Natural Earth';

/** Bars of the timeline strip. */
const STRIP_BINS = 160;

export interface PictureSource {
  id: string;
  publisher: string;
  title: string;
  /** The publication date in words; null when the source gives none. */
  date: string | null;
  /** One line for the picture: publisher (and via), date and title. */
  entry: string;
}

export interface StripContent {
  extent: TimeSpan;
  /** Events passing the filters that start in each of the extent's equal bins. */
  bins: Uint32Array;
  /** The window shown, or null in cursor mode (then `cursor` is what is shown). */
  window: TimeSpan | null;
  cursor: number;
  /** The extent's first and last days, in words. */
  startLabel: string;
  endLabel: string;
}

export interface PictureContent {
  title: string;
  /** 'ar' when the title is the data's Arabic one. */
  titleLang: 'ar' | undefined;
  /** What time is shown and how many events, in one line. */
  subtitle: string;
  /** The sources the shown events cite, each once. */
  sources: PictureSource[];
  strip: StripContent | null;
  credits: string;
  fileName: string;
}

/** Data inside a message, in Unicode's first-strong isolates, so it keeps its own direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Ordinals of the articles cited (through their excerpts) by the given events, each once:
 * by publication date, undated last, then in dataset order — the same list for the same view.
 */
export function citedArticles(index: DatasetIndex, events: ArrayLike<number>): number[] {
  const cited = new Set<number>();
  for (let i = 0; i < events.length; i++) {
    for (const excerpt of excerptsForEvent(index, events[i]!)) {
      const article = index.excerptArticle[excerpt]!;
      if (article >= 0) cited.add(article);
    }
  }
  const published = (a: number) => index.articles[a]!.published;
  return [...cited].sort((a, b) => {
    const pa = published(a);
    const pb = published(b);
    if (pa !== pb) {
      if (pa === undefined) return 1;
      if (pb === undefined) return -1;
      // ISO dates of any precision sort as text; a month sorts before its days.
      return pa < pb ? -1 : 1;
    }
    return a - b;
  });
}

/**
 * Per equal bin of `extent`, how many events passing `mask` start in it (`startMs`
 * ascending, as the index holds it); an event starting at the extent's end falls in the last.
 */
export function stripBins(startMs: ArrayLike<number>, mask: EventMask, extent: TimeSpan, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  const span = extent.end - extent.start;
  if (!(span > 0) || bins === 0) return counts;
  for (let o = 0; o < startMs.length; o++) {
    if (mask !== null && mask[o] !== 1) continue;
    const bin = Math.floor(((startMs[o]! - extent.start) / span) * bins);
    if (bin >= 0) counts[Math.min(bins - 1, bin)]!++;
  }
  return counts;
}

function pictureSource(locale: Locale, article: Article): PictureSource {
  const line = formatSourceLine(locale, article);
  return {
    id: article.id,
    publisher: article.publisher,
    title: article.title,
    date: article.published === undefined ? null : formatIsoDate(locale, article.published),
    entry: locale.t('export.source', { source: isolate(line), title: isolate(article.title) }),
  };
}

/** The UTC day an instant falls on, as YYYY-MM-DD. */
function isoDay(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const day = new Date(ms).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** The picture's file: conflict-map-<the first day shown>.png. */
export function pictureFileName(state: Pick<AppState, 'time' | 'window'>): string {
  const day = isoDay(state.window?.start ?? state.time);
  return day === null ? 'conflict-map.png' : `conflict-map-${day}.png`;
}

export function pictureContent(state: AppState, locale: Locale): PictureContent {
  const { t } = locale;
  const { index } = state;
  const dataset = index?.dataset ?? null;
  const title = dataset === null ? null : localizedText(locale, dataset.title, dataset.title_ar);
  const visible = selectVisibleEvents(state);
  const when =
    state.window === null
      ? t('export.cursor', { date: formatDay(locale, state.time) })
      : t('export.window', { start: formatDay(locale, state.window.start), end: formatLastDay(locale, state.window.end) });
  const events = t('export.events', { count: visible.length, n: locale.number(visible.length) });
  const extent = index?.extent ?? null;
  return {
    title: title === null ? t('app.noDataset') : title.main,
    titleLang: title?.mainLang,
    subtitle: index === null ? '' : t('export.subtitle', { when: isolate(when), events: isolate(events) }),
    sources: index === null ? [] : citedArticles(index, visible).map((a) => pictureSource(locale, index.articles[a]!)),
    strip:
      index === null || extent === null
        ? null
        : {
            extent,
            bins: stripBins(index.startMs, state.eventFilterMask, extent, STRIP_BINS),
            window: state.window,
            cursor: state.time,
            startLabel: formatDay(locale, extent.start, true),
            endLabel: formatLastDay(locale, extent.end, true),
          },
    credits:
      dataset === null
        ? t('export.creditsBasemap', { app: t('app.title'), basemap: BASEMAP_CREDIT })
        : t('export.credits', { app: t('app.title'), basemap: BASEMAP_CREDIT, license: isolate(dataset.license) }),
    fileName: pictureFileName(state),
  };
}
