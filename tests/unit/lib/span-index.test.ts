import { describe, expect, it } from 'vitest';
import { buildSpanIndex, matchToArray, spansContaining, spansOverlapping, type SpanIndex } from '../../../src/lib/span-index';
import { makeRandom } from '../../fixtures/synthetic-dataset';

function makeIndex(spans: readonly (readonly [number, number])[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  return buildSpanIndex(Float64Array.from(sorted, (s) => s[0]), Float64Array.from(sorted, (s) => s[1]));
}

function bruteOverlapping(index: SpanIndex, a: number, b: number): number[] {
  const out: number[] = [];
  // [a, b) holds no instant when b <= a, so nothing overlaps it.
  if (!(b > a)) return out;
  for (let i = 0; i < index.count; i++) if (index.starts[i]! < b && index.ends[i]! > a) out.push(i);
  return out;
}

function bruteContaining(index: SpanIndex, t: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < index.count; i++) if (index.starts[i]! <= t && t < index.ends[i]!) out.push(i);
  return out;
}

/** Random spans over [0, 1000): mostly short, with ties, and a few that run for most of the range. */
function randomSpans(random: () => number, n: number): [number, number][] {
  return Array.from({ length: n }, () => {
    const start = Math.floor(random() * 1000);
    const roll = random();
    const length = roll < 0.7 ? 1 + Math.floor(random() * 5) : roll < 0.95 ? 1 + Math.floor(random() * 60) : 1 + Math.floor(random() * 1000);
    return [start, start + length] as [number, number];
  });
}

describe('span index', () => {
  it('finds spans overlapping a half-open window, long ones included', () => {
    // 0: [0, 100) a long span; 1: [10, 20); 2: [20, 30); 3: [30, 31); 4: [50, 60)
    const index = makeIndex([[0, 100], [10, 20], [20, 30], [30, 31], [50, 60]]);
    expect([...matchToArray(spansOverlapping(index, 20, 30))]).toEqual([0, 2]);
    // A span ending exactly at the window start does not overlap; one starting at its end neither.
    expect([...matchToArray(spansOverlapping(index, 31, 50))]).toEqual([0]);
    expect([...matchToArray(spansOverlapping(index, 100, 200))]).toEqual([]);
    expect([...matchToArray(spansOverlapping(index, -5, 0))]).toEqual([]);
    expect([...matchToArray(spansOverlapping(index, -5, 0.5))]).toEqual([0]);
  });

  it('splits a match into spans started before the window and a run inside it', () => {
    const index = makeIndex([[0, 100], [10, 20], [15, 16], [20, 30], [25, 40]]);
    const match = spansOverlapping(index, 18, 26);
    expect([...match.spanning]).toEqual([0, 1]);
    expect([match.first, match.end]).toEqual([3, 5]);
  });

  it('finds spans containing an instant: start included, end excluded', () => {
    const index = makeIndex([[0, 10], [5, 6], [10, 20]]);
    expect([...spansContaining(index, 5)]).toEqual([0, 1]);
    expect([...spansContaining(index, 6)]).toEqual([0]);
    expect([...spansContaining(index, 10)]).toEqual([2]);
    expect([...spansContaining(index, 20)]).toEqual([]);
    expect([...spansContaining(index, -1)]).toEqual([]);
  });

  it('returns nothing for empty, reversed or NaN queries, and for no spans', () => {
    const index = makeIndex([[0, 10]]);
    expect(matchToArray(spansOverlapping(index, 5, 5)).length).toBe(0);
    expect(matchToArray(spansOverlapping(index, 6, 5)).length).toBe(0);
    expect(matchToArray(spansOverlapping(index, Number.NaN, 5)).length).toBe(0);
    expect(spansContaining(index, Number.NaN).length).toBe(0);
    const empty = makeIndex([]);
    expect(matchToArray(spansOverlapping(empty, -1e9, 1e9)).length).toBe(0);
    expect(spansContaining(empty, 0).length).toBe(0);
  });

  it('refuses unsorted starts and spans that do not end after they start', () => {
    expect(() => buildSpanIndex(Float64Array.from([2, 1]), Float64Array.from([3, 3]))).toThrow(RangeError);
    expect(() => buildSpanIndex(Float64Array.from([1]), Float64Array.from([1]))).toThrow(RangeError);
  });

  it('stays correct when ends fall as starts rise (a deep Cartesian tree)', () => {
    // Nested spans [i, 2000 - i): every query point sees a long chain of previous-greater links.
    const nested = makeIndex(Array.from({ length: 800 }, (_, i) => [i, 2000 - i] as [number, number]));
    for (const t of [0, 399.5, 799, 1000, 1200, 1999]) expect([...spansContaining(nested, t)]).toEqual(bruteContaining(nested, t));
    // Spans that all ended before the query, each inside the previous one, and one long span.
    const before = makeIndex([[0, 5000], ...Array.from({ length: 500 }, (_, i) => [1 + i, 1000 - i] as [number, number])]);
    expect([...spansContaining(before, 1500)]).toEqual([0]);
  });

  it('agrees with brute force on random spans, windows and instants', () => {
    const random = makeRandom(2024);
    for (let round = 0; round < 60; round++) {
      const index = makeIndex(randomSpans(random, Math.floor(random() * 400)));
      for (let q = 0; q < 40; q++) {
        // Half the probes sit exactly on a span boundary, where off-by-one mistakes live.
        const pick = (): number => {
          if (index.count > 0 && random() < 0.5) {
            const i = Math.floor(random() * index.count);
            return random() < 0.5 ? index.starts[i]! : index.ends[i]!;
          }
          return Math.floor(random() * 1100) - 50 + (random() < 0.3 ? 0.5 : 0);
        };
        const a = pick();
        const b = random() < 0.2 ? a + Math.floor(random() * 3) : pick();
        const match = matchToArray(spansOverlapping(index, a, b));
        expect([...match]).toEqual(bruteOverlapping(index, a, b));
        expect([...spansContaining(index, a)]).toEqual(bruteContaining(index, a));
      }
    }
  });
});
