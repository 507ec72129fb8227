/** Stable sort orders over numeric keys, without a comparator callback per comparison. */

/**
 * The permutation that sorts `keys` ascending, stable (equal keys keep their input order):
 * `keys[order[0]] <= keys[order[1]] <= ...`. A bottom-up merge sort over ordinals, several
 * times faster than `Uint32Array#sort` with a comparator at 10^5–10^6 keys, and O(n) when
 * the keys are already sorted. NaN keys are not supported.
 */
export function stableSortOrder(keys: ArrayLike<number>): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = keys[i - 1]! <= keys[i]!;
  if (sorted) return order;

  // Short runs by insertion sort, then merge passes doubling the run width.
  const RUN = 16;
  for (let from = 0; from < n; from += RUN) {
    const to = Math.min(n, from + RUN);
    for (let p = from + 1; p < to; p++) {
      const item = order[p]!;
      const key = keys[item]!;
      let q = p - 1;
      while (q >= from && keys[order[q]!]! > key) {
        order[q + 1] = order[q]!;
        q--;
      }
      order[q + 1] = item;
    }
  }
  let buffer = new Uint32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let from = 0; from < n; from += 2 * width) {
      const mid = Math.min(n, from + width);
      const to = Math.min(n, from + 2 * width);
      let a = from;
      let b = mid;
      let out = from;
      // Taking from the left run on ties is what keeps the sort stable.
      while (a < mid && b < to) buffer[out++] = keys[order[b]!]! < keys[order[a]!]! ? order[b++]! : order[a++]!;
      while (a < mid) buffer[out++] = order[a++]!;
      while (b < to) buffer[out++] = order[b++]!;
    }
    [order, buffer] = [buffer, order];
  }
  return order;
}
