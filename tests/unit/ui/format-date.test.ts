import { describe, expect, it } from 'vitest';
import { localeFor } from '../../../src/i18n/locale';
import { formatEventDate, formatSourceLine } from '../../../src/ui/format-date';

const en = localeFor('en');

describe('dates in words say what the data claims', () => {
  it('at the precision given', () => {
    expect(formatEventDate(en, { start: '2022-08-23', precision: 'day' })).toBe('23 August 2022');
    expect(formatEventDate(en, { start: '2021-06', precision: 'month' })).toBe('June 2021');
    expect(formatEventDate(en, { start: '2021', precision: 'year' })).toBe('2021');
  });

  it('lasted is "from – to"; bounded is "some time between … and …"', () => {
    expect(formatEventDate(en, { start: '2009-01-20', end: '2017-01-20', precision: 'range' })).toBe('20 January 2009 – 20 January 2017');
    expect(formatEventDate(en, { start: '2009-01-20', end: '2017-01-20', precision: 'between' })).toBe(
      'some time between 20 January 2009 and 20 January 2017',
    );
    expect(formatEventDate(en, { start: '2022-08', end: '2022-09-10', precision: 'between' })).toBe(
      'some time between August 2022 and 10 September 2022',
    );
  });

  it('approximate is "about", doubted is "possibly"', () => {
    expect(formatEventDate(en, { start: '1920', precision: 'year', approximate: true })).toBe('about 1920');
    expect(formatEventDate(en, { start: '2022-06-03', precision: 'day', uncertain: true })).toBe('possibly 3 June 2022');
    expect(formatEventDate(en, { start: '1920', end: '1925', precision: 'range', approximate: true })).toBe('about 1920 – about 1925');
  });
});

describe('who said so', () => {
  it('an article names its publisher, the wire it relied on and its date', () => {
    // The names are isolated (U+2068 … U+2069), so they keep their direction in an Arabic line.
    expect(formatSourceLine(en, { publisher: 'Middle East Monitor', via: 'Reuters', published: '2022-08-24' })).toBe(
      '\u2068Middle East Monitor\u2069, via \u2068Reuters\u2069, 24 August 2022',
    );
  });

  it('a record names the tool and whom it cites', () => {
    expect(formatSourceLine(en, { kind: 'record', publisher: 'ACLED', via: 'SOHR' })).toBe('\u2068ACLED\u2069, citing \u2068SOHR\u2069');
  });
});
