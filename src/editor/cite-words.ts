/**
 * From selected words to the fields of what they cite: the selection tidied into an exact
 * excerpt range (no whitespace at its ends, never half of an emoji), whether it touches text
 * marked as debris, and suggestions pre-filled from the words — a title, a date ("August 15"
 * read against the article's date), a place name — which the user always sees and can change.
 */
import type { DraftDebris } from './draft-edits';

export interface TextRange {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The excerpt a selection of `text` makes: whitespace trimmed from both ends, ends moved off
 * the middle of a surrogate pair (an emoji is cited whole), clamped to the text; null when
 * nothing but whitespace is left.
 */
export function excerptRange(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}

/** The first debris range that shares a character with [start, end), if any. */
export function debrisTouching(ignore: readonly DraftDebris[] | undefined, start: number, end: number): DraftDebris | undefined {
  return ignore?.find((range) => range.start < end && start < range.end);
}

const TITLE_LENGTH = 60;

/** A title from the words: their first clause, at most ~60 characters, cut at a word, capitalised. */
export function suggestTitle(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').replace(/^[“"'‘(]+/, '').trim();
  const clause = words.split(/(?<=[.!?;:])\s/)[0] ?? words;
  let title = clause.length <= TITLE_LENGTH ? clause : clause.slice(0, clause.lastIndexOf(' ', TITLE_LENGTH)).trim() || clause.slice(0, TITLE_LENGTH);
  title = title.replace(/[,;:.”"’)]+$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export interface SuggestedDate {
  start: string;
  precision: 'day' | 'month';
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * A date the words name, read as an English-language article writes it ("August 15",
 * "15 August 2022", "June 2021", "2022-08-15"). Without a year, the year is the article's — or
 * the one before, when that day would come after the article was published.
 */
export function suggestDate(quote: string, published?: string): SuggestedDate | null {
  const iso = ISO_DAY.exec(quote);
  if (iso) {
    const day = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day) return { start: day, precision: 'day' };
  }
  const publishedDay = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const yearFor = (month: number, day: number, written?: string): number | null => {
    if (written) return Number(written);
    if (!publishedDay) return null;
    const year = Number(publishedDay.slice(0, 4));
    return `${year}-${pad(month)}-${pad(day)}` > publishedDay ? year - 1 : year;
  };
  const monthDay = MONTH_DAY.exec(quote);
  const dayMonth = DAY_MONTH.exec(quote);
  const found = monthDay
    ? { month: monthNumber(monthDay[1]!), day: Number(monthDay[2]), year: monthDay[3] }
    : dayMonth
      ? { month: monthNumber(dayMonth[2]!), day: Number(dayMonth[1]), year: dayMonth[3] }
      : null;
  if (found) {
    const year = yearFor(found.month, found.day, found.year);
    const day = year === null ? null : realDay(year, found.month, found.day);
    if (day) return { start: day, precision: 'day' };
  }
  const monthYear = MONTH_YEAR.exec(quote);
  if (monthYear) return { start: `${monthYear[2]}-${pad(monthNumber(monthYear[1]!))}`, precision: 'month' };
  return null;
}

/** A word that starts a name: a capital at its start or after a hyphen ("Al-Bukamal", "ez-Zor"). */
const NAME_WORD = /^[“"‘(]*(\p{Lu}|\p{Ll}{1,3}-\p{Lu})[\p{L}\p{M}'’-]*[”"’),.;:]*$/u;

/**
 * A place name from the words: the longest run of capitalised words ("the Al-Bukamal border
 * crossing" → "Al-Bukamal"); the words themselves when none is capitalised (Arabic has no
 * capitals), if they are short.
 */
export function suggestPlaceName(quote: string): string {
  const words = quote.trim().split(/\s+/);
  let best: string[] = [];
  let run: string[] = [];
  for (const word of [...words, '']) {
    if (NAME_WORD.test(word)) {
      run.push(word.replace(/^[“"‘(]+|[”"’),.;:]+$/g, ''));
      continue;
    }
    // On a tie the later run wins: names tend to follow the words that lead up to them.
    if (run.length > 0 && run.length >= best.length) best = run;
    run = [];
  }
  if (best.length > 0) return best.join(' ');
  return quote.trim().length <= 40 ? quote.trim() : '';
}
