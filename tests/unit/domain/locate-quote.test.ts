import { describe, expect, it } from 'vitest';
import { findQuoteOffsets, locateQuote } from '../../../src/domain/locate-quote';

describe('locateQuote', () => {
  const text = 'the cat sat on the mat';

  it('places a unique quote', () => {
    expect(locateQuote(text, 'cat sat')).toEqual({ ok: true, start: 4, end: 11 });
  });

  it('refuses an absent or an ambiguous quote', () => {
    expect(locateQuote(text, 'dog')).toEqual({ ok: false, reason: 'absent', offsets: [] });
    expect(locateQuote(text, 'the')).toEqual({ ok: false, reason: 'ambiguous', offsets: [0, 15] });
  });

  it('finds overlapping occurrences', () => {
    expect(findQuoteOffsets('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findQuoteOffsets('aaaa', 'aa', 2)).toEqual([0, 1]);
    expect(findQuoteOffsets('aaaa', '')).toEqual([]);
  });
});
