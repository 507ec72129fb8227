import { describe, expect, it } from 'vitest';
import { fitCount, fitHeights, fitLine, pictureLayout, PICTURE_SIZES, textDirection, wrapLines, type Measure, type Rect } from '../../../src/export/picture-layout';

/** A monospace stand-in for the canvas: 10 px per user-perceived character. */
const measure: Measure = (text) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length * 10;

const AREAS = ['header', 'map', 'legend', 'sources', 'strip', 'credits'] as const;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('picture layout', () => {
  it('places every area inside the picture, apart from each other, in whole pixels, at every size', () => {
    for (const size of PICTURE_SIZES) {
      for (const dir of ['ltr', 'rtl'] as const) {
        const layout = pictureLayout(size, dir);
        for (const name of AREAS) {
          const r = layout[name];
          expect([r.x, r.y, r.width, r.height].every(Number.isInteger), `${size.width} ${dir} ${name}`).toBe(true);
          expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width && r.y + r.height <= size.height, `${size.width} ${dir} ${name}`).toBe(true);
        }
        for (const [i, a] of AREAS.entries()) for (const b of AREAS.slice(i + 1)) expect(overlap(layout[a], layout[b]), `${a} / ${b}`).toBe(false);
      }
    }
  });

  it('is one design scaled whole: the map keeps its share of the picture at every size', () => {
    const [small, medium, large] = PICTURE_SIZES.map((size) => pictureLayout(size, 'ltr'));
    expect(medium!.map).toEqual({ x: 32, y: 120, width: 1152, height: 520 });
    expect(small!.map).toEqual({ x: 24, y: 90, width: 864, height: 390 });
    expect(large!.map).toEqual({ x: 48, y: 180, width: 1728, height: 780 });
    expect(large!.type.body / medium!.type.body).toBe(1.5);
  });

  it('mirrors the columns right to left and keeps the rows', () => {
    const ltr = pictureLayout(PICTURE_SIZES[1], 'ltr');
    const rtl = pictureLayout(PICTURE_SIZES[1], 'rtl');
    for (const name of AREAS) {
      expect(rtl[name].x).toBe(1600 - ltr[name].x - ltr[name].width);
      expect(rtl[name].y).toBe(ltr[name].y);
    }
    // The map at the reading start: left in English, right in Arabic; the legend beside it.
    expect(ltr.map.x).toBeLessThan(ltr.legend.x);
    expect(rtl.map.x).toBeGreaterThan(rtl.legend.x);
  });
});

describe('fitting text', () => {
  it('leaves a line that fits, and cuts one that does not with an ellipsis, within the width', () => {
    expect(fitLine('Reuters', 100, measure)).toBe('Reuters');
    const cut = fitLine('US bombs Iranian military installations in Syria', 200, measure);
    expect(cut).toBe('US bombs Iranian mi…');
    expect(measure(cut)).toBeLessThanOrEqual(200);
    // No space before the ellipsis.
    expect(fitLine('one two three', 50, measure)).toBe('one…');
    expect(fitLine('anything', 5, measure)).toBe('…');
  });

  it('never splits a letter from its marks', () => {
    // Arabic with vowel marks: each letter and its marks is one grapheme.
    const text = 'مُحَافَظَةُ دَيْرِ الزُّوْرِ';
    const cut = fitLine(text, 60, measure);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(/[\u064B-\u0652]/.test(text.charAt(kept.length))).toBe(false);
  });

  it('wraps words into lines and says so on the last line when they do not all fit', () => {
    expect(wrapLines('a bb ccc dddd', 60, measure, 3)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapLines('a bb ccc dddd eeeee', 60, measure, 2)).toEqual(['a bb', 'ccc d…']);
    // A word longer than the line is cut on a line of its own.
    expect(wrapLines('tiny enormousword end', 60, measure, 3)).toEqual(['tiny', 'enorm…', 'end']);
    expect(wrapLines('', 60, measure, 2)).toEqual([]);
  });

  it('isolates a data run on each line when a line break splits it', () => {
    const text = 'Licence: \u2068CC BY 4.0 see the sources file\u2069 end';
    const lines = wrapLines(text, 170, measure, 3);
    expect(lines).toEqual(['Licence: \u2068CC BY\u2069', '\u20684.0 see the\u2069', '\u2068sources file\u2069 end']);
  });

  it('tells the direction a data text lays out in by its first letter, as dir="auto" does', () => {
    expect(textDirection('US strikes in Deir ez-Zor', 'rtl')).toBe('ltr');
    expect(textDirection('ضربات أمريكية في دير الزور (2022)', 'ltr')).toBe('rtl');
    expect(textDirection('2022: ضربات', 'ltr')).toBe('rtl');
    expect(textDirection('2022', 'rtl')).toBe('rtl');
  });

  it('shows every item that fits, or one fewer than the room and "N more" in the last place', () => {
    expect(fitCount(3, 5)).toEqual({ shown: 3, more: 0 });
    expect(fitCount(5, 5)).toEqual({ shown: 5, more: 0 });
    expect(fitCount(6, 5)).toEqual({ shown: 4, more: 2 });
    expect(fitCount(40, 1)).toEqual({ shown: 0, more: 40 });
  });
});

describe('fitting rows of different heights', () => {
  it('shows them all when they fit, else as many as leave room for the "N more" line', () => {
    expect(fitHeights([24, 40, 24], 88, 24)).toEqual({ shown: 3, more: 0 });
    expect(fitHeights([24, 40, 24], 87, 24)).toEqual({ shown: 1, more: 2 });
    expect(fitHeights([24, 24, 24, 24], 80, 24)).toEqual({ shown: 2, more: 2 });
    expect(fitHeights([24], 10, 24)).toEqual({ shown: 0, more: 1 });
    expect(fitHeights([], 0, 24)).toEqual({ shown: 0, more: 0 });
  });
});
