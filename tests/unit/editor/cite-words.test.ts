import { describe, expect, it } from 'vitest';
import { debrisTouching, excerptRange, suggestDate, suggestPlaceName, suggestTitle } from '../../../src/editor/cite-words';

describe('excerptRange', () => {
  it('drops whitespace at both ends, keeps it inside', () => {
    const text = 'One.\n\n  Two words \n';
    expect(excerptRange(text, 4, text.length)).toEqual({ start: 8, end: 17 });
    expect(text.slice(8, 17)).toBe('Two words');
  });

  it('never cuts an emoji in half', () => {
    const text = 'fire 🔥 here';
    // 5 is the emoji's first unit, 6 its second.
    expect(excerptRange(text, 6, 7)).toEqual({ start: 5, end: 7 });
    expect(excerptRange(text, 0, 6)).toEqual({ start: 0, end: 7 });
  });

  it('is null for nothing but whitespace, and clamps to the text', () => {
    expect(excerptRange('a   b', 1, 4)).toBeNull();
    expect(excerptRange('abc', -3, 99)).toEqual({ start: 0, end: 3 });
    expect(excerptRange('abc', 2, 1)).toEqual({ start: 1, end: 2 });
  });
});

describe('debrisTouching', () => {
  it('finds a range sharing a character, not one that only touches', () => {
    const ignore = [{ start: 10, end: 20 }];
    expect(debrisTouching(ignore, 0, 10)).toBeUndefined();
    expect(debrisTouching(ignore, 20, 25)).toBeUndefined();
    expect(debrisTouching(ignore, 19, 25)).toEqual(ignore[0]);
    expect(debrisTouching(undefined, 0, 5)).toBeUndefined();
  });
});

describe('suggestDate', () => {
  it('reads "August 15" against the article’s date', () => {
    expect(suggestDate('attacks like those on August 15 against US personnel', '2022-08-24')).toEqual({ start: '2022-08-15', precision: 'day' });
  });
  it('takes the year before when the day would come after publication', () => {
    expect(suggestDate('on December 30', '2022-01-05T10:00:00Z')).toEqual({ start: '2021-12-30', precision: 'day' });
  });
  it('reads other ways of writing a date', () => {
    expect(suggestDate('on 3rd of June 2021 at dawn')).toEqual({ start: '2021-06-03', precision: 'day' });
    expect(suggestDate('Sept. 9, 2020')).toBeNull(); // "Sept." is not a month abbreviation we know
    expect(suggestDate('Sep 9, 2020')).toEqual({ start: '2020-09-09', precision: 'day' });
    expect(suggestDate('in June 2021, the United States bombed')).toEqual({ start: '2021-06', precision: 'month' });
    expect(suggestDate('dated 2022-08-23 in the log')).toEqual({ start: '2022-08-23', precision: 'day' });
  });
  it('suggests nothing it cannot place', () => {
    expect(suggestDate('on August 15')).toBeNull();
    expect(suggestDate('February 30, 2022')).toBeNull();
    expect(suggestDate('no date here', '2022-08-24')).toBeNull();
  });
});

describe('suggestPlaceName', () => {
  it('takes the longest run of capitalised words, the later on a tie', () => {
    expect(suggestPlaceName('the Al-Bukamal border crossing')).toBe('Al-Bukamal');
    expect(suggestPlaceName('west of the Euphrates in Deir Ez-Zor province')).toBe('Deir Ez-Zor');
    expect(suggestPlaceName('supplies from Iraq via the Al-Bukamal border crossing')).toBe('Al-Bukamal');
  });
  it('takes short words without capitals as they are (Arabic), long ones not at all', () => {
    expect(suggestPlaceName('معبر البوكمال')).toBe('معبر البوكمال');
    expect(suggestPlaceName('somewhere along the long road that nobody has named in the text')).toBe('');
  });
});

describe('suggestTitle', () => {
  it('is the first clause, cut at a word, capitalised', () => {
    expect(suggestTitle('attacks like those on August 15 against US personnel by Iran-backed groups')).toBe(
      'Attacks like those on August 15 against US personnel by',
    );
    expect(suggestTitle('“The strikes hit. Then more.')).toBe('The strikes hit');
  });
});
