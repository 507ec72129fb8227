import { describe, expect, it } from 'vitest';
import { packMask, splitTime } from '../../../src/map/event-layer/mark-buffers';
import { buildEventMarks } from '../../../src/map/event-layer/event-marks';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { makeRandom } from '../../fixtures/synthetic-dataset';
import { indexOf } from './fixtures';

const TWO_32 = 2 ** 32;

/** The shader's comparison: a > b on [hi, lo] pairs. */
const after = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

describe('splitTime', () => {
  it('splits ms offsets into exact 32-bit halves, so the shader compares as real times do', () => {
    const origin = Date.UTC(1990, 0, 1);
    const random = makeRandom(5);
    for (let i = 0; i < 2000; i++) {
      const a = origin + Math.floor(random() * 60 * 365 * 86_400_000);
      const b = random() < 0.3 ? a + (random() < 0.5 ? 1 : -1) : origin + Math.floor(random() * 60 * 365 * 86_400_000);
      const sa = splitTime(a, origin);
      const sb = splitTime(b, origin);
      expect(sa[0] * TWO_32 + sa[1]).toBe(a - origin);
      expect(sa[1]).toBeLessThan(TWO_32);
      expect(after(sa, sb)).toBe(a > b);
    }
  });

  it('clamps times before the origin to 0', () => {
    expect(splitTime(5, 10)).toEqual([0, 0]);
  });
});

describe('packMask', () => {
  it('gives each mark its event’s filter result, all ones without a filter', () => {
    const index = indexOf({
      events: [
        { id: 'a', from: 0, featureIds: ['p', 'q'] },
        { id: 'b', from: 1, featureIds: ['q'], kind: 'attack' },
      ],
    });
    const marks = buildEventMarks(index);
    expect([...packMask(marks, null)]).toEqual([1, 1, 1]);
    const packed = packMask(marks, buildEventFilterMask(index, ['attack'], null));
    const attack = index.eventOrdinalById.get('b')!;
    for (let m = 0; m < marks.count; m++) expect(packed[m]).toBe(marks.event[m] === attack ? 1 : 0);
  });
});
