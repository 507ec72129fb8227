/**
 * Finds a quote in an article's text. Excerpts are cited by offsets, and offsets are only
 * trustworthy when computed from the quote: a quote that is absent or occurs twice cannot be
 * placed, and must be lengthened until it is unique.
 */

/** Start offsets where `quote` occurs in `text`, overlapping ones included, at most `limit` of them. */
export function findQuoteOffsets(text: string, quote: string, limit = Number.POSITIVE_INFINITY): number[] {
  const offsets: number[] = [];
  if (quote === '') return offsets;
  let from = text.indexOf(quote);
  while (from !== -1 && offsets.length < limit) {
    offsets.push(from);
    from = text.indexOf(quote, from + 1);
  }
  return offsets;
}

export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'absent' | 'ambiguous'; offsets: number[] };

/** The [start, end) of the one place `quote` occurs in `text`, or why there is no such place. */
export function locateQuote(text: string, quote: string): QuoteLocation {
  const offsets = findQuoteOffsets(text, quote, 2);
  const [first] = offsets;
  if (first === undefined) return { ok: false, reason: 'absent', offsets };
  if (offsets.length > 1) return { ok: false, reason: 'ambiguous', offsets };
  return { ok: true, start: first, end: first + quote.length };
}
