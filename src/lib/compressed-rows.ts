/**
 * Compressed sparse rows: a one-to-many relation between two ranges of ordinals held in two
 * typed arrays, so that a row is a zero-copy `subarray` view. Used for every id-to-ids link of
 * the dataset index (event → features, feature → events, ...), which at a million events would
 * otherwise be a million small JS arrays.
 */

export interface CompressedRows {
  /** Row `r` holds `values[offsets[r] .. offsets[r + 1])`; length is rowCount + 1. */
  readonly offsets: Uint32Array;
  /** Column ordinals, ascending and without duplicates within each row. */
  readonly values: Uint32Array;
}

const EMPTY = new Uint32Array(0);

/** The values of one row, as a view (do not write to it). Out-of-range rows are empty. */
export function rowOf(rows: CompressedRows, row: number): Uint32Array {
  const start = rows.offsets[row];
  const end = rows.offsets[row + 1];
  if (start === undefined || end === undefined) return EMPTY;
  return rows.values.subarray(start, end);
}

/** How many values a row holds. */
export function rowLength(rows: CompressedRows, row: number): number {
  const start = rows.offsets[row];
  const end = rows.offsets[row + 1];
  return start === undefined || end === undefined ? 0 : end - start;
}

/**
 * Builds rows from the first `pairCount` (row, value) pairs of two parallel arrays: a stable
 * counting sort by row, O(pairs + rows), then each row sorted (skipped when it already is:
 * pairs visited in value order, as in a transpose, need no sort) and its duplicates dropped.
 */
export function compressRows(
  rowCount: number,
  pairRows: ArrayLike<number>,
  pairValues: ArrayLike<number>,
  pairCount = pairRows.length,
): CompressedRows {
  const cursor = new Uint32Array(rowCount + 1);
  for (let i = 0; i < pairCount; i++) {
    const row = pairRows[i]!;
    if (!(row >= 0 && row < rowCount)) throw new RangeError(`row ${row} out of range [0, ${rowCount})`);
    cursor[row + 1]!++;
  }
  for (let r = 0; r < rowCount; r++) cursor[r + 1] = cursor[r + 1]! + cursor[r]!;
  const grouped = new Uint32Array(pairCount);
  const starts = cursor.slice();
  for (let i = 0; i < pairCount; i++) {
    const row = pairRows[i]!;
    grouped[cursor[row]!] = pairValues[i]!;
    cursor[row]!++;
  }

  // Sort and deduplicate each row in place, compacting towards the front.
  const offsets = new Uint32Array(rowCount + 1);
  let written = 0;
  for (let r = 0; r < rowCount; r++) {
    const from = starts[r]!;
    const to = starts[r + 1]!;
    offsets[r] = written;
    sortRange(grouped, from, to);
    for (let p = from; p < to; p++) {
      const value = grouped[p]!;
      if (p === from || value !== grouped[p - 1]!) grouped[written++] = value;
    }
  }
  offsets[rowCount] = written;
  return { offsets, values: written === pairCount ? grouped : grouped.slice(0, written) };
}

/** Sorts values[from, to) ascending: insertion sort for the usual short row, native sort otherwise. */
function sortRange(values: Uint32Array, from: number, to: number): void {
  if (to - from > 32) {
    let sorted = true;
    for (let p = from + 1; p < to && sorted; p++) sorted = values[p - 1]! <= values[p]!;
    if (!sorted) values.subarray(from, to).sort();
    return;
  }
  for (let p = from + 1; p < to; p++) {
    const value = values[p]!;
    let q = p - 1;
    while (q >= from && values[q]! > value) {
      values[q + 1] = values[q]!;
      q--;
    }
    values[q + 1] = value;
  }
}
