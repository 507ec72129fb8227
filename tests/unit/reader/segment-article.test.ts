import { describe, expect, test } from 'vitest';
import { segmentArticle } from '../../../src/reader/segment-article';

describe('segmentArticle', () => {
  test('cuts at every boundary and keeps overlapping excerpts on the runs they share', () => {
    const segments = segmentArticle(
      20,
      [
        { ordinal: 0, start: 2, end: 10 },
        { ordinal: 1, start: 6, end: 14 },
      ],
      [{ start: 16, end: 20 }],
    );
    expect(segments.map((s) => [s.start, s.end, s.excerpts, s.debris])).toEqual([
      [0, 2, [], false],
      [2, 6, [0], false],
      [6, 10, [0, 1], false],
      [10, 14, [1], false],
      [14, 16, [], false],
      [16, 20, [], true],
    ]);
  });

  test('the runs cover the text exactly once', () => {
    const segments = segmentArticle(50, [{ ordinal: 3, start: 0, end: 50 }], []);
    expect(segments).toEqual([{ start: 0, end: 50, excerpts: [3], debris: false }]);
  });

  test('a view clips ranges to the part of the text shown', () => {
    const segments = segmentArticle(100, [{ ordinal: 0, start: 10, end: 60 }], [], { start: 40, end: 80 });
    expect(segments.map((s) => [s.start, s.end, s.excerpts])).toEqual([
      [40, 60, [0]],
      [60, 80, []],
    ]);
  });
});
