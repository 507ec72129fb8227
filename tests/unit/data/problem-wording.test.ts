import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, shortenText } from '../../../src/data/problem-wording';

describe('formatPath', () => {
  it('writes JSON paths the way the problems list shows them, `$` for the document', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['events', 3, 'start'])).toBe('events[3].start');
    expect(formatPath(['features', 'features', 2, 'geometry', 'coordinates', 0])).toBe('features.features[2].geometry.coordinates[0]');
    expect(formatPath(['properties', 'name ar'])).toBe('properties["name ar"]');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath([5])).toBe('[5]');
  });
});

describe('describeValue', () => {
  it('names values briefly and safely', () => {
    expect(describeValue('2022-13-01')).toBe('"2022-13-01"');
    expect(describeValue('')).toBe('an empty text ""');
    expect(describeValue(42)).toBe('the number 42');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1, 2])).toBe('a list of 2 items');
    expect(describeValue({})).toBe('an object { … }');
    expect(describeValue('x'.repeat(500)).length).toBeLessThan(70);
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(describeValue(revoked.proxy)).toBe('a value that cannot be read');
  });
});

describe('shortenText', () => {
  it('keeps short text, cuts long text with an ellipsis and shows line breaks', () => {
    expect(shortenText('abc', 5)).toBe('abc');
    expect(shortenText('abcdefgh', 5)).toBe('abcd…');
    expect(shortenText('a\nb', 5)).toBe('a⏎b');
  });
});
