import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../../src/data/closest-match';

describe('closestMatch', () => {
  const fields = ['id', 'title', 'publisher', 'url', 'published', 'via', 'text', 'ignore', 'note'];

  it('suggests the field a typo was meant to be, swaps included', () => {
    expect(closestMatch('vai', fields)).toBe('via');
    expect(closestMatch('publishd', fields)).toBe('published');
    expect(closestMatch('Title', fields)).toBe('title');
  });

  it('suggests nothing for words that are not near any candidate', () => {
    expect(closestMatch('author', fields)).toBeUndefined();
    expect(closestMatch('x9', ['x1'])).toBeUndefined();
    expect(closestMatch('a'.repeat(10_000), fields)).toBeUndefined();
  });
});
