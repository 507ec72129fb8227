/**
 * Overlap queries over half-open spans [start, end) that are sorted by start: which spans
 * overlap a window [a, b), which contain an instant t. Each query costs O(log n + k) for k
 * spans reported, however long some spans are, and reports ordinals in start order.
 *
 * How. Spans that overlap [a, b) fall in two groups:
 *  1. those starting inside the window, start ∈ [a, b): one contiguous run of ordinals, found
 *     by two binary searches (every such span overlaps, because end > start ≥ a);
 *  2. those starting before it and still running at a: ordinals i < lo (lo = first start ≥ a)
 *     with end[i] > a. This is a three-sided query, and the reason sorted starts alone do
 *     not suffice: a few years-long spans may start long before a, with many short spans
 *     that ended before a in between, so scanning backwards is O(n) in the worst case.
 *
 * Group 2 uses a max-Cartesian tree over `end` (in-order = start order; every node's end is
 * ≥ the ends in its subtree) plus a max segment tree over `end`:
 *  - the segment tree finds p, the rightmost i < lo with end[i] > a, in O(log n);
 *  - p is the last of the "suffix maxima" of [0, lo) above a; the others are p's chain of
 *    previous-greater-or-equal elements, prev(p), prev(prev(p)), ... (each ≥ end[p] > a);
 *  - the ordinals between prev(c) and c are exactly c's left subtree, walked in order and
 *    pruned at the first node whose end ≤ a (the heap order says its whole subtree is too).
 * Every node visited is reported or is a pruned child of a reported node, hence O(k) after
 * the O(log n) search, and the walk comes out in ascending ordinal order for free.
 *
 * This was chosen over a centred interval tree (whose output is not in start order and
 * would need an O(k log k) sort) and over duration buckets (which scan spans that ended
 * before a, so are only O(log n + k) on friendly data). Cost: 28–44 bytes per span (the
 * segment tree is rounded up to a power of two).
 */
import { lowerBound, upperBound } from './binary-search';

export interface SpanIndex {
  readonly count: number;
  /** Span starts, ascending. */
  readonly starts: Float64Array;
  /** Span ends; each must be greater than its start. */
  readonly ends: Float64Array;
  /** Max segment tree over `ends`: node 1 is the root, leaf i sits at `leafBase + i`. */
  readonly maxEnd: Float64Array;
  readonly leafBase: number;
  /** Max-Cartesian tree over `ends`: children, and the nearest earlier span with end ≥ this one's. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly previousNotLower: Int32Array;
}

/** The spans overlapping a query: `spanning` (started before it, ascending) then the run [first, end). */
export interface SpanMatch {
  readonly spanning: Uint32Array;
  readonly first: number;
  readonly end: number;
}

const EMPTY = new Uint32Array(0);

/**
 * Builds the index in O(n). `starts` must be ascending and `ends[i] > starts[i]`; both arrays
 * are kept, not copied.
 */
export function buildSpanIndex(starts: Float64Array, ends: Float64Array): SpanIndex {
  const count = starts.length;
  if (ends.length !== count) throw new RangeError('starts and ends differ in length');
  for (let i = 0; i < count; i++) {
    if (i > 0 && !(starts[i]! >= starts[i - 1]!)) throw new RangeError(`starts are not ascending at ${i}`);
    if (!(ends[i]! > starts[i]!)) throw new RangeError(`span ${i} does not end after it starts`);
  }

  let leafBase = 1;
  while (leafBase < count) leafBase *= 2;
  const maxEnd = new Float64Array(2 * leafBase).fill(-Infinity);
  maxEnd.set(ends, leafBase);
  for (let node = leafBase - 1; node >= 1; node--) {
    maxEnd[node] = Math.max(maxEnd[2 * node]!, maxEnd[2 * node + 1]!);
  }

  // The classic stack construction. Ties: an earlier span with an equal end is the ancestor,
  // so a left subtree holds strictly lower ends and a right subtree lower-or-equal ones.
  const left = new Int32Array(count).fill(-1);
  const right = new Int32Array(count).fill(-1);
  const previousNotLower = new Int32Array(count).fill(-1);
  const stack = new Int32Array(count);
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const end = ends[i]!;
    let popped = -1;
    while (depth > 0 && ends[stack[depth - 1]!]! < end) popped = stack[--depth]!;
    left[i] = popped;
    if (depth > 0) {
      const parent = stack[depth - 1]!;
      right[parent] = i;
      previousNotLower[i] = parent;
    }
    stack[depth++] = i;
  }

  return { count, starts, ends, maxEnd, leafBase, left, right, previousNotLower };
}

/** Spans overlapping the window [a, b); empty when b ≤ a or either bound is NaN. */
export function spansOverlapping(index: SpanIndex, a: number, b: number): SpanMatch {
  if (!(b > a)) return { spanning: EMPTY, first: 0, end: 0 };
  const first = lowerBound(index.starts, a);
  const end = lowerBound(index.starts, b, first);
  return { spanning: endsAfterInPrefix(index, first, a), first, end };
}

/** Spans containing the instant t (start ≤ t < end), ascending. */
export function spansContaining(index: SpanIndex, t: number): Uint32Array {
  if (Number.isNaN(t)) return EMPTY;
  return endsAfterInPrefix(index, upperBound(index.starts, t), t);
}

/** Flattens a match into one ascending array of ordinals. */
export function matchToArray(match: SpanMatch): Uint32Array {
  const runLength = match.end - match.first;
  if (runLength === 0) return match.spanning;
  const out = new Uint32Array(match.spanning.length + runLength);
  out.set(match.spanning);
  for (let i = 0, at = match.spanning.length; i < runLength; i++, at++) out[at] = match.first + i;
  return out;
}

/** Ordinals i < limit with ends[i] > threshold, ascending. */
function endsAfterInPrefix(index: SpanIndex, limit: number, threshold: number): Uint32Array {
  const last = rightmostEndAfter(index, limit, threshold);
  if (last < 0) return EMPTY;
  const { ends, left, right, previousNotLower } = index;

  const chain: number[] = [];
  for (let c = last; c >= 0; c = previousNotLower[c]!) chain.push(c);

  const out: number[] = [];
  const pending: number[] = [];
  for (let j = chain.length - 1; j >= 0; j--) {
    const top = chain[j]!;
    // In-order walk of top's left subtree, pruned where end ≤ threshold.
    let node = left[top]!;
    for (;;) {
      while (node >= 0 && ends[node]! > threshold) {
        pending.push(node);
        node = left[node]!;
      }
      const next = pending.pop();
      if (next === undefined) break;
      out.push(next);
      node = right[next]!;
    }
    out.push(top);
  }
  return Uint32Array.from(out);
}

/** The largest i < limit with ends[i] > threshold, or -1; O(log n) on the segment tree. */
function rightmostEndAfter(index: SpanIndex, limit: number, threshold: number): number {
  const { maxEnd, leafBase } = index;
  if (limit <= 0) return -1;
  // Descend from the root preferring the right child. A child entirely inside [0, limit)
  // whose max beats the threshold always yields an answer, so at most one failed detour is
  // taken per level: O(log n).
  const search = (node: number, from: number, to: number): number => {
    if (from >= limit || !(maxEnd[node]! > threshold)) return -1;
    if (to - from === 1) return from;
    const mid = (from + to) >>> 1;
    const found = search(2 * node + 1, mid, to);
    return found >= 0 ? found : search(2 * node, from, mid);
  };
  return search(1, 0, leafBase);
}
