/**
 * Dates for people, saying exactly what the data claims, in the app's language: an ISO date
 * at the precision it was given ("23 August 2022", "June 2021", "2021"); an event that lasted
 * as "from – to"; one that happened at an unknown moment within bounds as "some time between
 * … and …"; an approximate date as "about 1920", a doubted one as "possibly …". In UTC, as stored.
 */
import { parseISO } from 'date-fns';
import { utc } from '@date-fns/utc';
import type { Article, DatasetEvent } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import { isolate } from './isolated-text';

/** What of an event says when it happened. */
export type EventDate = Pick<DatasetEvent, 'start' | 'end' | 'precision' | 'approximate' | 'uncertain'>;

function granularity(iso: string): 'day' | 'month' | 'year' {
  if (/^-?\d{4}$/.test(iso)) return 'year';
  if (/^-?\d{4}-\d{2}$/.test(iso)) return 'month';
  return 'day';
}

/** One ISO date at the precision its string gives; `short` abbreviates the month ("Aug"). */
export function formatIsoDate(locale: Locale, iso: string, short = false): string {
  const ms = parseISO(iso, { in: utc }).getTime();
  if (!Number.isFinite(ms)) return iso;
  const level = granularity(iso);
  return locale.date(ms, level === 'year' ? 'year' : level === 'month' ? (short ? 'monthShort' : 'month') : short ? 'dayShort' : 'day');
}

/**
 * When an event happened, in words: "some time between 20 January 2009 and 20 January 2017".
 * `short` abbreviates the months, for one-line rows ("some time between 20 Jan 2009 and …").
 */
export function formatEventDate(locale: Locale, event: EventDate, short = false): string {
  const { t } = locale;
  const one = (iso: string) => {
    const date = formatIsoDate(locale, iso, short);
    return event.approximate === true ? t('dates.about', { date }) : date;
  };
  let text: string;
  if (event.precision === 'between' && event.end !== undefined) {
    text = t('dates.between', { start: one(event.start), end: one(event.end) });
  } else if (event.precision === 'range' && event.end !== undefined) {
    text = t('dates.range', { start: one(event.start), end: one(event.end) });
  } else {
    text = one(event.start);
  }
  return event.uncertain === true ? t('dates.possibly', { date: text }) : text;
}

/** How much the date says, in a few words, for details beside the date. */
export function precisionWords(locale: Locale, precision: DatasetEvent['precision']): string {
  return locale.t(`dates.precision.${precision}`);
}

/**
 * Who said so, in one line: "Middle East Monitor, via Reuters, 24 August 2022" for an article;
 * "ACLED, citing SOHR" for a data tool's record, whose `via` is the source it cites.
 */
export function formatSourceLine(locale: Locale, source: Pick<Article, 'publisher' | 'via' | 'published' | 'kind'>): string {
  const { t } = locale;
  // Names are data: isolated, so an English publisher reads right in an Arabic line and back.
  const publisher = isolate(source.publisher);
  const named =
    source.via === undefined || source.via === ''
      ? publisher
      : t(source.kind === 'record' ? 'dates.citing' : 'dates.via', { publisher, via: isolate(source.via) });
  return source.published === undefined ? named : t('dates.dated', { source: named, date: formatIsoDate(locale, source.published) });
}

/** The day an instant falls on: "23 August 2022", or "23 Aug 2022" when `short`. */
export function formatDay(locale: Locale, ms: number, short = false): string {
  return locale.date(ms, short ? 'dayShort' : 'day');
}

/**
 * The last day of a half-open range ending at `endMs` ("until 24 August" for an end at the
 * first instant of the 25th), so window ends read as people count days.
 */
export function formatLastDay(locale: Locale, endMs: number, short = false): string {
  return formatDay(locale, endMs - 1, short);
}
