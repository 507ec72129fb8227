/**
 * Dates for people, saying exactly what the data claims: an ISO date at the precision it was
 * given ("23 August 2022", "June 2021", "2021"); an event that lasted as "from – to"; one
 * that happened at an unknown moment within bounds as "some time between … and …"; an
 * approximate date as "about 1920", a doubted one as "possibly …". Formatting is UTC, as stored.
 */
import type { Article, DatasetEvent } from '../domain/dataset-schema';
import { formatInTimeZone } from './format-in-utc';

/** What of an event says when it happened. */
export type EventDate = Pick<DatasetEvent, 'start' | 'end' | 'precision' | 'approximate' | 'uncertain'>;

function granularity(iso: string): 'day' | 'month' | 'year' {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  return 'day';
}

/** One ISO date at the precision its string gives; `short` abbreviates the month ("Aug"). */
export function formatIsoDate(iso: string, short = false): string {
  const level = granularity(iso);
  const month = short ? 'MMM' : 'MMMM';
  return formatInTimeZone(iso, level === 'year' ? 'yyyy' : level === 'month' ? `${month} yyyy` : `d ${month} yyyy`);
}

/**
 * When an event happened, in words: "some time between 20 January 2009 and 20 January 2017".
 * `short` abbreviates the months, for one-line rows ("some time between 20 Jan 2009 and …").
 */
export function formatEventDate(event: EventDate, short = false): string {
  const about = event.approximate === true ? 'about ' : '';
  const one = (iso: string) => about + formatIsoDate(iso, short);
  let text: string;
  if (event.precision === 'between' && event.end !== undefined) {
    text = `some time between ${one(event.start)} and ${one(event.end)}`;
  } else if (event.precision === 'range' && event.end !== undefined) {
    text = `${one(event.start)} – ${one(event.end)}`;
  } else {
    text = one(event.start);
  }
  return event.uncertain === true ? `possibly ${text}` : text;
}

/** How much the date says, in a few words, for details beside the date. */
export const PRECISION_WORDS: Record<DatasetEvent['precision'], string> = {
  day: 'to the day',
  month: 'some time in the month',
  year: 'some time in the year',
  range: 'lasted the whole period',
  between: 'when within them is not known',
};

/**
 * Who said so, in one line: "Middle East Monitor, via Reuters, 24 August 2022" for an article;
 * "ACLED, citing SOHR" for a data tool's record, whose `via` is the source it cites.
 */
export function formatSourceLine(source: Pick<Article, 'publisher' | 'via' | 'published' | 'kind'>): string {
  const via = source.via === undefined || source.via === '' ? '' : `, ${source.kind === 'record' ? 'citing' : 'via'} ${source.via}`;
  const date = source.published === undefined ? '' : `, ${formatIsoDate(source.published)}`;
  return `${source.publisher}${via}${date}`;
}
