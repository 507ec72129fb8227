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

/** Growable (row, value) pairs collected before compressing. */
export class PairBuffer {
  rows: Uint32Array;
  values: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.rows = new Uint32Array(Math.max(16, capacity));
    this.values = new Uint32Array(Math.max(16, capacity));
  }
  push(row: number, value: number): void {
    if (this.length === this.rows.length) {
      const rows = new Uint32Array(this.length * 2);
      const values = new Uint32Array(this.length * 2);
      rows.set(this.rows);
      values.set(this.values);
      this.rows = rows;
      this.values = values;
    }
    this.rows[this.length] = row;
    this.values[this.length] = value;
    this.length++;
  }
  compress(rowCount: number): CompressedRows {
    return compressRows(rowCount, this.rows, this.values, this.length);
  }
}

/** Column → rows; each output row comes out ascending because input rows are visited in order. */
export function transposeRows(rows: CompressedRows, columnCount: number): CompressedRows {
  const rowCount = rows.offsets.length - 1;
  const pairs = new PairBuffer(rows.values.length);
  for (let r = 0; r < rowCount; r++) {
    for (let p = rows.offsets[r]!; p < rows.offsets[r + 1]!; p++) pairs.push(rows.values[p]!, r);
  }
  return pairs.compress(columnCount);
}
